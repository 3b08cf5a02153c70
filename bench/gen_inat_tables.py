# SPDX-License-Identifier: GPL-2.0-only
"""Generate pyobjtool/arch/x86/inat_tables.py from the kernel's x86-opcode-map.txt.

objtool decodes x86 with the kernel's own instruction decoder
(arch/x86/lib/insn.c), whose attribute tables are generated at build time
by arch/x86/tools/gen-insn-attr-x86.awk from arch/x86/lib/x86-opcode-map.txt.
This script does what that awk script does, line for line, for each objtool
release pyobjtool behaves as (the map and the awk script changed between
them), and writes the tables as a Python module that is committed:

    python3 bench/gen_inat_tables.py 6.1=/path/linux-6.1 6.12=/path/linux-6.12

With ``--check`` it also runs the kernel's own awk script (gawk) on each
map and compares every table entry with the Python generator's, evaluating
the C flag expressions with the release's inat.h values.

The attribute bits in the generated module use one layout for every release
(6.12's inat.h: a 5-bit prefix field); pyobjtool's decoder
(arch/x86/insn_decoder.py) reads them with the same constants.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import subprocess
import sys
import zlib
from array import array

# --- attribute bits (Linux 6.12 arch/x86/include/asm/inat.h) ---------------
PFX_BITS, ESC_BITS, GRP_BITS, IMM_BITS = 5, 2, 5, 3
PFX_OFFS = 0
ESC_OFFS = PFX_OFFS + PFX_BITS
GRP_OFFS = ESC_OFFS + ESC_BITS
IMM_OFFS = GRP_OFFS + GRP_BITS
FLAG_OFFS = IMM_OFFS + IMM_BITS
FLAGS = {
    "INAT_MODRM": 1 << FLAG_OFFS,
    "INAT_FORCE64": 1 << (FLAG_OFFS + 1),
    "INAT_SCNDIMM": 1 << (FLAG_OFFS + 2),
    "INAT_MOFFSET": 1 << (FLAG_OFFS + 3),
    "INAT_VARIANT": 1 << (FLAG_OFFS + 4),
    "INAT_VEXOK": 1 << (FLAG_OFFS + 5),
    "INAT_VEXONLY": 1 << (FLAG_OFFS + 6),
    "INAT_EVEXONLY": 1 << (FLAG_OFFS + 7),
    "INAT_NO_REX2": 1 << (FLAG_OFFS + 8),
    "INAT_REX2_VARIANT": 1 << (FLAG_OFFS + 9),
    "INAT_EVEX_SCALABLE": 1 << (FLAG_OFFS + 10),
}
PREFIXES = {
    "INAT_PFX_OPNDSZ": 1, "INAT_PFX_REPE": 2, "INAT_PFX_REPNE": 3, "INAT_PFX_LOCK": 4, "INAT_PFX_CS": 5,
    "INAT_PFX_DS": 6, "INAT_PFX_ES": 7, "INAT_PFX_FS": 8, "INAT_PFX_GS": 9, "INAT_PFX_SS": 10,
    "INAT_PFX_ADDRSZ": 11, "INAT_PFX_REX": 12, "INAT_PFX_VEX2": 13, "INAT_PFX_VEX3": 14, "INAT_PFX_EVEX": 15,
    "INAT_PFX_REX2": 16,
}
IMMS = {"INAT_IMM_BYTE": 1, "INAT_IMM_WORD": 2, "INAT_IMM_DWORD": 3, "INAT_IMM_QWORD": 4, "INAT_IMM_PTR": 5,
        "INAT_IMM_VWORD32": 6, "INAT_IMM_VWORD": 7}


def make_prefix(n: int) -> int:
    return n << PFX_OFFS


def make_escape(n: int) -> int:
    return n << ESC_OFFS


def make_group(n: int) -> int:
    return (n << GRP_OFFS) | FLAGS["INAT_MODRM"]


def make_imm(n: int) -> int:
    return n << IMM_OFFS


IMM_FLAG = {
    "Ib": make_imm(1), "Jb": make_imm(1), "Iw": make_imm(2), "Id": make_imm(3), "Iq": make_imm(4),
    "Ap": make_imm(5), "Iz": make_imm(6), "Jz": make_imm(6), "Iv": make_imm(7),
    "Ob": FLAGS["INAT_MOFFSET"], "Ov": FLAGS["INAT_MOFFSET"], "Lx": make_imm(1),
}
PREFIX_NUM = {
    "Operand-Size": 1, "REPNE": 3, "REP/REPE": 2, "XACQUIRE": 3, "XRELEASE": 2, "LOCK": 4,
    "SEG=CS": 5, "SEG=DS": 6, "SEG=ES": 7, "SEG=FS": 8, "SEG=GS": 9, "SEG=SS": 10,
    "Address-Size": 11, "VEX+1byte": 13, "VEX+2byte": 14, "EVEX": 15,
}


class Release:
    """The awk script's per-release differences."""

    def __init__(self, version: str) -> None:
        self.version = version
        new = version != "6.1"
        self.rex_expr = re.compile(r"^((REX(\.[XRWB]+)+)|(REX$))" if new else r"^REX(\.[XRWB]+)*")
        self.rex2 = new  # (REX2), (!REX2), (es) and the REX2 prefix exist since 6.10
        self.prefix_num = dict(PREFIX_NUM)
        if new:
            self.prefix_num["REX2"] = 16


OPND_EXPR = re.compile(r"^[A-Za-z/]")
EXT_EXPR = re.compile(r"^\(")
SEP_EXPR = re.compile(r"^\|$")
GROUP_EXPR = re.compile(r"^Grp[0-9A-Za-z]+")
IMM_EXPR = re.compile(r"^[IJAOL][a-z]")
MODRM_EXPR = re.compile(r"^([CDEGMNPQRSUVW/][a-z]+|NTA|T[012])")
FORCE64_EXPR = re.compile(r"\([df]64\)")
REX2_EXPR = re.compile(r"\(REX2\)")
NO_REX2_EXPR = re.compile(r"\(!REX2\)")
FPU_EXPR = re.compile(r"^ESC")
LPREFIX1_EXPR = re.compile(r"\((66|!F3)\)")
LPREFIX2_EXPR = re.compile(r"\(F3\)")
LPREFIX3_EXPR = re.compile(r"\((F2|!F3|66&F2)\)")
LPREFIX_EXPR = re.compile(r"\((66|F2|F3)\)")
VEXOK_OPCODE_EXPR = re.compile(r"^[vk].*")
VEXOK_EXPR = re.compile(r"\(v1\)")
VEXONLY_EXPR = re.compile(r"\(v\)")
EVEXONLY_EXPR = re.compile(r"\(ev\)")
EVEX_SCALABLE_EXPR = re.compile(r"\(es\)")
PREFIX_EXPR = re.compile(r"\(Prefix\)")


class Tables:
    """What gen-insn-attr-x86.awk prints: the tables, by (kind, id, last-prefix variant)."""

    def __init__(self) -> None:
        self.primary: list[int] = [0] * 256
        self.escape: dict[tuple[int, int], list[int]] = {}
        self.group: dict[tuple[int, int], list[int]] = {}
        self.avx: dict[tuple[int, int], list[int]] = {}


def _search(expr: re.Pattern, text: str | None) -> bool:
    return text is not None and expr.search(text) is not None


def _convert_operands(opnds: list[str]) -> int:
    imm = 0
    mod = 0
    for opnd in opnds:
        if IMM_EXPR.match(opnd):
            if opnd not in IMM_FLAG:
                raise ValueError(f"Unknown imm opnd: {opnd}")
            if imm:
                if opnd != "Ib":
                    raise ValueError("Second IMM error")
                imm |= FLAGS["INAT_SCNDIMM"]
            else:
                imm = IMM_FLAG[opnd]
        elif MODRM_EXPR.search(opnd):
            mod = FLAGS["INAT_MODRM"]
    return imm | mod


def generate(map_text: str, release: Release) -> Tables:
    """Run the awk script's rules over the opcode map."""
    out = Tables()
    escape_ids: dict[str, int] = {}
    group_ids: dict[str, int] = {}
    ggid = geid = 1
    state = {"table": {}, "lp1": {}, "lp2": {}, "lp3": {}, "eid": -1, "gid": -1, "aid": -1, "tname": ""}

    def clear() -> None:
        state.update(table={}, lp1={}, lp2={}, lp3={}, eid=-1, gid=-1, aid=-1, tname="")

    for lineno, line in enumerate(map_text.splitlines(), 1):
        fields = line.split()
        nf = len(fields)
        if line.startswith("Table:") and state["tname"]:
            raise ValueError(f"line {lineno}: Table: before EndTable:")
        if line.startswith("Referrer:") and nf != 1:
            ref = "".join(fields[1:])
            state["eid"] = escape_ids[ref]
            state["tname"] = f"escape{state['eid']}"
        if line.startswith("AVXcode:"):
            if nf != 1:
                state["aid"] = int(fields[1])
                if not state["tname"]:
                    state["tname"] = f"avx{fields[1]}"
            if state["aid"] == -1 and state["eid"] == -1:
                state["tname"] = "primary"
        if line.startswith("GrpTable:"):
            state["gid"] = group_ids[fields[1]]
            state["tname"] = f"group{state['gid']}"
        if line.startswith("EndTable"):
            _end_table(out, state)
            clear()
        if re.match(r"^[0-9a-f]+:", line):
            if lineno == 1:
                continue
            idx = "0x" + fields[0][:fields[0].index(":")]
            table = state["table"]
            if nf > 1 and fields[1] == "escape":
                ref = "".join(fields[3:])
                escape_ids[ref] = geid
                table[idx] = make_escape(geid)
                geid += 1
                continue
            variant = False
            i = 1
            while i < nf:
                opcode = fields[i]
                i += 1
                flags = 0
                ext = None
                cur = fields[i] if i < nf else ""
                if OPND_EXPR.search(cur):
                    flags = _convert_operands(cur.split(","))
                    i += 1
                cur = fields[i] if i < nf else ""
                if EXT_EXPR.search(cur):
                    ext = cur
                    i += 1
                cur = fields[i] if i < nf else ""
                if SEP_EXPR.search(cur):
                    i += 1
                elif i + 1 < nf:
                    raise ValueError(f"line {lineno}: {cur} is not a separator")
                if GROUP_EXPR.search(opcode):
                    if opcode not in group_ids:
                        group_ids[opcode] = ggid
                        ggid += 1
                    flags |= make_group(group_ids[opcode])
                if _search(FORCE64_EXPR, ext):
                    flags |= FLAGS["INAT_FORCE64"]
                if release.rex2 and _search(NO_REX2_EXPR, ext):
                    flags |= FLAGS["INAT_NO_REX2"]
                if release.rex_expr.search(opcode):
                    flags |= make_prefix(12)
                if FPU_EXPR.search(opcode):
                    flags |= FLAGS["INAT_MODRM"]
                if _search(EVEXONLY_EXPR, ext):
                    flags |= FLAGS["INAT_VEXOK"] | FLAGS["INAT_EVEXONLY"]
                elif release.rex2 and _search(EVEX_SCALABLE_EXPR, ext):
                    flags |= FLAGS["INAT_VEXOK"] | FLAGS["INAT_EVEXONLY"] | FLAGS["INAT_EVEX_SCALABLE"]
                elif _search(VEXONLY_EXPR, ext):
                    flags |= FLAGS["INAT_VEXOK"] | FLAGS["INAT_VEXONLY"]
                elif _search(VEXOK_EXPR, ext) or VEXOK_OPCODE_EXPR.search(opcode):
                    flags |= FLAGS["INAT_VEXOK"]
                if _search(PREFIX_EXPR, ext):
                    if opcode not in release.prefix_num:
                        raise ValueError(f"line {lineno}: Unknown prefix: {opcode}")
                    flags |= make_prefix(release.prefix_num[opcode])
                if not flags:
                    continue
                if _search(LPREFIX1_EXPR, ext):
                    state["lp1"][idx] = state["lp1"].get(idx, 0) | flags
                    variant = True
                if _search(LPREFIX2_EXPR, ext):
                    state["lp2"][idx] = state["lp2"].get(idx, 0) | flags
                    variant = True
                if _search(LPREFIX3_EXPR, ext):
                    state["lp3"][idx] = state["lp3"].get(idx, 0) | flags
                    variant = True
                if release.rex2 and _search(REX2_EXPR, ext):
                    table[idx] = table.get(idx, 0) | FLAGS["INAT_REX2_VARIANT"]
                if not _search(LPREFIX_EXPR, ext):
                    table[idx] = table.get(idx, 0) | flags
            if variant:
                table[idx] = table.get(idx, 0) | FLAGS["INAT_VARIANT"]
    return out


def _dense(entries: dict[str, int], fmt: str, n: int) -> list[int]:
    """print_table(): only the entries whose index is spelt as *fmt* prints it."""
    return [entries.get(fmt % i, 0) for i in range(n)]


def _end_table(out: Tables, state: dict) -> None:
    parts = [(0, state["table"]), (1, state["lp1"]), (2, state["lp2"]), (3, state["lp3"])]
    if state["gid"] != -1:
        for k, entries in parts:
            if entries:
                out.group[(state["gid"], k)] = _dense(entries, "0x%x", 8)
        return
    for k, entries in parts:
        if not entries:
            continue
        dense = _dense(entries, "0x%02x", 256)
        if state["eid"] == -1 and state["aid"] == -1 and state["tname"] == "primary":
            if k == 0:
                out.primary = dense
        elif state["eid"] != -1:
            out.escape[(state["eid"], k)] = dense
        if state["aid"] >= 0:
            out.avx[(state["aid"], k)] = dense


# --- output -------------------------------------------------------------------

def _blob(values: list[int]) -> str:
    """A table as base64 of zlib-compressed little-endian u32s (cheap to import without a .pyc)."""
    arr = array("I", values)
    if sys.byteorder == "big":
        arr.byteswap()
    return base64.b64encode(zlib.compress(arr.tobytes(), 9)).decode()


def render(tables: dict[str, Tables], sources: dict[str, str]) -> str:
    out = [
        "# SPDX-License-Identifier: GPL-2.0-only",
        '"""x86 instruction attribute tables, generated by bench/gen_inat_tables.py; do not edit.',
        "",
        "What the kernel's gen-insn-attr-x86.awk makes of arch/x86/lib/x86-opcode-map.txt",
        "(inat-tables.c), for each objtool release:",
        "",
    ]
    for version, source in sources.items():
        out.append(f"* {version}: {source}")
    out += [
        "",
        "``tables(release)`` gives ``primary`` (256 attributes), ``escape``, ``group`` and",
        "``avx`` (``{(id, last-prefix variant): attributes}``).  The attribute bits are",
        "Linux 6.12's (``inat.h``) for every release; see insn_decoder.py.  Each table is",
        "stored as base64 of zlib-compressed little-endian u32s: a module of plain",
        "literals would take 100 ms to compile wherever no .pyc can be written.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import base64",
        "import sys",
        "import zlib",
        "from array import array",
        "",
        "_RAW = {",
    ]
    for version, tab in tables.items():
        out.append(f'    "{version}": {{')
        out.append(f'        "primary": "{_blob(tab.primary)}",')
        for kind in ("escape", "group", "avx"):
            out.append(f'        "{kind}": {{')
            for key in sorted(getattr(tab, kind)):
                out.append(f'            {key}: "{_blob(getattr(tab, kind)[key])}",')
            out.append("        },")
        out.append("    },")
    out += [
        "}",
        "",
        "_CACHE: dict[str, dict] = {}",
        "",
        "",
        "def _unpack(blob: str) -> list[int]:",
        '    arr = array("I", zlib.decompress(base64.b64decode(blob)))',
        '    if sys.byteorder == "big":',
        "        arr.byteswap()",
        "    return arr.tolist()",
        "",
        "",
        "def tables(release: str) -> dict:",
        '    """The attribute tables of *release* (KeyError for a release without tables)."""',
        "    done = _CACHE.get(release)",
        "    if done is None:",
        "        raw = _RAW[release]",
        '        done = {"primary": _unpack(raw["primary"])}',
        '        for kind in ("escape", "group", "avx"):',
        "            done[kind] = {key: _unpack(blob) for key, blob in raw[kind].items()}",
        "        _CACHE[release] = done",
        "    return done",
        "",
        "",
        "RELEASES = tuple(_RAW)",
    ]
    return "\n".join(out) + "\n"


# --- --check: against the kernel's own awk script ----------------------------

def _eval_flags(expr: str, layout_pfx_bits: int) -> int:
    """Evaluate an inat-tables.c flag expression in pyobjtool's bit layout."""
    value = 0
    for term in expr.split("|"):
        term = term.strip()
        m = re.fullmatch(r"INAT_MAKE_(PREFIX|ESCAPE|GROUP|IMM)\((\w+)\)", term)
        if m:
            kind, arg = m.groups()
            num = int(arg) if arg.isdigit() else (PREFIXES.get(arg) or IMMS[arg])
            value |= {"PREFIX": make_prefix, "ESCAPE": make_escape, "GROUP": make_group, "IMM": make_imm}[kind](num)
        else:
            value |= FLAGS[term]
    return value


def check_against_awk(kernel: str, release: Release, tables: Tables) -> int:
    awk = os.path.join(kernel, "arch/x86/tools/gen-insn-attr-x86.awk")
    omap = os.path.join(kernel, "arch/x86/lib/x86-opcode-map.txt")
    text = subprocess.run(["gawk", "-f", awk, omap], check=True, capture_output=True, text=True).stdout
    text = text.split("#ifndef __BOOT_COMPRESSED")
    body, arrays = text[0], text[1].split("#else")[0]
    c_tables: dict[str, list[int]] = {}
    for m in re.finditer(r"const insn_attr_t (\w+)\[INAT_(OPCODE|GROUP)_TABLE_SIZE\] = \{(.*?)\};", body, re.S):
        name, kind, entries = m.groups()
        dense = [0] * (256 if kind == "OPCODE" else 8)
        for e in re.finditer(r"\[(0x[0-9a-f]+)\] = ([^,]+),", entries):
            dense[int(e.group(1), 16)] = _eval_flags(e.group(2), 5)
        c_tables[name] = dense
    errors = 0
    if c_tables["inat_primary_table"] != tables.primary:
        print(f"{release.version}: primary table differs", file=sys.stderr)
        errors += 1
    for kind, attr in (("escape", tables.escape), ("group", tables.group), ("avx", tables.avx)):
        c_refs = {}
        for m in re.finditer(r"\[(\d+)\]\[(\d+)\] = (\w+),", arrays.split(f"inat_{kind}_tables")[1].split("};")[0]):
            c_refs[(int(m.group(1)), int(m.group(2)))] = c_tables[m.group(3)]
        if c_refs != attr:
            print(f"{release.version}: {kind} tables differ ({sorted(c_refs)} vs {sorted(attr)})", file=sys.stderr)
            errors += 1
    print(f"{release.version}: {len(c_tables)} tables compared with gawk's output: "
          f"{'identical' if not errors else 'DIFFERENT'}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="+", metavar="RELEASE=KERNEL_TREE")
    ap.add_argument("-o", "--output", default=os.path.join(os.path.dirname(__file__), "..", "pyobjtool", "arch",
                                                           "x86", "inat_tables.py"))
    ap.add_argument("--check", action="store_true", help="compare with the kernel's awk script's output (gawk)")
    args = ap.parse_args(argv)
    tables: dict[str, Tables] = {}
    sources: dict[str, str] = {}
    errors = 0
    for spec in args.trees:
        version, _, tree = spec.partition("=")
        release = Release(version)
        omap = os.path.join(tree, "arch/x86/lib/x86-opcode-map.txt")
        with open(omap) as fh:
            tables[version] = generate(fh.read(), release)
        kver = _kernel_version(tree)
        sources[version] = f"x86-opcode-map.txt of Linux {kver}"
        if args.check:
            errors += check_against_awk(tree, release, tables[version])
    with open(args.output, "w") as fh:
        fh.write(render(tables, sources))
    print(f"wrote {os.path.normpath(args.output)}")
    return 1 if errors else 0


def _kernel_version(tree: str) -> str:
    try:
        with open(os.path.join(tree, "Makefile")) as fh:
            head = fh.read(400)
    except OSError:
        return "?"
    parts = dict(re.findall(r"^(VERSION|PATCHLEVEL|SUBLEVEL) = (\d+)", head, re.M))
    return ".".join(parts.get(k, "?") for k in ("VERSION", "PATCHLEVEL", "SUBLEVEL"))


if __name__ == "__main__":
    sys.exit(main())
