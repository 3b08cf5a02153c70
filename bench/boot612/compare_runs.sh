#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
# compare_runs.sh RUN_A RUN_B
#
# Compare two boot_check.sh (6.12) runs, e.g. the real objtool's and
# pyobjtool's ($BOOT_WORK/run-objtool.real, $BOOT_WORK/run-objtool-pyobjtool):
#  - the vmlinux ORC tables (.orc_unwind, .orc_unwind_ip) and every other
#    section, with bench/boot_compare.py (byte comparison; note that its
#    decoding of differing entries assumes the 6.1 orc_entry bit layout);
#  - every object objtool processed (saved by the wrapper in
#    RUN/objects/{pre,post}/<path>): inputs (is the build reproducible?) and
#    outputs (did the two objtools write the same bytes?);
#  - vmlinux and bzImage as a whole.
# Exit 0 iff the ORC tables and every objtool output are identical.
set -u
A="${1:?usage: compare_runs.sh RUN_A RUN_B}"; B="${2:?usage: compare_runs.sh RUN_A RUN_B}"
BENCH="$(cd "$(dirname "$0")/.." && pwd)"
rc=0
echo "== vmlinux sections (boot_compare.py)"
python3 "$BENCH/boot_compare.py" "$A/vmlinux" "$B/vmlinux" --all || rc=1
for stage in pre post; do
  same=0; diff=0; only=0
  while IFS= read -r f; do
    if [ ! -f "$B/objects/$stage/$f" ]; then only=$((only + 1)); echo "  $stage/$f: only in $A"
    elif cmp -s "$A/objects/$stage/$f" "$B/objects/$stage/$f"; then same=$((same + 1))
    else diff=$((diff + 1)); echo "  $stage/$f: DIFFERENT ($(cmp -l "$A/objects/$stage/$f" "$B/objects/$stage/$f" 2>/dev/null | wc -l) bytes; sizes $(stat -c %s "$A/objects/$stage/$f") vs $(stat -c %s "$B/objects/$stage/$f"))"
    fi
  done < <(cd "$A/objects/$stage" 2>/dev/null && find . -type f | sed 's|^\./||' | sort)
  label=$([ "$stage" = pre ] && echo "objtool inputs " || echo "objtool outputs")
  echo "== $label: $same byte-identical, $diff different, $only only in $A"
  [ "$stage" = post ] && [ "$diff$only" != 00 ] && rc=1
done
for f in vmlinux bzImage; do
  if cmp -s "$A/$f" "$B/$f"; then echo "== $f: byte-identical"; else echo "== $f: DIFFERENT"; fi
done
exit $rc
