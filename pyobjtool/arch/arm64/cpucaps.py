# SPDX-License-Identifier: GPL-2.0-only
"""arm64 CPU capability numbers of Linux 6.1 (arch/arm64/tools/cpucaps, in order).

An ``.altinstructions`` entry and a ``cpu_hwcap_keys[]`` static key carry the
capability as a number; users name it (``--assume ARM64_HAS_VIRT_HOST_EXTN=off``).
The numbering changes between kernel versions, so a rules file may give its
own list (``cpucaps = [...]``) for other kernels.
"""

from __future__ import annotations

#: capability names without the ``ARM64_`` prefix; the index is the number
CPUCAPS_6_1: tuple[str, ...] = (
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

#: the ALTERNATIVE_CB flag in struct alt_instr's cpufeature field
ARM64_CB_BIT = 1 << 15

#: sizeof(struct static_key) on arm64: cpu_hwcap_keys[N] lies at N * 16
STATIC_KEY_SIZE = 16


def cap_name(number: int, caps: tuple[str, ...] | list[str] = CPUCAPS_6_1) -> str:
    """``37`` -> ``ARM64_HAS_VIRT_HOST_EXTN`` (``ARM64_CAP_<n>`` if unknown)."""
    if 0 <= number < len(caps):
        return "ARM64_" + caps[number]
    return f"ARM64_CAP_{number}"
