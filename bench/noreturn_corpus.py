#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The noreturn check on a recorded kernel corpus: where objtool's hand-kept list and the inference disagree.

Runs ``pyobjtool --extra-checks=noreturn`` with the objtool arguments kbuild
used (``calls.jsonl``) on a copy of every ``*.pre.o`` of a corpus folder, as
one batch with the call-site evidence of all objects pooled (the batch store
of ``pyobjtool.analyses.noreturn_evidence``), and prints:

* every finding of the check (mismatch with objtool's list, conflicting
  evidence), once, sorted;
* every external callee the evidence says never returns, with its votes and
  whether objtool's list has it;
* every name of objtool's list: how the corpus calls it (votes) and, where an
  object defines it, what the inference says about its body;
* how many written objects differ from objtool's (``*.post.o``): where the
  inferred noreturn functions changed the engine's result.

    python bench/noreturn_corpus.py ../corpus/x86-6.1 --profile 6.1 [-j 2] [--json out.json]
    python bench/noreturn_corpus.py ../corpus/x86-6.12 --profile 6.12 [-j 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conformance import corpus_key, load_calls  # noqa: E402

from pyobjtool.analyses import noreturn_evidence  # noqa: E402


def _run(job):
    from pyobjtool.runner import run_object

    result = run_object(job[0], job[1], more_follow=True)
    return result.path, result.status, result.stderr


def _defined(path: str) -> list[tuple[str, int]]:
    """(name, binding) of the functions *path* defines."""
    from pyobjtool.elf.constants import STT_FUNC
    from pyobjtool.elf.file import ElfFile

    with open(path, "rb") as fh:
        elf = ElfFile(fh.read(), path)
    return [(s.name, s.bind) for s in elf.symbols if s.type == STT_FUNC and s.sec.idx]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="folder of NAME.pre.o objects")
    ap.add_argument("--profile", default="6.1", choices=("6.1", "6.12"))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", help="write the findings and the evidence table here")
    args = ap.parse_args(argv)

    from pyobjtool.cli import OptionTable, parse_args
    from pyobjtool.profiles import select

    profile = select(args.profile)
    corpus = Path(args.corpus)
    calls = [c for c in load_calls(corpus) if (corpus / (corpus_key(c) + ".pre.o")).exists()]
    table = OptionTable(args.profile)
    root = Path(tempfile.mkdtemp(prefix="noreturn_corpus."))
    jobs = []
    post = {}
    for call in calls:
        dest = root / call["args"][-1]
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / (corpus_key(call) + ".pre.o"), dest)
        parsed = parse_args(["--extra-checks=noreturn", *call["args"]], table=table)
        parsed.opts.profile = args.profile
        jobs.append((call["args"][-1], parsed.opts))
        post[call["args"][-1]] = corpus / (corpus_key(call) + ".post.o")
    objects = [str(corpus / (corpus_key(c) + ".pre.o")) for c in calls]
    old_cwd = os.getcwd()
    os.chdir(root)
    try:
        start = time.perf_counter()
        store = noreturn_evidence.prepare_batch(jobs, args.jobs)
        collected = time.perf_counter() - start
        if args.jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
                results = pool.map(_run, jobs, chunksize=4)
        else:
            results = [_run(job) for job in jobs]
        total = time.perf_counter() - start
        changed = [path for path, _opts in jobs
                   if post[path].exists() and (root / path).read_bytes() != post[path].read_bytes()]
    finally:
        os.chdir(old_cwd)
        shutil.rmtree(root, ignore_errors=True)

    findings = []
    errors = []
    for path, status, stderr in results:
        for line in stderr:
            if "noreturn" in line:
                findings.append(line)
            else:
                errors.append(line)
        if status:
            errors.append(f"{path}: exit status {status}")
    print(f"{len(jobs)} objects of {args.corpus} as objtool {args.profile}, kbuild's arguments: evidence "
          f"{collected:.1f} s, in all {total:.1f} s")
    print(f"written objects that differ from objtool's post.o: {len(changed)}" +
          (f" ({', '.join(changed[:10])})" if changed else ""))
    print(f"\n== {len(findings)} findings of --extra-checks=noreturn ==")
    for line in findings:
        print(line)
    if errors:
        print(f"\n== {len(errors)} other lines ==")
        for line in errors[:20]:
            print(line)

    evidence = store.total if store is not None else {}
    listed = profile.global_noreturns
    defined: dict[str, list[str]] = {}
    for path in objects:
        for name, _bind in _defined(path):
            defined.setdefault(name, []).append(Path(path).name)

    def row(name: str, ev) -> dict:
        return {"name": name, "ends": ev.ends if ev else 0, "returns": ev.returns if ev else 0,
                "objects": len(ev.end_objects) if ev else 0, "listed": name in listed,
                "verdict": ("conflict" if ev and ev.conflict else "noreturn" if ev and ev.noreturn
                            else "returns" if ev and ev.returns else "no evidence"),
                "end_site": list(ev.end_site) if ev and ev.end_site else None,
                "return_site": list(ev.return_site) if ev and ev.return_site else None,
                "defined_in": defined.get(name, [])[:3]}

    inferred = [row(n, ev) for n, ev in sorted(evidence.items()) if ev.ends]
    print(f"\n== external callees with 'ends' votes ({len(inferred)}) ==")
    print(f"{'name':<44} {'ends':>5} {'returns':>7} {'objs':>5} {'listed':>6}  verdict")
    for r in inferred:
        print(f"{r['name']:<44} {r['ends']:>5} {r['returns']:>7} {r['objects']:>5} {'yes' if r['listed'] else '':>6}  "
              f"{r['verdict']}")
        for key in ("end_site", "return_site"):
            if r[key]:
                print(f"{'':<8}{key}: {r[key][0]}: {r[key][1]}: {r[key][2]}")
    names = [row(n, evidence.get(n)) for n in sorted(listed)]
    print(f"\n== objtool {args.profile}'s list ({len(names)} names) against the corpus ==")
    for r in names:
        where = f"defined in {', '.join(r['defined_in'])}" if r["defined_in"] else "not defined in the corpus"
        print(f"{r['name']:<44} ends {r['ends']:>4}, returns {r['returns']:>4}: {r['verdict']:<11} {where}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"findings": findings, "inferred": inferred, "listed": names, "changed": changed}, fh,
                      indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
