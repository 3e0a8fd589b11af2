#!/usr/bin/env python3
"""Derives core's word-ranks.tsv from openly licensed texts of the evaluation corpus's dev part.

Run from the repository root: python3 core/wordlist/derive_word_ranks.py
The sources (see WORD-RANKS.md beside the output) are read whole; al-majalla and kubernetes-contributor-blog are
left out on purpose, so that the reading-level tests measure texts whose words did not shape the list, and the
held-out (test) part of the corpus is never read.
"""
import collections, html, pathlib, re

SOURCES = ["gum-wikinews", "wh-briefings-2021", "wh-briefings-2022", "scikit-learn-blog"]
OUT = pathlib.Path("core/src/main/resources/dev/colloquy/core/excerpt/word-ranks.tsv")
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
SENTENCE_START = re.compile(r"(?:^|[.!?:\"\u201C]\s+|\n\s*)$")
MIN_DOCUMENTS = 2   # a word of one document only is that document's topic, not common English
KEEP = 8000         # ranks past this rest on two or three occurrences each: too noisy to tell apart


def text_of(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(script|style).*?</\1>", " ", raw)))
    return raw


counts, documents, capitalised = collections.Counter(), collections.defaultdict(set), collections.Counter()
for source in SOURCES:
    for path in sorted((pathlib.Path("evaluation/corpus") / source).iterdir()):
        if path.suffix not in (".txt", ".md", ".html") or path.name == "SOURCE.md":
            continue
        text = text_of(path)
        for match in WORD.finditer(text):
            word = match.group().replace("\u2019", "'")
            lower = word.lower()
            if lower.endswith("'s"):
                lower = lower[:-2]
            counts[lower] += 1
            documents[lower].add(path.name)
            # A word written with a capital inside a sentence is a name (Biden, NATO) most of the time.
            if word[0].isupper() and not SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
                capitalised[lower] += 1

ranked = [w for w, n in counts.most_common()
          if len(documents[w]) >= MIN_DOCUMENTS and capitalised[w] * 2 < n and w != "i" or w == "i"]
ranked = sorted(ranked, key=lambda w: (-counts[w], w))[:KEEP]
OUT.parent.mkdir(parents=True, exist_ok=True)
with OUT.open("w", encoding="utf-8") as out:
    out.write("# word\toccurrences — rank is the line number among non-comment lines; see WORD-RANKS.md\n")
    for word in ranked:
        out.write(f"{word}\t{counts[word]}\n")
print(f"{len(ranked)} words from {sum(counts.values())} tokens")
