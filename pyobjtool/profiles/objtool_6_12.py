# SPDX-License-Identifier: GPL-2.0-only
"""objtool 6.12 (Linux 6.12 LTS, 6.12.117): what changed since 6.1.

Sources: tools/objtool of Linux 6.12 (check.c, builtin-check.c, special.c,
arch/x86/special.c, arch/x86/decode.c, arch/x86/orc.c, noreturns.h) and
include/linux/objtool_types.h.  docs/profiles.md lists the differences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..elf.constants import STB_GLOBAL, STB_WEAK
from ..engine.annotations import (
    add_ignore_alternatives,
    add_ignores,
    add_uaccess_safe,
    classify_symbols,
    read_instr_hints,
    read_intra_function_calls,
    read_noendbr_hints,
    read_reachable_hints,
    read_retpoline_hints,
    read_unwind_hints,
    read_validate_unret_hints,
)
from ..engine.decode import decode_instructions, init_pv_ops, link_cold_functions, mark_rodata
from ..engine.destinations import add_call_destinations, add_jump_destinations
from ..engine.jump_tables import add_jump_table_alts
from ..engine.objfile import CheckAborted, CheckFailed
from ..engine.orc_gen import orc_create
from ..engine.passes import (
    report_unreachable_instructions,
    validate_ibt,
    validate_retpoline,
    validate_sls,
    validate_unret,
)
from ..engine.prefix import add_prefix_symbols
from ..engine.rules import EngineRules
from ..engine.sites import (
    create_cfi_sections,
    create_direct_call_sections,
    create_ibt_endbr_seal_sections,
    create_mcount_loc_sections,
    create_retpoline_sites_sections,
    create_return_sites_sections,
    create_static_call_sections,
)
from ..engine.special import add_special_section_alts
from ..engine.stats import finish_stats, start_stats
from ..engine.validate import BranchValidator
from ..options import OBJTOOL_6_12_OPTIONS
from .base import HintEncoding, Messages
from .objtool_6_1 import Objtool61

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Symbol
    from ..engine.objfile import ObjtoolFile
    from ..options import Options

#: tools/objtool/noreturns.h
GLOBAL_NORETURNS = frozenset({
    "__fortify_panic", "__ia32_sys_exit", "__ia32_sys_exit_group", "__kunit_abort",
    "__module_put_and_kthread_exit", "__reiserfs_panic", "__stack_chk_fail", "__tdx_hypercall_failed",
    "__ubsan_handle_builtin_unreachable", "__x64_sys_exit", "__x64_sys_exit_group", "arch_cpu_idle_dead",
    "bch2_trans_in_restart_error", "bch2_trans_restart_error", "bch2_trans_unlocked_error",
    "cpu_bringup_and_idle", "cpu_startup_entry", "do_exit", "do_group_exit", "do_task_dead",
    "ex_handler_msr_mce", "hlt_play_dead", "hv_ghcb_terminate", "kthread_complete_and_exit", "kthread_exit",
    "kunit_try_catch_throw", "machine_real_restart", "make_task_dead", "mpt_halt_firmware",
    "nmi_panic_self_stop", "panic", "panic_smp_self_stop", "rest_init", "rewind_stack_and_make_dead",
    "rust_begin_unwind", "rust_helper_BUG", "sev_es_terminate", "snp_abort", "start_kernel",
    "stop_this_cpu", "usercopy_abort", "x86_64_start_kernel", "x86_64_start_reservations",
    "xen_cpu_bringup_again", "xen_start_kernel",
})

#: is_rust_noreturn(): Rust panic paths by mangled-name suffix
_RUST_NORETURN_SUFFIXES = (
    "_4core3num22from_ascii_radix_panic", "_4core5sliceSp15copy_from_slice17len_mismatch_fail",
    "_4core6option13expect_failed", "_4core6option13unwrap_failed", "_4core6result13unwrap_failed",
    "_4core6result13unwrap_failed19unwrap_failed_inner", "_4core9panicking5panic",
    "_4core9panicking9panic_fmt", "_4core9panicking14panic_explicit", "_4core9panicking14panic_nounwind",
    "_4core9panicking18panic_bounds_check", "_4core9panicking18panic_nounwind_fmt",
    "_4core9panicking19assert_failed_inner", "_4core9panicking30panic_null_pointer_dereference",
    "_4core9panicking32panic_null_reference_constructed",
    "_4core9panicking36panic_misaligned_pointer_dereference", "_7___rustc17rust_begin_unwind",
)


def is_rust_noreturn(name: str) -> bool:
    if not name.startswith("_R"):
        return False
    return (name.endswith(_RUST_NORETURN_SUFFIXES)
            or "_4core9panicking13assert_failed" in name
            or "_4core9panicking11panic_const24panic_const_" in name
            or ("_4core5slice5index" in name and "slice_" in name and name.endswith("_fail")))


class Messages612(Messages):
    naked_return = "'naked' return found in MITIGATION_RETHUNK build"
    indirect_branch = "indirect {what} found in MITIGATION_RETPOLINE build"
    fentry_tail_call = "tail call to __fentry__ !?!?"


def _rules() -> EngineRules:
    rules = EngineRules()
    for name in ("notype_symbols", "warn_once_per_symbol", "prepend_alternatives", "shared_alt_groups",
                 "any_alt_relocation", "symbol_sibling_calls", "sibling_frame_check_needs_function",
                 "call_sites", "prefix_functions_fall_through", "defer_unvisited_restore",
                 "alt_conflict_at_orig", "noinstr_static_calls", "force_undefined_hint", "track_register_copies",
                 "lea_bp_sp_needs_offset", "report_all_unreachable", "unreachable_ud2_same_section",
                 "ibt_pfunc_self_refs", "local_label_targets", "reserve_site_relocs", "aligned_mcount_loc",
                 "seal_warns_module_init", "unret_hint_starts", "ignore_jump_to_function_end",
                 "jump_table_next_table_end"):
        setattr(rules, name, True)
    rules.mcount_always_nops = False
    rules.cold_name_limit = False
    return rules


#: arch/arm64/tools/cpucaps of Linux 6.12: capability names without ``ARM64_``, numbered by position
ARM64_CPUCAPS_612 = (
    "ALWAYS_BOOT", "ALWAYS_SYSTEM", "BTI", "HAS_32BIT_EL0_DO_NOT_USE", "HAS_32BIT_EL1",
    "HAS_ADDRESS_AUTH", "HAS_ADDRESS_AUTH_ARCH_QARMA3", "HAS_ADDRESS_AUTH_ARCH_QARMA5",
    "HAS_ADDRESS_AUTH_IMP_DEF", "HAS_AMU_EXTN", "HAS_ARMv8_4_TTL", "HAS_CACHE_DIC", "HAS_CACHE_IDC",
    "HAS_CNP", "HAS_CRC32", "HAS_DCPODP", "HAS_DCPOP", "HAS_DIT", "HAS_E0PD", "HAS_ECV",
    "HAS_ECV_CNTPOFF", "HAS_EPAN", "HAS_EVT", "HAS_FPMR", "HAS_FGT", "HAS_FPSIMD",
    "HAS_GENERIC_AUTH", "HAS_GENERIC_AUTH_ARCH_QARMA3", "HAS_GENERIC_AUTH_ARCH_QARMA5",
    "HAS_GENERIC_AUTH_IMP_DEF", "HAS_GIC_CPUIF_SYSREGS", "HAS_GIC_PRIO_MASKING",
    "HAS_GIC_PRIO_RELAXED_SYNC", "HAS_HCR_NV1", "HAS_HCX", "HAS_LDAPR", "HAS_LPA2",
    "HAS_LSE_ATOMICS", "HAS_MOPS", "HAS_NESTED_VIRT", "HAS_PAN", "HAS_S1PIE", "HAS_S1POE",
    "HAS_RAS_EXTN", "HAS_RNG", "HAS_SB", "HAS_STAGE2_FWB", "HAS_TCR2", "HAS_TIDCP1",
    "HAS_TLB_RANGE", "HAS_VA52", "HAS_VIRT_HOST_EXTN", "HAS_WFXT", "HW_DBM", "KVM_HVHE",
    "KVM_PROTECTED_MODE", "MISMATCHED_CACHE_TYPE", "MTE", "MTE_ASYMM", "SME", "SME_FA64", "SME2",
    "SPECTRE_V2", "SPECTRE_V3A", "SPECTRE_V4", "SPECTRE_BHB", "SSBS", "SVE", "UNMAP_KERNEL_AT_EL0",
    "WORKAROUND_834220", "WORKAROUND_843419", "WORKAROUND_845719", "WORKAROUND_858921",
    "WORKAROUND_1418040", "WORKAROUND_1463225", "WORKAROUND_1508412", "WORKAROUND_1542419",
    "WORKAROUND_1742098", "WORKAROUND_1902691", "WORKAROUND_2038923", "WORKAROUND_2064142",
    "WORKAROUND_2077057", "WORKAROUND_2645198", "WORKAROUND_2658417",
    "WORKAROUND_AMPERE_AC03_CPU_38", "WORKAROUND_TRBE_OVERWRITE_FILL_MODE",
    "WORKAROUND_TSB_FLUSH_FAILURE", "WORKAROUND_TRBE_WRITE_OUT_OF_RANGE", "WORKAROUND_CAVIUM_23154",
    "WORKAROUND_CAVIUM_27456", "WORKAROUND_CAVIUM_30115", "WORKAROUND_CAVIUM_TX2_219_PRFM",
    "WORKAROUND_CAVIUM_TX2_219_TVM", "WORKAROUND_CLEAN_CACHE", "WORKAROUND_DEVICE_LOAD_ACQUIRE",
    "WORKAROUND_NVIDIA_CARMEL_CNP", "WORKAROUND_QCOM_FALKOR_E1003", "WORKAROUND_REPEAT_TLBI",
    "WORKAROUND_SPECULATIVE_AT", "WORKAROUND_SPECULATIVE_SSBS",
    "WORKAROUND_SPECULATIVE_UNPRIV_LOAD", "WORKAROUND_BROKEN_AMU_CONSTCNT",
)


class Objtool612(Objtool61):
    version = "6.12"
    options = OBJTOOL_6_12_OPTIONS
    global_noreturns = GLOBAL_NORETURNS
    uaccess_safe = tuple(n for n in Objtool61.uaccess_safe
                         if n not in ("clear_user_erms", "clear_user_original", "clear_user_rep_good")) + (
        "__stack_chk_fail", "__ubsan_handle_load_invalid_value", "copy_to_nontemporal", "kmsan_disable_current",
        "kmsan_enable_current", "rep_movs_alternative", "rep_stos_alternative", "stackleak_track_stack")
    # include/linux/objtool_types.h: the same 12-byte struct, the last byte is now "signal"
    hints = HintEncoding(size=12, fields_offset=4, init_type=0, undefined=0, end_of_stack=1, call=2, regs=3,
                         regs_partial=4, func=5, save=6, restore=7)
    messages = Messages612()
    rules = _rules()
    unwind_layout = "6.12"
    noinstr_sections = frozenset({".noinstr.text", ".entry.text", ".cpuidle.text"})
    c_jump_table_section = ".data.rel.ro.c_jump_table"
    # noinstr sections checked by --noinstr without the stack checks, in order
    noinstr_validate_sections = (".noinstr.text", ".entry.text", ".cpuidle.text")
    arm64_cpucaps = ARM64_CPUCAPS_612

    def is_rodata_section(self, name: str) -> bool:
        return (name.startswith(".rodata") and ".str1." not in name) or name.startswith(".data.rel.ro")

    def listed_noreturn(self, func: Symbol, extra: frozenset[str]) -> bool | None:
        """Global and weak functions in the list (or Rust panics) never return; other weak ones may."""
        if func.bind == STB_GLOBAL or func.bind == STB_WEAK:
            if is_rust_noreturn(func.name) or func.name in self.global_noreturns or func.name in extra:
                return True
        if func.bind == STB_WEAK:
            return False
        return None

    def elf_stat_lines(self, elf: ElfFile) -> list[str]:
        """6.12 counts relocations ('num_relocs') and sizes the reloc hash from that count."""
        from ..engine.stats import hash_bits

        nsec, nsym = len(elf.sections), len(elf.symbols)
        counts = [len(sec.relocs) for sec in elf.sections if sec.relocs is not None]
        total = sum(counts)
        return [f"nr_sections: {nsec}", f"section_bits: {hash_bits(nsec)}", f"nr_symbols: {nsym}",
                f"symbol_bits: {hash_bits(nsym)}", f"max_reloc: {max(counts, default=0)}",
                f"num_relocs: {total}", f"reloc_bits: {hash_bits(total)}"]

    def post_open_error(self, opts: Options) -> str | None:
        return "--mnop requires --mcount" if opts.mnop and not opts.mcount else None

    def options_error(self, opts: Options) -> str | None:
        if opts.any_action():
            return "--dump can't be combined with other actions" if opts.dump_orc else None
        if opts.unret and not opts.rethunk:
            return "--unret requires --rethunk"
        if opts.dump_orc:
            return None
        return "At least one action required"

    def decode(self, file: ObjtoolFile) -> None:
        """decode_sections() of 6.12."""
        opts = file.opts
        mark_rodata(file)
        init_pv_ops(file)
        classify_symbols(file)            # before decoding: embedded-instruction thunks own no code
        decode_instructions(file)
        add_ignores(file)
        file.hooks.run_after_ignores(file)
        add_uaccess_safe(file)
        add_ignore_alternatives(file)
        read_noendbr_hints(file)
        if opts.stackval or opts.orc or opts.uaccess or opts.noinstr or opts.hack_jump_label:
            add_special_section_alts(file)
        add_jump_destinations(file)
        read_intra_function_calls(file)
        file.extra_noreturns = file.hooks.extra_noreturns(file)
        add_call_destinations(file)
        read_reachable_hints(file)
        add_jump_table_alts(file)
        read_unwind_hints(file)
        read_retpoline_hints(file)
        read_instr_hints(file)
        read_validate_unret_hints(file)

    def check(self, file: ObjtoolFile) -> int:
        """check() of 6.12: it always returns 0 (a failed pass skips the rest, as 'goto out')."""
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
                    warnings += report_unreachable_instructions(file)
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
            if opts.cfi:
                create_cfi_sections(file)
            if opts.rethunk:
                create_return_sites_sections(file)
                if opts.hack_skylake:
                    create_direct_call_sections(file)
            if opts.mcount:
                create_mcount_loc_sections(file)
            if opts.prefix:
                add_prefix_symbols(file, opts.prefix)
            if opts.ibt:
                create_ibt_endbr_seal_sections(file)
            if opts.orc:
                file.drop_lookups()  # (the unwind tables walk the instructions in order)
                orc_create(file)
            if opts.verbose:
                from ..output.disassembly import disassemble_warned

                disassemble_warned(file)
            if opts.stats:
                finish_stats(file)
        except (CheckAborted, CheckFailed):
            pass
        return warnings


PROFILE = Objtool612()
