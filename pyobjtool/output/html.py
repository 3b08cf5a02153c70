# SPDX-License-Identifier: GPL-2.0-only
"""``--html DIR``: a self-contained report of the findings.

``DIR/index.html`` lists the findings per object and function; each finding
gets a page with

* the message, its rule and (with DWARF) its source location,
* the function's control-flow graph as SVG: basic blocks in address order,
  each labelled with its first instruction and the stack state at its entry,
  fall-through edges straight down, jumps as arcs (forward on the right,
  backward on the left), alternatives dashed; the shortest path to the
  finding and its blocks in red,
* the annotated disassembly: every instruction with its stack state, the
  path's instructions highlighted, and the source lines interleaved where
  DWARF names them (with the text of the line when the file is at hand).

The pages are plain HTML, CSS and inline SVG: no script, nothing fetched.
The object's pages are written while its check still holds the decoded
instructions; the index is written once all objects are done.
"""

from __future__ import annotations

import hashlib
import html
import os
from typing import TYPE_CHECKING

from ..arch.insn import JUMP_CONDITIONAL, JUMP_DYNAMIC, JUMP_UNCONDITIONAL, RETURN
from ..engine.explain import successors
from ..engine.trace import describe_cfi

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile

STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
table { border-collapse: collapse; font-family: monospace; font-size: 12px; }
td, th { padding: 1px 8px; text-align: left; vertical-align: top; }
tr.path td { background: #ffe4e1; } tr.warn td { background: #ff9b8f; font-weight: bold; }
tr.src td { color: #2a6f2a; font-style: italic; }
.state { color: #555; } .msg { font-family: monospace; background: #f4f4f4; padding: 0.4em; }
a { color: #1a4f9c; } .meta td { font-family: sans-serif; font-size: 13px; }
"""

BLOCK_W = 420
LINE_H = 15
GAP = 26
LANE = 14


class Block:
    """A basic block: instructions from a leader to the next leader or a control transfer."""

    __slots__ = ("insns", "y", "h", "index")

    def __init__(self, insns: list, index: int) -> None:
        self.insns = insns
        self.index = index
        self.y = 0
        self.h = 0


def function_insns(file: ObjtoolFile, func: Symbol) -> list:
    """The function's instructions (with its .cold part) in address order."""
    return list(file.func_insns(func))


def basic_blocks(insns: list) -> tuple[list[Block], dict[int, Block], list[tuple[Block, Block, str]]]:
    """Split *insns* into blocks and find the edges between them (kinds: fall, taken, alt)."""
    members = {id(i) for i in insns}
    leaders = {id(insns[0])} if insns else set()
    for insn in insns:
        for nxt, how in successors(insn):
            if id(nxt) in members and how:
                leaders.add(id(nxt))
        if insn.type in (JUMP_CONDITIONAL, JUMP_UNCONDITIONAL, JUMP_DYNAMIC, RETURN) or insn.dead_end or insn.alts:
            if insn.next is not None:
                leaders.add(id(insn.next))
    blocks: list[Block] = []
    block_of: dict[int, Block] = {}
    current: list = []
    for insn in insns:
        if id(insn) in leaders and current:
            blocks.append(Block(current, len(blocks)))
            current = []
        current.append(insn)
    if current:
        blocks.append(Block(current, len(blocks)))
    for block in blocks:
        for insn in block.insns:
            block_of[id(insn)] = block
    edges = []
    for block in blocks:
        last = block.insns[-1]
        for nxt, how in successors(last):
            target = block_of.get(id(nxt))
            if target is not None:
                edges.append((block, target, "fall" if not how or how == "branch not taken" else
                               "alt" if how == "alternative" else "taken"))
    return blocks, block_of, edges


def cfg_svg(file: ObjtoolFile, disasm, blocks: list[Block], edges, path_ids: set[int], warn_id: int | None) -> str:
    """The control-flow graph as inline SVG (see the module docstring)."""
    names = file.arch.regs.names
    offstr = file.reporter.offstr
    y = 10
    for block in blocks:
        block.y = y
        block.h = 3 * LINE_H + 8
        y += block.h + GAP
    lanes_right = lanes_left = 0
    parts = []
    texts = {}
    for block in blocks:
        first, last = block.insns[0], block.insns[-1]
        state = describe_cfi(first.cfi, names) if first.cfi is not None else "not reached"
        title = f"{offstr(first.sec, first.offset)} .. {offstr(last.sec, last.offset)} ({len(block.insns)} insns)"
        texts[id(block)] = (title, state[:64], _short(disasm, last))
    # boxes as wide as their longest line (12px monospace is about 7.3px a character)
    block_w = max([BLOCK_W] + [int(12 + 7.3 * len(t)) for lines in texts.values() for t in lines])
    x0 = 40 + 10 * LANE
    on_path = {id(b) for b in blocks if any(id(i) in path_ids for i in b.insns)}
    for src, dst, kind in edges:
        red = id(src) in on_path and id(dst) in on_path
        color = "#d11" if red else "#777"
        width = 2.5 if red else 1.2
        dash = ' stroke-dasharray="5,3"' if kind == "alt" else ""
        if kind == "fall" and dst.index == src.index + 1:
            x = x0 + block_w / 2
            parts.append(f'<line x1="{x}" y1="{src.y + src.h}" x2="{x}" y2="{dst.y - 2}" stroke="{color}" '
                         f'stroke-width="{width}" marker-end="url(#arrow{"r" if red else ""})"{dash}/>')
            continue
        forward = dst.y > src.y
        if forward:
            lanes_right += 1
            xs = x0 + block_w
            xl = xs + 12 + (lanes_right % 12) * LANE
        else:
            lanes_left += 1
            xs = x0
            xl = xs - 12 - (lanes_left % 9) * LANE
        y1 = src.y + src.h - 8
        y2 = dst.y + 8
        parts.append(f'<path d="M {xs} {y1} L {xl} {y1} L {xl} {y2} L {xs} {y2}" fill="none" stroke="{color}" '
                     f'stroke-width="{width}" marker-end="url(#arrow{"r" if red else ""})"{dash}/>')
    for block in blocks:
        first, last = block.insns[0], block.insns[-1]
        red = id(block) in on_path
        has_warn = warn_id is not None and any(id(i) == warn_id for i in block.insns)
        fill = "#ff9b8f" if has_warn else "#ffe4e1" if red else "#f3f6fb"
        stroke = "#d11" if red else "#4a6fa5"
        title, state, last_text = texts[id(block)]
        parts.append(f'<rect x="{x0}" y="{block.y}" width="{block_w}" height="{block.h}" rx="4" fill="{fill}" '
                     f'stroke="{stroke}" stroke-width="{2 if red else 1}"/>')
        parts.append(f'<text x="{x0 + 6}" y="{block.y + LINE_H}" font-size="12" font-family="monospace">'
                     f'{html.escape(title)}</text>')
        parts.append(f'<text x="{x0 + 6}" y="{block.y + 2 * LINE_H}" font-size="11" font-family="monospace" '
                     f'fill="#555">{html.escape(state)}</text>')
        parts.append(f'<text x="{x0 + 6}" y="{block.y + 3 * LINE_H}" font-size="11" font-family="monospace">'
                     f'{html.escape(last_text)}</text>')
    width = x0 + block_w + 30 + 12 * LANE
    height = y + 10
    defs = ('<defs>'
            '<marker id="arrow" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto" markerUnits="userSpaceOnUse">'
            '<path d="M0,0 L8,4 L0,8 z" fill="#777"/></marker>'
            '<marker id="arrowr" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto" markerUnits="userSpaceOnUse">'
            '<path d="M0,0 L8,4 L0,8 z" fill="#d11"/></marker></defs>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="control-flow graph">{defs}'
            + "".join(parts) + "</svg>")


def _short(disasm, insn: Instruction) -> str:
    if insn.fake or disasm is None:
        return "nop"
    return disasm.text(insn.sec, insn.offset, insn.len)[:56]


class SourceText:
    """Lines of source files, when they can be found (relative to the current directory)."""

    def __init__(self) -> None:
        self._files: dict[str, list[str] | None] = {}

    def line(self, path: str, number: int) -> str | None:
        lines = self._files.get(path)
        if path not in self._files:
            try:
                with open(path, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().splitlines()
            except OSError:
                lines = None
            self._files[path] = lines
        if lines is None or not 0 < number <= len(lines):
            return None
        return lines[number - 1]


def finding_page(file: ObjtoolFile, diag, func: Symbol, locator, sources: SourceText, disasm) -> str:
    """One finding's page (see the module docstring)."""
    from .rules import rule_for

    insns = function_insns(file, func)
    blocks, _, edges = basic_blocks(insns)
    steps = diag.extra.get("path", [])
    path_keys = {(s["section"], s["offset"]) for s in steps}
    warn = next((i for i in insns if i.sec.name == diag.section and i.offset == diag.offset), None)
    full_path = _full_path(file, insns, steps, warn, diag.message)
    path_ids = {id(i) for i in full_path}
    svg = cfg_svg(file, disasm, blocks, edges, path_ids, id(warn) if warn is not None else None)
    rule = rule_for(diag.check, diag.message)
    obj = html.escape(file.reporter.objname)
    source = diag.extra.get("source")
    where = ""
    if source:
        where = f"{source['file']}:{source['line']}" + "".join(
            f", {c['function']}() inlined at {c['file']}:{c['line']}" for c in source["inlined"])
    rows = []
    names = file.arch.regs.names
    last_src = None
    for insn in insns:
        if locator is not None:
            loc = locator.locate(insn.sec, insn.offset)
            key = (loc["file"], loc["line"]) if loc else None
            if key is not None and key != last_src:
                text = sources.line(loc["file"], loc["line"])
                shown = f"{loc['file']}:{loc['line']}" + (f":  {text.strip()}" if text else "")
                rows.append(f'<tr class="src"><td></td><td colspan="3">{html.escape(shown)}</td></tr>')
            last_src = key
        cls = "warn" if insn is warn else "path" if id(insn) in path_ids or (insn.sec.name, insn.offset) \
            in path_keys else ""
        state = describe_cfi(insn.cfi, names) if insn.cfi is not None else "(not reached)"
        rows.append(f'<tr class="{cls}"><td>{html.escape(file.reporter.offstr(insn.sec, insn.offset))}</td>'
                    f'<td>{html.escape(_short(disasm, insn))}</td><td class="state">{html.escape(state)}</td></tr>')
    path_rows = "".join(
        f"<tr><td>{html.escape(s['location'])}</td><td>{html.escape(s['instruction'])}</td>"
        f"<td class='state'>{html.escape(s['state'])}</td><td>{html.escape(s['event'])}</td></tr>" for s in steps)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(diag.location.strip())}: {html.escape(diag.message)}</title>
<style>{STYLE}</style></head><body>
<p><a href="../index.html">all findings</a></p>
<h1>{html.escape(diag.location.strip())}: {html.escape(diag.message)}</h1>
<table class="meta"><tr><td>object</td><td>{obj}</td></tr>
<tr><td>function</td><td>{html.escape(func.name)}</td></tr>
<tr><td>rule</td><td>{html.escape(rule.id)}: {html.escape(rule.short)}</td></tr>
<tr><td>source</td><td>{html.escape(where) or "(no DWARF line information)"}</td></tr>
<tr><td>what to do</td><td>{html.escape(rule.help)}</td></tr></table>
<h2>Shortest path to the finding</h2>
<table>{path_rows or "<tr><td>(not a path-dependent finding)</td></tr>"}</table>
<h2>Control flow of {html.escape(func.name)}</h2>
{svg}
<h2>Disassembly</h2>
<table><tr><th>where</th><th>instruction</th><th>stack state at the instruction</th></tr>
{"".join(rows)}</table>
</body></html>
"""


def _full_path(file: ObjtoolFile, insns: list, steps: list[dict], warn, message: str) -> list:
    """Every instruction of the path to the warning (the steps keep only the interesting ones)."""
    from ..engine.explain import warning_path

    if not steps or warn is None:
        return []
    start = next((i for i in insns if i.sec.name == steps[0]["section"] and i.offset == steps[0]["offset"]), None)
    if start is None:
        return []
    return [step[0] for step in warning_path(file, start, warn, message)]


def write_object_report(directory: str, file: ObjtoolFile) -> list[dict]:
    """Write the pages of one object's findings; returns their index entries."""
    from ..dwarf.source import SourceLocator
    from .disasm import disassembler_for

    disasm = disassembler_for(file.elf)
    reporter = file.reporter
    elf = file.elf
    locator = SourceLocator(elf) if elf.find_section(".debug_line") is not None else None
    sources = SourceText()
    entries = []
    key = hashlib.sha1(reporter.objname.encode()).hexdigest()[:10]
    sub = os.path.join(directory, key)
    for n, diag in enumerate(reporter.records):
        if diag.severity != "warning" or diag.is_backtrace or diag.section is None or diag.symbol is None:
            continue
        sec = elf.find_section(diag.section)
        func = sec.symbols.func_containing(diag.offset) if sec is not None else None
        if func is None:
            continue
        func = func.pfunc or func
        os.makedirs(sub, exist_ok=True)
        name = f"finding-{n}.html"
        with open(os.path.join(sub, name), "w", encoding="utf-8") as fh:
            fh.write(finding_page(file, diag, func, locator, sources, disasm))
        entries.append({"object": reporter.objname, "function": func.name, "location": diag.location.strip(),
                        "message": diag.message, "page": f"{key}/{name}", "check": diag.check})
    return entries


def write_index(directory: str, entries: list[dict]) -> None:
    """DIR/index.html: findings per object and function."""
    os.makedirs(directory, exist_ok=True)
    rows = []
    by_object: dict[str, list[dict]] = {}
    for entry in entries:
        by_object.setdefault(entry["object"], []).append(entry)
    for obj in sorted(by_object):
        rows.append(f"<h2>{html.escape(obj)}</h2><table>")
        for entry in sorted(by_object[obj], key=lambda e: (e["function"], e["location"])):
            rows.append(f"<tr><td>{html.escape(entry['function'])}</td>"
                        f"<td><a href=\"{html.escape(entry['page'])}\">{html.escape(entry['location'])}</a></td>"
                        f"<td>{html.escape(entry['message'])}</td><td>{html.escape(entry['check'])}</td></tr>")
        rows.append("</table>")
    body = "".join(rows) or "<p>No findings.</p>"
    with open(os.path.join(directory, "index.html"), "w", encoding="utf-8") as fh:
        fh.write(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>pyobjtool findings</title><style>{STYLE}</style></head>
<body><h1>pyobjtool findings ({len(entries)})</h1>{body}</body></html>
""")
