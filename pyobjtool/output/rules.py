# SPDX-License-Identifier: GPL-2.0-only
"""The kinds of findings, for structured outputs: an id, a one-line and a full
description, and help on what to do, per message template.

objtool prints free text; code-scanning tools want every result tied to a
rule.  A message is matched against the templates below (objtool's printf
formats, both releases); one that matches none gets a rule derived from its
text with the variable parts removed, so similar findings still group.
"""

from __future__ import annotations

import hashlib
import re

#: (rule id, printf template, short description, help)
_CATALOGUE: tuple[tuple[str, str, str, str], ...] = (
    ("stack/return-modified-frame", "return with modified stack frame",
     "A return with the stack not as it was at the function's entry",
     "Some path pushes (or subtracts from %rsp) without the matching pop before the return: the "
     "unwinder would find a wrong return address. Balance the stack on every path; --explain or "
     "--trace=FUNC shows the path."),
    ("stack/state-mismatch", "stack state mismatch: %s",
     "Two paths reach one instruction with different stack states",
     "One instruction can have only one ORC entry, so every path must arrive with the same stack "
     "layout. Look for a push or a frame setup that happens on one branch only."),
    ("stack/sibling-modified-frame", "sibling call from callable instruction with modified stack frame",
     "A tail call with the stack not as it was at entry",
     "A jump to another function leaves this function's pushes on the stack; the callee would return "
     "to the wrong place. Restore the stack before the tail call."),
    ("stack/undefined-state", "undefined stack state",
     "The stack pointer's relation to the frame is lost",
     "An instruction changed the stack pointer in a way objtool cannot follow (e.g. a move from an "
     "unknown register). Use an UNWIND_HINT or restructure the code."),
    ("stack/unsupported-modification", "unsupported stack register modification",
     "A change of the CFA register objtool cannot follow",
     "The register the frame is computed from was changed by an unsupported instruction."),
    ("stack/unsupported-realignment", "unsupported stack pointer realignment",
     "An 'and $imm,%rsp' outside the DRAP or frame-pointer patterns",
     "Stack realignment is supported only after a frame pointer or DRAP setup."),
    ("stack/call-without-frame", "call without frame pointer save/setup",
     "A call before the frame pointer is set up (frame-pointer builds)",
     "With CONFIG_FRAME_POINTER every function that calls must set up %rbp first; the frame-pointer "
     "unwinder skips the caller otherwise."),
    ("stack/bp-scratch", "BP used as a scratch register",
     "%rbp used for something else than the frame pointer",
     "In frame-pointer builds %rbp must always hold a frame pointer where a call or an interrupt can "
     "happen."),
    ("flow/falls-through", "%s() falls through to next function %s()",
     "A function runs off its end into the next one",
     "Usually a call to a function that never returns, missing from the noreturn list (or lacking "
     "__noreturn); or a missing return."),
    ("flow/unreachable", "unreachable instruction",
     "Code that no path reaches",
     "Often a sign that a call was taken for noreturn, or of dead code objtool cannot explain."),
    ("flow/missing-noreturn", "%s() is missing a __noreturn annotation",
     "Code after a call objtool treats as noreturn",
     "The callee is on objtool's noreturn list (or never returns), but the compiler emitted code "
     "after the call: annotate the function __noreturn."),
    ("flow/end-of-section", "%s: unexpected end of section",
     "A path runs off the end of a section",
     "A path reaches the section's end without a return or jump."),
    ("uaccess/call-with-uaccess", "call to %s() with UACCESS enabled",
     "A call between STAC and CLAC",
     "Only functions on objtool's UACCESS-safe list may run with user access enabled (SMAP)."),
    ("uaccess/return-with-uaccess", "return with UACCESS enabled",
     "A return between STAC and CLAC", "User access must be disabled again before returning."),
    ("uaccess/recursive-enable", "recursive UACCESS enable", "STAC while user access is enabled",
     "Two STACs on one path: a CLAC is missing."),
    ("uaccess/redundant-disable", "redundant UACCESS disable", "CLAC while user access is disabled",
     "A CLAC on a path without STAC."),
    ("df/call-with-df", "call to %s() with DF set", "A call with the direction flag set",
     "The ABI requires DF clear at calls: CLD before the call."),
    ("df/return-with-df", "return with DF set", "A return with the direction flag set",
     "The ABI requires DF clear at returns."),
    ("noinstr/call-leaves", "call to %s() leaves .noinstr.text section",
     "noinstr code calls instrumentable code",
     "Code in .noinstr.text must not call instrumentable functions outside instrumentation_begin()/"
     "instrumentation_end()."),
    ("mitigation/indirect-branch", "indirect %s found in RETPOLINE build",
     "An indirect jump or call in a retpoline build",
     "Indirect branches must go through the retpoline thunks (or be annotated retpoline-safe)."),
    ("mitigation/indirect-branch", "indirect %s found in MITIGATION_RETPOLINE build",
     "An indirect jump or call in a retpoline build",
     "Indirect branches must go through the retpoline thunks (or be annotated retpoline-safe)."),
    ("mitigation/naked-return", "'naked' return found in RETHUNK build",
     "A plain return in a return-thunk build", "Returns must go through __x86_return_thunk."),
    ("mitigation/naked-return", "'naked' return found in MITIGATION_RETHUNK build",
     "A plain return in a return-thunk build", "Returns must go through __x86_return_thunk."),
    ("mitigation/missing-int3", "missing int3 after %s",
     "No INT3 after a return or indirect jump (SLS)",
     "Straight-line-speculation mitigation needs an INT3 after every RET and indirect JMP."),
    ("ibt/reloc-to-non-endbr", "relocation to !ENDBR: %s",
     "An address taken of code that does not start with ENDBR",
     "With IBT an indirect branch may only land on ENDBR: add it (or ANNOTATE_NOENDBR)."),
    ("ibt/data-reloc-to-non-endbr", "data relocation to !ENDBR: %s",
     "A data pointer to code that does not start with ENDBR",
     "With IBT an indirect branch may only land on ENDBR: add it (or ANNOTATE_NOENDBR)."),
    ("alternatives/layout-conflict", "stack layout conflict in alternatives",
     "Alternatives disagree on the stack layout",
     "Every variant of an alternative must leave the stack the same way at every byte offset, so "
     "that one ORC table covers them all."),
    ("alternatives/layout-conflict", "stack layout conflict in alternatives: %s",
     "Alternatives disagree on the stack layout",
     "Every variant of an alternative must leave the stack the same way at every byte offset, so "
     "that one ORC table covers them all."),
    ("decode/cant-decode", "can't decode instruction at %s:0x%lx",
     "Bytes in a code section that are not an instruction",
     "Data in a text section, or an instruction the kernel's decoder does not know."),
)

_PLACEHOLDER = re.compile(r"%(?:l{0,2}[dxus]|s|lx|ld|d)")


def _pattern(template: str) -> re.Pattern:
    parts = _PLACEHOLDER.split(template)
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$")


_COMPILED = tuple((rule_id, _pattern(tpl), short, help_text) for rule_id, tpl, short, help_text in _CATALOGUE)


class Rule:
    __slots__ = ("id", "short", "full", "help")

    def __init__(self, rule_id: str, short: str, full: str, help_text: str) -> None:
        self.id = rule_id
        self.short = short
        self.full = full
        self.help = help_text


def normalize(message: str) -> str:
    """The message with its variable parts (numbers, offsets, names in () or '') blanked."""
    text = re.sub(r"0x[0-9a-fA-F]+|\b\d+\b", "N", message)
    text = re.sub(r"'[^']*'", "'...'", text)
    return re.sub(r"\b[\w.$]+\(\)", "FUNC()", text)


def rule_for(check: str, message: str) -> Rule:
    """The rule a message belongs to."""
    if check == "objtool":
        for rule_id, pattern, short, help_text in _COMPILED:
            if pattern.match(message):
                return Rule(f"objtool/{rule_id}", short, f"objtool: {short.lower()}.", help_text)
        generic = normalize(message)
        slug = re.sub(r"[^a-z0-9]+", "-", generic.lower()).strip("-")[:60]
        return Rule(f"objtool/{slug}", generic, f"objtool warning: {generic}",
                    "See tools/objtool/Documentation/objtool.txt in the kernel tree.")
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(message).lower()).strip("-")[:60]
    return Rule(f"{check}/{slug}" if slug else check, normalize(message),
                f"pyobjtool {check} check: {normalize(message)}",
                f"See docs/ of pyobjtool for the '{check}' check.")


def fingerprint(rule_id: str, symbol: str | None, message: str) -> str:
    """Stable across rebuilds: no offsets or addresses, only the rule, the function and the message's shape."""
    key = f"{rule_id}\0{symbol or ''}\0{normalize(message)}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]
