# SPDX-License-Identifier: GPL-2.0-only
"""Names that mean something to objtool on x86-64.

* the functions that may be called with UACCESS (AC) enabled: compiler
  instrumentation hooks and a few user-copy helpers (objtool 6.1's
  ``uaccess_safe_builtin[]``);
* the classification of global symbols (classify_symbols()): static call
  trampolines, retpoline thunks, the return thunk, thunks embedded in other
  instructions, ``__fentry__`` and sanitizer hooks that may be NOPed out of
  noinstr code.
"""

from __future__ import annotations

from ...elf.model import Symbol

STATIC_CALL_TRAMP_PREFIX = "__SCT__"
STATIC_CALL_KEY_PREFIX = "__SCK__"
#: flag in a .static_call_sites key addend: the site is a tail call
STATIC_CALL_SITE_TAIL = 1


def _uaccess_safe() -> tuple[str, ...]:
    sizes = ("1", "2", "4", "8", "16")
    names = ["kasan_report", "kasan_check_range"]
    for op in ("load", "store"):
        names += [f"__asan_{op}N_noabort"] + [f"__asan_{op}{s}_noabort" for s in sizes]
    names += ["__kasan_check_read", "__kasan_check_write"]
    for op in ("load", "store"):
        names += [f"__asan_report_{op}_n_noabort"] + [f"__asan_report_{op}{s}_noabort" for s in sizes]
    names += ["__kcsan_check_access", "__kcsan_mb", "__kcsan_wmb", "__kcsan_rmb", "__kcsan_release",
              "kcsan_found_watchpoint", "kcsan_setup_watchpoint", "kcsan_check_scoped_accesses",
              "kcsan_disable_current", "kcsan_enable_current_nowarn",
              "__tsan_func_entry", "__tsan_func_exit", "__tsan_read_range", "__tsan_write_range"]
    for op in ("read", "write", "read_write", "volatile_read", "volatile_write"):
        names += [f"__tsan_{op}{s}" for s in sizes]
    atomic_bits = ("8", "16", "32", "64")
    for op in ("load", "store", "exchange", "fetch_add", "fetch_sub", "fetch_and", "fetch_or",
               "fetch_xor", "fetch_nand", "compare_exchange_strong", "compare_exchange_weak",
               "compare_exchange_val"):
        names += [f"__tsan_atomic{b}_{op}" for b in atomic_bits]
    names += ["__tsan_atomic_thread_fence", "__tsan_atomic_signal_fence",
              "__tsan_unaligned_read16", "__tsan_unaligned_write16",
              "write_comp_data", "check_kcov_mode", "__sanitizer_cov_trace_pc"]
    names += [f"__sanitizer_cov_trace_const_cmp{s}" for s in sizes[:4]]
    names += [f"__sanitizer_cov_trace_cmp{s}" for s in sizes[:4]]
    names += ["__sanitizer_cov_trace_switch",
              "kmsan_copy_to_user", "kmsan_report", "kmsan_unpoison_entry_regs", "kmsan_unpoison_memory",
              "__msan_chain_origin", "__msan_get_context_state", "__msan_instrument_asm_store"]
    for op in ("load", "store"):
        names += [f"__msan_metadata_ptr_for_{op}_{s}" for s in ("1", "2", "4", "8", "n")]
    names += ["__msan_poison_alloca", "__msan_warning",
              "ubsan_type_mismatch_common", "__ubsan_handle_type_mismatch",
              "__ubsan_handle_type_mismatch_v1", "__ubsan_handle_shift_out_of_bounds",
              "csum_partial_copy_generic", "copy_mc_fragile", "copy_mc_fragile_handle_tail",
              "copy_mc_enhanced_fast_string", "ftrace_likely_update",
              "clear_user_erms", "clear_user_rep_good", "clear_user_original"]
    return tuple(names)


#: objtool 6.1's UACCESS-safe functions, in its order
UACCESS_SAFE = _uaccess_safe()


def is_profiling_func(name: str) -> bool:
    """Instrumentation calls that objtool may NOP out of noinstr code (--hacks=noinstr)."""
    return (name.startswith("__sanitizer_cov_") or name.startswith("__tsan_func_")
            or name == "__tsan_atomic_signal_fence")


def classify_symbol(sym: Symbol) -> None:
    """Set objtool's flags on a global symbol from its name."""
    name = sym.name
    if name.startswith(STATIC_CALL_TRAMP_PREFIX):
        sym.static_call_tramp = True
    if name.startswith("__x86_indirect_"):
        sym.retpoline_thunk = True
    if name == "__x86_return_thunk":
        sym.return_thunk = True
    if name in ("retbleed_return_thunk", "srso_safe_ret"):
        sym.embedded_insn = True
    if name == "__fentry__":
        sym.fentry = True
    if is_profiling_func(name):
        sym.profiling_func = True
