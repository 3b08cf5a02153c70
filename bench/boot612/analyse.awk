# SPDX-License-Identifier: GPL-2.0-only
# Analyse the serial log of a boot_check.sh (6.12) boot; prints shell
# assignments on stdout, details (incomplete traces, warnings, root frames)
# on stderr.
# Kernel stack-trace frames look like " func+0x1a/0x40" (reliable) or
# " ? func+0x1a/0x40" (unreliable: found by scanning the stack, not by ORC).
# /proc/<pid>/stack frames look like "[<0>] func+0x1a/0x40".
# Root frames in 6.12: kernel threads end in ret_from_fork_asm (ret_from_fork
# is a C function since 6.7, so a trace ending there is incomplete), system
# calls in entry_SYSCALL_64_after_hwframe, the boot CPU's idle task in
# common_startup_64 (secondary_startup_64 before 6.9); a task interrupted in
# user mode (an exception or interrupt entered from user space: the unwinder
# stops at the user-mode pt_regs) in the asm_exc_* / asm_sysvec_* /
# asm_common_interrupt entry point (seen for init, preempted on the way back
# from a page fault, in about one boot in five).
function endproc() {
  if (inproc) {
    PROCSTACKS++
    if (plast !~ /^(entry_SYSCALL_64_after_hwframe|ret_from_fork_asm|asm_exc_[a-z_]+|asm_sysvec_[a-z_]+|asm_common_interrupt|asm_spurious_interrupt)\+/) {
      PROCINCOMPLETE++; print "incomplete /proc stack (" pname ") ending in: '" plast "'" > "/dev/stderr"
    }
  }
  inproc = 0; plast = ""
}
function endtrace(   r) {
  if (intrace) {
    TRACES++
    r = last; sub(/\+.*/, "", r); roots[r]++
    if (last !~ /^(entry_SYSCALL_64_after_hwframe|ret_from_fork_asm|asm_exc_[a-z_]+|asm_sysvec_[a-z_]+|asm_common_interrupt|asm_spurious_interrupt|common_startup_64|secondary_startup_64|secondary_startup_64_no_verify|start_kernel|x86_64_start_kernel|x86_64_start_reservations)\+/) {
      INCOMPLETE++; print "incomplete trace ending in: " last > "/dev/stderr"
    }
  }
  intrace = 0; last = ""
}
BEGIN { PROCSTACKS=0; PROCINCOMPLETE=0; FRAMES=0; UNREL=0; PROCFRAMES=0; TRACES=0; BEG=0; END_=0; UNWARN=0; WARNS=0; INCOMPLETE=0 }
{
  line = $0
  sub(/^\[ *[0-9]+\.[0-9]+\] ?/, "", line)
  if (line ~ /^BOOT_CHECK_BEGIN/) BEG=1
  if (line ~ /^BOOT_CHECK_END/) END_=1
  if (line ~ /^\[<[0-9a-f]+>\] [A-Za-z_.$0-9]+\+0x[0-9a-f]+\/0x[0-9a-f]+/) { PROCFRAMES++; plast = line; sub(/^\[<[0-9a-f]+>\] /, "", plast); next }
  endproc()
  if (line ~ /^== \/proc\/[0-9a-z]+\/stack/) { inproc = 1; pname = line; next }
  if (line ~ /WARNING:/) { WARNS++; print "warning: " line > "/dev/stderr" }
  # the ORC unwinder's messages (arch/x86/kernel/unwind_orc.c, all "WARNING: ...")
  # and the generic ones of dumpstack.c
  if (line ~ /WARNING:.*(ORC|orc_unwind|unwind|bad lookup|missing (R10|R13|RDI|DX) value|unknown (SP|BP) base reg|can't access (iret )?registers|stack going|stack recursion|bad unwind hint)/) UNWARN++
  if (line ~ /Call Trace:/) { endtrace(); intrace = 1; next }
  if (line ~ /^ +(\? )?[A-Za-z_][A-Za-z0-9_.$]*\+0x[0-9a-f]+\/0x[0-9a-f]+/) {
    FRAMES++
    if (line ~ /^ +\? /) UNREL++
    else { f = line; sub(/^ +/, "", f); last = f }
    next
  }
  if (line ~ /^ *<\/TASK>/) endtrace()
}
END {
  endtrace(); endproc()
  for (r in roots) print "trace root: " r " x" roots[r] > "/dev/stderr"
  printf "PROCSTACKS=%d PROCINCOMPLETE=%d ", PROCSTACKS, PROCINCOMPLETE
  printf "FRAMES=%d UNREL=%d PROCFRAMES=%d TRACES=%d BEGIN=%d END=%d UNWARN=%d WARNS=%d INCOMPLETE=%d\n", FRAMES, UNREL, PROCFRAMES, TRACES, BEG, END_, UNWARN, WARNS, INCOMPLETE
}
