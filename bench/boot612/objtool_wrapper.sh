#!/bin/sh
# boot_check objtool wrapper (6.12)
# SPDX-License-Identifier: GPL-2.0-only
#
# Installed by boot_check.sh as tools/objtool/objtool of the kernel tree, so
# that kbuild's objtool calls go to a pluggable implementation:
#   OBJTOOL_IMPL      objtool to run (default: objtool.real next to this file)
#   OBJTOOL_LOG       if set: one line per call is appended:
#                     rc=<exit status> time=<seconds> impl=<path> args=<arguments>
#   OBJTOOL_SAVE_DIR  if set: the object (last argument) is copied to
#                     $OBJTOOL_SAVE_DIR/pre/<path> before and .../post/<path>
#                     after the call, for comparing builds.
# The exit status is the implementation's.
impl="${OBJTOOL_IMPL:-$(dirname "$0")/objtool.real}"
for obj; do :; done
if [ -n "$OBJTOOL_SAVE_DIR" ] && [ -f "$obj" ]; then
  mkdir -p "$OBJTOOL_SAVE_DIR/pre/$(dirname "$obj")" && cp -f "$obj" "$OBJTOOL_SAVE_DIR/pre/$obj"
fi
t0=$(date +%s.%N)
"$impl" "$@"
rc=$?
t1=$(date +%s.%N)
if [ -n "$OBJTOOL_SAVE_DIR" ] && [ -f "$obj" ]; then
  mkdir -p "$OBJTOOL_SAVE_DIR/post/$(dirname "$obj")" && cp -f "$obj" "$OBJTOOL_SAVE_DIR/post/$obj"
fi
if [ -n "$OBJTOOL_LOG" ]; then
  echo "rc=$rc time=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}') impl=$impl args=$*" >> "$OBJTOOL_LOG"
fi
exit $rc
