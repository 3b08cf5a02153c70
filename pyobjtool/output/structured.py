# SPDX-License-Identifier: GPL-2.0-only
"""Diagnostics as JSON (one document for the run) or SARIF 2.1.0 (for code-scanning UIs).

Both carry what the text line cannot: the rule a finding belongs to, the
source location (from DWARF, when the object has it, with the inlined-from
chain), and for path-dependent findings the shortest path to it.  SARIF
results name the source file and line where DWARF gives them (the object
and the function otherwise), carry ``partialFingerprints`` that stay the
same across rebuilds, and the path as a code flow.
"""

from __future__ import annotations

import json

from .. import __version__
from .rules import fingerprint, rule_for


def _diag_dict(diag) -> dict:
    out = {
        "severity": diag.severity,
        "message": diag.message,
        "location": diag.location.strip() or None,
        "section": diag.section,
        "offset": diag.offset,
        "symbol": diag.symbol,
        "symbol_offset": diag.symbol_offset,
        "backtrace": diag.is_backtrace,
        "check": diag.check,
    }
    if diag.severity == "warning" and not diag.is_backtrace:
        out["rule"] = rule_for(diag.check, diag.message).id
    for key in ("source", "path"):
        if key in diag.extra:
            out[key] = diag.extra[key]
    return out


def render_json(results) -> str:
    doc = {
        "tool": "pyobjtool",
        "version": __version__,
        "objects": [
            {"path": r.path, "status": r.status, "written": r.written, "seconds": round(r.seconds, 6),
             "diagnostics": [_diag_dict(d) for d in r.diagnostics if d.check != "raw"],
             "errors": [line for line in r.stderr if line.startswith("pyobjtool: error:")]}
            for r in results
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def _physical(obj_path: str, diag=None, step: dict | None = None) -> dict:
    """A source file and line when DWARF gives them, else the object with the instruction's address."""
    source = (step or {}).get("source") if step is not None else (diag.extra.get("source") if diag else None)
    if source:
        return {"artifactLocation": _artifact(source["file"]), "region": {"startLine": max(1, source["line"])}}
    where = step if step is not None else {"location": diag.location.strip(), "offset": diag.offset}
    loc = {"artifactLocation": {"uri": obj_path}}
    if diag is not None and "file_offset" in diag.extra:
        loc["region"] = {"byteOffset": diag.extra["file_offset"]}
    if where.get("offset") is not None:
        loc["address"] = {"relativeAddress": where["offset"], "name": where.get("location") or None,
                          "kind": "instruction"}
        if loc["address"]["name"] is None:
            del loc["address"]["name"]
    return loc


def _artifact(path: str) -> dict:
    """A source file: absolute paths as file: URIs, relative ones against the source tree."""
    from urllib.parse import quote

    if path.startswith("/"):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "SRCROOT"}


def _logical(diag) -> list[dict]:
    if diag.section is None:
        return []
    if diag.symbol:
        return [{"name": diag.symbol, "fullyQualifiedName": diag.location.strip(), "kind": "function"}]
    return [{"name": diag.section, "fullyQualifiedName": diag.location.strip() or diag.section, "kind": "module"}]


def _code_flow(obj_path: str, steps: list[dict]) -> dict:
    locations = []
    for step in steps:
        text = f"{step['location']}: {step['instruction']} ({step['state']})"
        if step["event"]:
            text += f": {step['event']}"
        locations.append({"location": {"physicalLocation": _physical(obj_path, step=step),
                                       "message": {"text": text}}})
    return {"threadFlows": [{"locations": locations}]}


def render_sarif(results) -> str:
    rules: dict[str, dict] = {}
    sarif_results = []
    for r in results:
        for d in r.diagnostics:
            if d.is_backtrace or d.check in ("raw", "perror") or d.severity not in ("warning", "error"):
                continue
            rule = rule_for(d.check, d.message)
            rules.setdefault(rule.id, {
                "id": rule.id,
                "shortDescription": {"text": rule.short},
                "fullDescription": {"text": rule.full},
                "help": {"text": rule.help},
                "properties": {"tags": [d.check]},
            })
            location = {"physicalLocation": _physical(r.path, d)}
            logical = _logical(d)
            if logical:
                location["logicalLocations"] = logical
            result = {
                "ruleId": rule.id,
                "level": "error" if d.severity == "error" else "warning",
                "message": {"text": f"{d.location.strip()}: {d.message}" if d.location.strip() else d.message},
                "locations": [location],
                "partialFingerprints": {"pyobjtool/v1": fingerprint(rule.id, d.symbol, d.message)},
                "properties": {"object": r.path},
            }
            steps = d.extra.get("path")
            if steps:
                result["codeFlows"] = [_code_flow(r.path, steps)]
            sarif_results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pyobjtool", "version": __version__,
                                "informationUri": "https://www.kernel.org/doc/html/latest/",
                                "rules": list(rules.values())}},
            "originalUriBaseIds": {"SRCROOT": {"description": {"text": "the kernel source tree"}}},
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, indent=2) + "\n"


def render_structured(results, fmt: str) -> str:
    return render_json(results) if fmt == "json" else render_sarif(results)
