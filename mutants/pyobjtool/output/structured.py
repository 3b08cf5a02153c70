# SPDX-License-Identifier: GPL-2.0-only
"""Diagnostics as JSON (one document for the run) or SARIF 2.1.0 (for code-scanning UIs)."""

from __future__ import annotations

import json

from .. import __version__


def _diag_dict(diag) -> dict:
    return {
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


def render_json(results) -> str:
    doc = {
        "tool": "pyobjtool",
        "version": __version__,
        "objects": [
            {"path": r.path, "status": r.status, "written": r.written, "seconds": round(r.seconds, 6),
             "diagnostics": [_diag_dict(d) for d in r.diagnostics],
             "errors": [line for line in r.stderr if line.startswith("pyobjtool: error:")]}
            for r in results
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def render_sarif(results) -> str:
    rules: dict[str, dict] = {}
    sarif_results = []
    for r in results:
        for d in r.diagnostics:
            if d.is_backtrace:
                continue
            rule_id = d.check
            rules.setdefault(rule_id, {"id": rule_id, "shortDescription": {"text": rule_id}})
            loc = {"physicalLocation": {"artifactLocation": {"uri": r.path}}}
            if d.section is not None:
                loc["logicalLocations"] = [{
                    "name": d.location.strip() or d.section,
                    "fullyQualifiedName": f"{d.section}+0x{d.offset:x}" if d.offset is not None else d.section,
                    "kind": "function" if d.symbol else "module",
                }]
            sarif_results.append({
                "ruleId": rule_id,
                "level": "error" if d.severity == "error" else "warning",
                "message": {"text": d.message},
                "locations": [loc],
            })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pyobjtool", "version": __version__,
                                "informationUri": "https://www.kernel.org/doc/html/latest/",
                                "rules": list(rules.values())}},
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, indent=2) + "\n"


def render_structured(results, fmt: str) -> str:
    return render_json(results) if fmt == "json" else render_sarif(results)
