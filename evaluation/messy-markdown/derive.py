#!/usr/bin/env python3
"""Derives re-published Markdown variants of development interviews (see SOURCE.md beside this script).

The interview's own paragraphs are kept word for word; what changes is the wrapping that copies of an article get
when another site or a mailing list republishes it:
  republished  no front matter: the title as a Setext heading (a === line under it), a Markdown comment and an HTML
               comment above it, a "By … | date" byline; inline links turned into reference links with their
               definitions at the end; a footer after a rule: where it came from ("via: URL"), the author's credit
               as a reference link, the licence line
  furnished    the original front matter kept; added around the interview: a lead image with an italic caption, a
               pull quote (a block quote repeating a sentence of a later answer) after the first answer, a
               "Related:" line, and at the end a rule, a "Tags:" line, share links and an about-the-author box
Run from the repository root: python3 evaluation/messy-markdown/derive.py  (rewrites evaluation/messy-markdown/corpus).
"""
import json
import pathlib
import re

import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from front_matter import FRONT_MATTER, authors, front_matter, joined  # noqa: E402

ROOT = pathlib.Path("evaluation")
OUT = ROOT / "messy-markdown" / "corpus"

# development documents of the main corpus, each with the styles derived from it
ORIGINALS = [
    ("ropensci-blog/2017-06-30-postdoc-dan-sholler.md", ["republished", "furnished"]),
    ("ropensci-blog/2017-12-08-rprofile-jenny-bryan.md", ["republished"]),
    ("scikit-learn-blog/2022-01-22-chiara-interview.md", ["republished", "furnished"]),
    ("godot-showcase/godot-showcase-cassette-beasts.md", ["republished", "furnished"]),
    ("kubernetes-contributor-blog/sig-node-spotlight.md", ["republished", "furnished"]),
    ("gum-wikinews/ants.md", ["republished"]),
    ("wh-briefings-2021/2021-01-20-press-briefing-by-press-secretary-jen-psaki-january-20-2021.md", ["republished"]),
]

DERIVATION = {
    "republished": "front matter replaced by a Markdown comment, an HTML comment, a Setext title and a 'By … | date' "
                   "byline; inline links turned into numbered reference links defined at the end; a footer after a "
                   "rule with 'via: URL', the author's credit and a licence line; interview paragraphs unchanged",
    "furnished": "front matter kept; a lead image with an italic caption, a block-quote pull quote repeating a sentence "
                 "of a later answer, a 'Related:' line, and a closing rule with tags, share links and an "
                 "about-the-author box added; interview paragraphs unchanged",
}

INLINE_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
ATX_TITLE = re.compile(r"\A#\s+(.+)\n")


def reference_links(body):
    """Inline links as numbered reference links, and the definitions to put at the end."""
    targets = []

    def number(match):
        if match.group(2) not in targets:
            targets.append(match.group(2))
        return f"[{match.group(1)}][{targets.index(match.group(2)) + 1}]"

    body = INLINE_LINK.sub(number, body)
    return body, "\n".join(f"[{i}]: {url}" for i, url in enumerate(targets, 1))


def republished(text, gold):
    meta, body = front_matter(text)
    title = meta.get("title") or gold["headline"]
    atx = ATX_TITLE.match(body.lstrip("\n"))
    if atx:
        body = body.lstrip("\n")[atx.end():]
    names = authors(meta)
    date = meta.get("date", "")
    byline = f"By {joined(names)} | {date}" if names else f"{date}"
    body, definitions = reference_links(body)
    url = gold["source"].get("url") or meta.get("source_url") or ""
    credit = f"Author: [{names[0]}][a]\n\n" if names else ""
    author_link = "[a]: https://example.org/authors/1\n" if names else ""
    return (f"[//]: # (Copy made for a newsletter archive; the original front matter is left out.)\n"
            f"<!-- archived copy -->\n\n"
            f"{title}\n{'=' * len(str(title))}\n\n"
            f"{byline}\n\n"
            f"{body.strip()}\n\n"
            f"--------------------------------------------------------------------------------\n\n"
            f"via: {url}\n\n"
            f"{credit}"
            f"This copy is shared under the original's licence, with changes to its layout.\n\n"
            f"{definitions}\n{author_link}")


def sentence_of_a_later_answer(body, gold):
    """The first sentence of the answer to the last exchange, as a pull quote would repeat it."""
    answer = gold["exchanges"][-1]["answer"]
    start = body.index(answer)
    paragraph_end = re.compile(r"\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s").search(body, start)
    limit = paragraph_end.start() if paragraph_end else len(body)
    end = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?](?=\s)").search(body, start, limit)
    return body[start:end.end() if end else limit].replace("\n", " ")


def end_of_paragraph(body, start):
    blank = body.find("\n\n", start)
    return len(body) if blank < 0 else blank


def furnished(text, gold):
    match = FRONT_MATTER.match(text)
    head, body = (text[:match.end()], text[match.end():]) if match else ("", text)
    first_answer = body.index(gold["exchanges"][0]["answer"])
    cut = end_of_paragraph(body, first_answer)
    pull = sentence_of_a_later_answer(body, gold)
    body = (body[:cut] + f"\n\n> \u201c{pull}\u201d\n\n**Related:** [More conversations from our community]"
            f"(https://example.org/tag/interviews)" + body[cut:])
    lead_end = end_of_paragraph(body, len(body) - len(body.lstrip("\n")))
    body = (body[:lead_end] + "\n\n![A photograph taken for this article](/images/lead.jpg)\n"
            "*The photograph was taken for this article.*" + body[lead_end:])
    return (head + body.rstrip() + "\n\n---\n\n*Tags:* interviews, community\n\n"
            "Share this: [Mastodon](https://example.org/share/mastodon) · [Email](mailto:?subject=interview)\n\n"
            "> **About the author.** The author writes the community interviews of this site.\n")


# where a variant's wrapping makes a fact evident that the original left open: (changed fields, reason)
GOLD_CHANGES = {}

STYLES = {"republished": republished, "furnished": furnished}
KEPT = ["document", "source", "derivedFrom", "derivation", "format", "layout", "headline", "interviewees",
        "interviewers", "publication", "exchanges"]


def main():
    for original, styles in ORIGINALS:
        text = (ROOT / "corpus" / original).read_text(encoding="utf-8")
        gold = json.loads((ROOT / "corpus" / re.sub(r"\.md$", ".gold.json", original)).read_text())
        for style in styles:
            name = re.sub(r"\.md$", f"-{style}.md", original)
            target = OUT / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(STYLES[style](text, gold), encoding="utf-8")
            derived = {k: gold.get(k) for k in KEPT}
            derived["document"] = name
            derived["derivedFrom"] = original
            derived["derivation"] = DERIVATION[style]
            derived["notes"] = "Gold of the original; quotes and entities left out (the variant adds text of its own)."
            change = GOLD_CHANGES.get((original, style))
            if change:
                derived.update(change[0])
                derived["notes"] += " " + change[1]
            (OUT / re.sub(r"\.md$", ".gold.json", name)).write_text(
                json.dumps(derived, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
