#!/usr/bin/env python3
"""Derives plain-text copies of development interviews, as a reader gets them by copying a rendered page (see
SOURCE.md beside this script).

What a copy keeps: the title on the first line, a "By …" line and a date line when the front matter names them,
then the article's paragraphs as plain text, one per line, blank lines between them. What it loses: every kind of
markup (headings, bold, italics, links, images, HTML, template tags, rules, list markers) and the turn labels
("Q:", "KO:", "**Ben**:", "<strong>Julien:</strong>", "### Q: …"), so questions and answers simply alternate, as in
the magazine interviews the importer must read. The interview's words are otherwise unchanged.
Run from the repository root: python3 evaluation/messy-text/derive.py  (rewrites evaluation/messy-text/corpus).
"""
import html
import json
import pathlib
import re

import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from front_matter import authors, front_matter, joined  # noqa: E402

ROOT = pathlib.Path("evaluation")
OUT = ROOT / "messy-text" / "corpus"

# development documents of the main corpus with turn labels or marked-up questions, of five sources
ORIGINALS = [
    "gum-wikinews/cocktail.md",
    "gum-wikinews/messina.md",
    "godot-showcase/godot-showcase-dogwalk.md",
    "godot-showcase/godot-showcase-cassette-beasts.md",
    "godot-showcase/godot-showcase-usagi-shima.md",
    "scikit-learn-blog/2024-07-18-yao-interview.md",
    "scikit-learn-blog/2022-05-04-lucy-interview.md",
    "ropensci-blog/2018-06-08-rprofile-julia-silge.md",
    "ropensci-blog/2017-06-30-postdoc-dan-sholler.md",
    "kubernetes-contributor-blog/k8s-steering-spotlight.md",
    "kubernetes-contributor-blog/sig-node-spotlight.md",
]

DERIVATION = ("copied as plain text from the rendered page: title line, 'By …' and date lines from the front matter, "
              "markup, images, template tags and turn labels removed, one paragraph per line; words unchanged")

DROPPED_LINE = re.compile(
    r"^\s*(?:\{\{[<%].*|\{%.*|!\[.*\]\(.*\)\s*|\[[^\]]+\]:\s*\S+.*|([-*_])(?:\s*\1){2,}\s*|<(?:img|iframe|div|/div|br|hr|"
    r"figure|/figure|video|/video|source|span|/span|p|/p|center|/center)\b[^>]*>\s*|```.*|~~~.*)$")
HTML_BLOCK = re.compile(r"<(style|script)\b.*?</\1>|<!--.*?-->", re.S | re.I)
# a turn label opening a paragraph, in the forms the originals use
LABEL = re.compile(
    r"^(?:<strong[^>]*>[^<]{1,40}:\s*</strong>:?\s*"
    r"|\*\*[^*:\n]{1,40}\*\*\s*:\s*"
    r"|\*\*[^*:\n]{1,40}:\s*\*\*\s*"
    r"|(?:Q|A|[A-Z]{2,3})[:.]\s+)")
NAME_LABEL = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}:\s+")
HEADING = re.compile(r"^#{1,6}\s+")
LIST_MARKER = re.compile(r"^\s*(?:[-+*]|\d{1,3}[.)])\s+")


def unlabelled(paragraph):
    """The paragraph without the turn label it opens with (also inside a bold question: "**Sandipan: Can …**")."""
    paragraph = re.sub(r"^(?:>\s?)+", "", paragraph)
    inside_bold = NAME_LABEL.match(paragraph, 2) if paragraph.startswith("**") else None
    if inside_bold and not paragraph.startswith("**", inside_bold.end()):
        return "**" + paragraph[inside_bold.end():]
    return LABEL.sub("", paragraph, count=1)


def plain(paragraph):
    """The paragraph's words without inline markup."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", paragraph)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = text.replace("\\", "").replace("`", "")
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def paragraphs(body):
    """The body's paragraphs: blank lines and turn labels start one, list items too; wrapped lines are joined."""
    body = HTML_BLOCK.sub("\n", body)
    found, current = [], []
    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped or DROPPED_LINE.match(stripped):
            if current:
                found.append(" ".join(current))
            current = []
            continue
        stripped = LIST_MARKER.sub("", HEADING.sub("", stripped))
        if current and (LABEL.match(stripped) or LIST_MARKER.match(line) or HEADING.match(line.strip())):
            found.append(" ".join(current))
            current = []
        current.append(stripped)
    if current:
        found.append(" ".join(current))
    return [p for p in (plain(unlabelled(p)) for p in found) if p]


def copy(text, gold):
    meta, body = front_matter(text)
    title = meta.get("title")
    lines = []
    if title:
        lines.append(str(title))
    names = authors(meta)
    if names:
        lines.append("By " + joined(names))
    if meta.get("date"):
        lines.append(str(meta["date"]))
    lines += paragraphs(body)
    return "\n\n".join(lines) + "\n"


def main():
    for original in ORIGINALS:
        text = (ROOT / "corpus" / original).read_text(encoding="utf-8")
        gold = json.loads((ROOT / "corpus" / re.sub(r"\.md$", ".gold.json", original)).read_text())
        name = re.sub(r"\.md$", "-copied.txt", original)
        target = OUT / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(copy(text, gold), encoding="utf-8")
        derived = {k: gold.get(k) for k in ["document", "source", "derivedFrom", "derivation", "format", "layout",
                                            "headline", "interviewees", "interviewers", "publication", "exchanges"]}
        derived.update(document=name, derivedFrom=original, derivation=DERIVATION, format="text",
                       layout="unlabelled",
                       notes="Gold of the original; quotes and entities left out. Several people answering one "
                             "question now give consecutive unlabelled paragraphs of one answer.")
        (OUT / re.sub(r"\.txt$", ".gold.json", name)).write_text(
            json.dumps(derived, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
