"""``telusur synonyms``: the synonym files, the lines skipped, and the expansions in use."""
from __future__ import annotations

import argparse

from telusur.cli.errors import Exit
from telusur.cli.output import print_json, shown
from telusur.index import Library


def add_synonyms(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("synonyms", help="show the synonym files, their problems and the expansions in use")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(run=cmd_synonyms)


def cmd_synonyms(library: Library, args: argparse.Namespace) -> int:
    """Exit 1 when the user file has lines that were skipped, so a script notices."""
    from telusur.analysis.synonyms import MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_RULE_ENTRIES
    from telusur.searcher.expand import MAX_EXPANSION_CHARS, MAX_FORMS
    from telusur.searcher.lookups import synonym_sources

    sources = synonym_sources(library.synonyms_file)
    rules = {" ".join(key): [e.phrase for e in found] for key, found in sources.active.rules.items()}
    user_rules = {" ".join(key): [e.phrase for e in found] for key, found in sources.user.rules.items()}
    library.open()
    learnt = library.acronym_table().expansions()
    acronyms = {d.acronym: d.chosen.long for d in learnt.decisions.values() if d.chosen is not None}
    if args.json:
        print_json({
            "user_file": str(sources.user_file),
            "user_file_exists": sources.user_file.exists(),
            "errors": [{"line": e.line, "message": e.message} for e in sources.errors],
            "user_rules": user_rules,
            "active": rules,
            "acronyms": acronyms,
        })
    else:
        state = "" if sources.user_file.exists() else " (not there yet; create it to add your own)"
        print(f"user synonym file: {sources.user_file}{state}")
        print("  format: 'rusuh, ricuh' (each finds the others) or 'narkoba => sabu, ganja' (one way); # comments")
        print(f"  bounds: {MAX_RULE_ENTRIES} entries a rule, {MAX_LINE_CHARS} characters a line, "
              f"{MAX_FILE_BYTES // 1024} KB a file; a search adds at most {MAX_FORMS} forms a word "
              f"and {MAX_EXPANSION_CHARS} characters in all (never dropping a word typed)")
        for error in sources.errors:  # a bad line, or one cut to the bounds (see analysis/synonyms.py)
            print(shown(f"  line {error}" if error.line else f"  {error}"))
        print(f"{len(user_rules)} rules from your file, {len(rules)} active with the shipped list:")
        for key, forms in sorted(rules.items()):
            print(f"  {key} -> {', '.join(forms)}")
        print(f"{len(acronyms)} acronyms learnt from the archive expand:")
        for short, long in sorted(acronyms.items(), key=lambda kv: kv[0].lower()):
            print(f"  {short} <-> {long}")
    return Exit.ERROR if sources.errors else Exit.OK
