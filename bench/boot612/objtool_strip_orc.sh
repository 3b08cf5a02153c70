#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Negative-control OBJTOOL_IMPL for boot_check.sh (6.12): run the real
# objtool, then take the ORC unwind information away again.
#
# With IBT on, objtool runs once, on vmlinux.o, so the 6.1 control (strip
# the ORC sections of the kernel/* objects) is reproduced at function level:
# the ORC entries of every function defined in an object of vmlinux.a whose
# path matches $STRIP_ORC_MATCH (shell glob, default 'kernel/*') are blanked
# (set to ORC_TYPE_UNDEFINED, see orc_blank.py).  Functions are matched by
# name, so a static function of the same name elsewhere is blanked too.
# STRIP_ORC_MATCH='*' removes the ORC sections from vmlinux.o altogether.
# Needs OBJTOOL_REAL (exported by boot_check.sh).
"${OBJTOOL_REAL:?OBJTOOL_REAL not set}" "$@" || exit $?
for last; do :; done   # last argument = the object file
match="${STRIP_ORC_MATCH:-kernel/*}"
if [ "$match" = '*' ]; then
  exec objcopy --remove-section .rela.orc_unwind_ip --remove-section .orc_unwind_ip \
               --remove-section .orc_unwind "$last"
fi
case "$last" in *vmlinux.o) ;; *) exit 0 ;; esac   # only the linked object
names="$(mktemp)"
ar t vmlinux.a | while read -r o; do
  case "$o" in $match) echo "$o" ;; esac
done | xargs -r nm --defined-only | awk '$2 ~ /^[tT]$/ {print $3}' | sort -u > "$names"
[ -s "$names" ] || { echo "objtool_strip_orc: no functions match $match" >&2; rm -f "$names"; exit 1; }
python3 "$(dirname "$(readlink -f "$0")")/orc_blank.py" "$last" "$names"
rc=$?
rm -f "$names"
exit $rc
