#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# /init for boot_check.sh (6.12): dump kernel stacks in several ways, then
# crash + reboot.  Same as the 6.1 harness's init.sh.
export PATH=/bin
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
echo "BOOT_CHECK_BEGIN"
echo "== /proc/self/stack"
cat /proc/self/stack
sleep 600 &
SPID=$!
sleep 1
for p in /proc/[0-9]*; do
  echo "== $p/stack ($(cat $p/comm 2>/dev/null))"
  cat $p/stack
done
echo "== sysrq l"; echo l > /proc/sysrq-trigger   # CPU backtrace (a workqueue dump without CONFIG_SMP)
echo "== sysrq t"; echo t > /proc/sysrq-trigger   # every task
echo "== sysrq w"; echo w > /proc/sysrq-trigger   # blocked tasks
kill $SPID
echo "BOOT_CHECK_END"
# panic() dumps one more stack (through the sysrq write path), then panic=-1
# reboots and qemu -no-reboot exits.
echo c > /proc/sysrq-trigger
reboot -f
