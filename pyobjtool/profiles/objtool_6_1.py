# SPDX-License-Identifier: GPL-2.0-only
"""objtool 6.1 (Linux 6.1 LTS): its options, pass order, lists and encodings.

Sources: tools/objtool/check.c (check(), decode_sections(),
global_noreturns[], uaccess_safe_builtin[]), builtin-check.c (options),
arch/x86/special.c (arch_handle_alternative()), include/linux/objtool.h and
arch/x86/include/asm/unwind_hints.h (hint encoding), arch/arm64/tools/cpucaps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..elf.constants import EM_X86_64
from ..engine.annotations import (
    add_dead_ends,
    add_ignore_alternatives,
    add_ignores,
    add_uaccess_safe,
    classify_symbols,
    read_instr_hints,
    read_intra_function_calls,
    read_noendbr_hints,
    read_retpoline_hints,
    read_unwind_hints,
)
from ..engine.decode import decode_instructions, init_pv_ops, link_cold_functions, mark_rodata
from ..engine.destinations import add_call_destinations, add_jump_destinations
from ..engine.jump_tables import add_jump_table_alts
from ..engine.objfile import CheckAborted
from ..engine.orc_gen import orc_create
from ..engine.passes import (
    validate_ibt,
    validate_reachable_instructions,
    validate_retpoline,
    validate_sls,
    validate_unret,
)
from ..engine.sites import (
    create_ibt_endbr_seal_sections,
    create_mcount_loc_sections,
    create_retpoline_sites_sections,
    create_return_sites_sections,
    create_static_call_sections,
)
from ..engine.special import add_special_section_alts
from ..engine.stats import finish_stats, start_stats
from ..engine.validate import BranchValidator
from ..options import OBJTOOL_6_1_OPTIONS
from .base import HintEncoding, Profile, SymbolNames

if TYPE_CHECKING:
    from ..engine.objfile import ObjtoolFile
    from ..options import Options

#: global_noreturns[] (tools/objtool/check.c)
GLOBAL_NORETURNS = frozenset({
    "__invalid_creds", "__module_put_and_kthread_exit", "__reiserfs_panic", "__stack_chk_fail",
    "__ubsan_handle_builtin_unreachable", "cpu_bringup_and_idle", "cpu_startup_entry", "do_exit",
    "do_group_exit", "do_task_dead", "ex_handler_msr_mce", "fortify_panic", "kthread_complete_and_exit",
    "kthread_exit", "kunit_try_catch_throw", "lbug_with_loc", "machine_real_restart", "make_task_dead",
    "panic", "rewind_stack_and_make_dead", "sev_es_terminate", "snp_abort", "stop_this_cpu",
    "usercopy_abort", "xen_start_kernel",
})


def _uaccess_safe() -> tuple[str, ...]:
    """uaccess_safe_builtin[]: functions that may be called with UACCESS (AC) enabled."""
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


#: X86_FEATURE_* numbers (arch/x86/include/asm/cpufeatures.h) that arch_handle_alternative() tests
X86_FEATURE_POPCNT = 4 * 32 + 23
X86_FEATURE_SMAP = 9 * 32 + 20

#: arch/arm64/tools/cpucaps of Linux 6.1: capability names without ``ARM64_``, numbered by position
ARM64_CPUCAPS = (
    "ALWAYS_BOOT", "ALWAYS_SYSTEM", "BTI", "HAS_32BIT_EL0_DO_NOT_USE", "HAS_32BIT_EL1",
    "HAS_ADDRESS_AUTH", "HAS_ADDRESS_AUTH_ARCH_QARMA3", "HAS_ADDRESS_AUTH_ARCH_QARMA5",
    "HAS_ADDRESS_AUTH_IMP_DEF", "HAS_AMU_EXTN", "HAS_ARMv8_4_TTL", "HAS_CACHE_DIC",
    "HAS_CACHE_IDC", "HAS_CNP", "HAS_CRC32", "HAS_DCPODP", "HAS_DCPOP", "HAS_E0PD", "HAS_ECV",
    "HAS_EPAN", "HAS_GENERIC_AUTH", "HAS_GENERIC_AUTH_ARCH_QARMA3", "HAS_GENERIC_AUTH_ARCH_QARMA5",
    "HAS_GENERIC_AUTH_IMP_DEF", "HAS_IRQ_PRIO_MASKING", "HAS_LDAPR", "HAS_LSE_ATOMICS",
    "HAS_NO_FPSIMD", "HAS_NO_HW_PREFETCH", "HAS_PAN", "HAS_RAS_EXTN", "HAS_RNG", "HAS_SB",
    "HAS_STAGE2_FWB", "HAS_SYSREG_GIC_CPUIF", "HAS_TIDCP1", "HAS_TLB_RANGE", "HAS_VIRT_HOST_EXTN",
    "HAS_WFXT", "HW_DBM", "KVM_PROTECTED_MODE", "MISMATCHED_CACHE_TYPE", "MTE", "MTE_ASYMM", "SME",
    "SME_FA64", "SPECTRE_V2", "SPECTRE_V3A", "SPECTRE_V4", "SPECTRE_BHB", "SSBS", "SVE",
    "UNMAP_KERNEL_AT_EL0", "WORKAROUND_834220", "WORKAROUND_843419", "WORKAROUND_845719",
    "WORKAROUND_858921", "WORKAROUND_1418040", "WORKAROUND_1463225", "WORKAROUND_1508412",
    "WORKAROUND_1542419", "WORKAROUND_1742098", "WORKAROUND_1902691", "WORKAROUND_2038923",
    "WORKAROUND_2064142", "WORKAROUND_2077057", "WORKAROUND_2658417",
    "WORKAROUND_AMPERE_AC03_CPU_38", "WORKAROUND_TRBE_OVERWRITE_FILL_MODE",
    "WORKAROUND_TSB_FLUSH_FAILURE", "WORKAROUND_TRBE_WRITE_OUT_OF_RANGE",
    "WORKAROUND_CAVIUM_23154", "WORKAROUND_CAVIUM_27456", "WORKAROUND_CAVIUM_30115",
    "WORKAROUND_CAVIUM_TX2_219_PRFM", "WORKAROUND_CAVIUM_TX2_219_TVM", "WORKAROUND_CLEAN_CACHE",
    "WORKAROUND_DEVICE_LOAD_ACQUIRE", "WORKAROUND_NVIDIA_CARMEL_CNP",
    "WORKAROUND_QCOM_FALKOR_E1003", "WORKAROUND_REPEAT_TLBI", "WORKAROUND_SPECULATIVE_AT",
    "WORKAROUND_SPECULATIVE_SSBS", "WORKAROUND_SPECULATIVE_UNPRIV_LOAD",
    "WORKAROUND_BROKEN_AMU_CONSTCNT",
)


class Objtool61(Profile):
    version = "6.1"
    options = OBJTOOL_6_1_OPTIONS
    machines = frozenset({EM_X86_64})
    global_noreturns = GLOBAL_NORETURNS
    uaccess_safe = _uaccess_safe()
    symbol_names = SymbolNames(
        static_call_tramp_prefix="__SCT__", static_call_key_prefix="__SCK__",
        retpoline_prefix="__x86_indirect_", return_thunks=frozenset({"__x86_return_thunk"}),
        embedded_insns=frozenset({"retbleed_return_thunk", "srso_safe_ret"}), fentry="__fentry__",
        profiling_prefixes=("__sanitizer_cov_", "__tsan_func_"),
        profiling_names=frozenset({"__tsan_atomic_signal_fence"}))
    # struct unwind_hint { u32 ip; s16 sp_offset; u8 sp_reg; u8 type; u8 end; } (12 bytes with padding)
    hints = HintEncoding(size=12, fields_offset=4, init_type=0, call=0, regs=1, regs_partial=2, func=3, entry=4,
                         save=5, restore=6)
    unwind_layout = "6.1"
    noinstr_sections = frozenset({".noinstr.text", ".entry.text"})
    noinstr_section_prefixes = (".text..__x86.",)
    ibt_exempt_sections = frozenset({
        ".altinstructions", ".ibt_endbr_seal", ".orc_unwind_ip", ".parainstructions", ".retpoline_sites",
        ".smp_locks", ".static_call_sites", "_error_injection_whitelist", "_kprobe_blacklist", "__bug_table",
        "__ex_table", "__jump_table", "__mcount_loc", ".kcfi_traps",
    })
    c_jump_table_section = ".rodata..c_jump_table"
    arm64_cpucaps = ARM64_CPUCAPS

    def alternative_feature_policy(self, feature: int, opts: Options) -> tuple[bool, bool]:
        """With UACCESS validation the SMAP alternative (STAC/CLAC) is forced on, otherwise
        off, so that no path sees a STAC paired with the NOP instead of the CLAC; the
        !POPCNT path is not validated at all."""
        if feature == X86_FEATURE_SMAP:
            return (True, False) if opts.uaccess else (False, True)
        if feature == X86_FEATURE_POPCNT:
            return True, False
        return False, False

    def options_error(self, opts: Options) -> str | None:
        if opts.any_action():
            return "--dump can't be combined with other options" if opts.dump_orc else None
        if opts.unret and not opts.rethunk:
            return "--unret requires --rethunk"
        if opts.dump_orc:
            return None
        return "At least one command required"

    def decode(self, file: ObjtoolFile) -> None:
        """decode_sections(), plus the analyses' hooks where they apply."""
        mark_rodata(file)
        init_pv_ops(file)
        decode_instructions(file)
        add_ignores(file)
        file.hooks.run_after_ignores(file)
        add_uaccess_safe(file)
        add_ignore_alternatives(file)
        read_noendbr_hints(file)          # before read_unwind_hints(): needs noendbr
        classify_symbols(file)            # before the destinations
        add_special_section_alts(file)    # before add_jump_destinations(): sets func on alternatives
        add_jump_destinations(file)
        read_intra_function_calls(file)   # before add_call_destinations(): turns CALLs into jumps
        file.extra_noreturns = file.hooks.extra_noreturns(file)
        add_call_destinations(file)
        add_dead_ends(file)               # after add_call_destinations(): overrides its dead ends
        add_jump_table_alts(file)
        read_unwind_hints(file)
        read_retpoline_hints(file)
        read_instr_hints(file)

    def check(self, file: ObjtoolFile) -> int:
        """Returns the warning count (objtool 6.1 itself always exits 0 after warnings)."""
        opts = file.opts
        warnings = 0
        try:
            if opts.stats:
                start_stats(file)
            link_cold_functions(file)
            self.decode(file)
            if file.first is None:
                return warnings
            validator = BranchValidator(file)
            if opts.retpoline:
                warnings += validate_retpoline(file)
            if opts.stackval or opts.orc or opts.uaccess:
                warnings += validator.validate_functions()
                warnings += validator.validate_unwind_hints(None)
                if not warnings:
                    warnings += validate_reachable_instructions(file)
            elif opts.noinstr:
                warnings += validator.validate_noinstr_sections(self.noinstr_validate_sections)
            if opts.unret:
                warnings += validate_unret(file)
            if opts.ibt:
                warnings += validate_ibt(file)
            if opts.sls:
                warnings += validate_sls(file)
            file.drop_insn_list()  # (the passes that go over every instruction are done)
            if opts.static_call:
                create_static_call_sections(file)
            if opts.retpoline:
                create_retpoline_sites_sections(file)
            if opts.rethunk:
                create_return_sites_sections(file)
            if opts.mcount:
                create_mcount_loc_sections(file)
            if opts.ibt:
                create_ibt_endbr_seal_sections(file)
            if opts.orc:
                file.drop_lookups()  # (the unwind tables walk the instructions in order)
                orc_create(file)
            if opts.stats:
                finish_stats(file)
        except CheckAborted:
            pass
        return warnings


PROFILE = Objtool61()
