#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Run pyobjtool on a real Linux 6.1 object the way kbuild runs objtool on it,
# then show what it wrote: the new sections and the ORC table.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cp "$here/strncpy_from_user.o" "$work/"
cd "$work"
echo "+ pyobjtool --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess strncpy_from_user.o"
python3 -m pyobjtool --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess strncpy_from_user.o
echo "exit status $?; sections added:"
python3 - <<'PY'
from pyobjtool.elf.file import ElfFile
for sec in ElfFile.open("strncpy_from_user.o").sections[-6:]:
    print(f"  [{sec.idx:2}] {sec.name:22} {sec.size:5} bytes")
PY
echo "+ pyobjtool --dump strncpy_from_user.o"
python3 -m pyobjtool --dump strncpy_from_user.o
if [ -x /usr/lib/linux-kbuild-6.1/tools/objtool/objtool ]; then
    cp "$here/strncpy_from_user.o" real.o
    /usr/lib/linux-kbuild-6.1/tools/objtool/objtool --hacks=jump_label --hacks=noinstr --orc --retpoline \
        --rethunk --static-call --uaccess real.o
    cmp -s real.o strncpy_from_user.o && echo "byte-identical with the real objtool 6.1's output"
fi
rm -rf "$work"
