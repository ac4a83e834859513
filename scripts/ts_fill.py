#!/usr/bin/env python3
"""Fills the unfinished messages of translations/twinning_*.ts.

  scripts/ts_fill.py todo              prints every unfinished message as a TSV row
                                        (context, source, uk, de, en) with empty
                                        translations, for a translator to fill in
  scripts/ts_fill.py table FILE.tsv    takes such a table back: each non-empty cell
                                        becomes the translation in that language
  scripts/ts_fill.py from REV          copies translations of identical messages
                                        (context, source, comment) from the .ts files
                                        of git revision REV (used after a merge)

Plural forms (messages with %n) are written in one cell, separated by " || ";
Ukrainian has three forms (one, few, many), English and German two.
Run lupdate first (the update_translations target, or
  lupdate -no-obsolete -locations none app ui -ts translations/*.ts).
"""
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("uk", "de", "en")
SEP = " || "


def ts_path(lang):
    return ROOT / "translations" / f"twinning_{lang}.ts"


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context.findtext("name"), message.findtext("source"), comment)


def messages(tree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context, message


def is_unfinished(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in tr.iter("numerusform"))
    return not (tr.text or "").strip()


def set_translation(message, text):
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = text.split(SEP) if isinstance(text, str) else text
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text
    if "type" in tr.attrib:
        del tr.attrib["type"]


def get_translation(message):
    tr = message.find("translation")
    if tr is None:
        return None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return tr.text


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def todo():
    rows = {}
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        for context, message in messages(tree):
            if is_unfinished(message):
                rows.setdefault(key(context, message), None)
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["context", "source", "uk", "de", "en"])
    for (ctx, source, _comment) in rows:
        out.writerow([ctx, source, "", "", ""])


def table(path):
    wanted = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            wanted[(row["context"], row["source"])] = row
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        filled = 0
        for context, message in messages(tree):
            ctx, source, _ = key(context, message)
            row = wanted.get((ctx, source))
            if row and (row.get(lang) or "").strip():
                set_translation(message, row[lang])
                filled += 1
        write(tree, ts_path(lang))
        print(f"{lang}: {filled} filled")


def from_revision(rev):
    for lang in LANGS:
        rel = ts_path(lang).relative_to(ROOT)
        old = subprocess.run(["git", "show", f"{rev}:{rel}"], cwd=ROOT, check=True,
                             capture_output=True).stdout
        known = {}
        for context, message in messages(ET.ElementTree(ET.fromstring(old))):
            if not is_unfinished(message):
                known[key(context, message)] = get_translation(message)
        tree = ET.parse(ts_path(lang))
        filled = 0
        for context, message in messages(tree):
            k = key(context, message)
            if is_unfinished(message) and k in known:
                set_translation(message, known[k])
                filled += 1
        write(tree, ts_path(lang))
        print(f"{lang}: {filled} filled from {rev}")


def main(argv):
    if len(argv) == 2 and argv[1] == "todo":
        todo()
    elif len(argv) == 3 and argv[1] == "table":
        table(argv[2])
    elif len(argv) == 3 and argv[1] == "from":
        from_revision(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
