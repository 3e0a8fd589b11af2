#!/usr/bin/env python3
"""Converts GUM's entity annotations into OpenNLP name-finder training files.

Usage: convert_gum.py GUM_GIT_DIR OUT_DIR

Reads dep/GUM_*.conllu at HEAD of a bare clone of amir-zeldes/gum (reddit documents skipped: their text is
not in the repository), keeps named entities only (a mention whose syntactic head is a proper noun), trims
each to its proper-noun core, maps GUM's entity types to Colloquy's, and re-tokenises every sentence the way
Colloquy's recogniser tokenises text at run time (NameTokens: runs of letters and digits, every other
non-space character alone), so that training and use see the same tokens.

Writes gum-train.txt and gum-test.txt (GUM's own test split, held out), one sentence a line, a blank line
between documents, and gum-documents.tsv (document, genre, part, source URL).
"""
import os
import re
import subprocess
import sys

TYPES = {
    "person": "person",
    "organization": "organization",
    "place": "location",
    "event": "event",
    "object": "product",
    "work": "product",
}
# Lower-case words that may sit inside a name between proper nouns ("Bank of England", "Leonardo da Vinci").
CONNECTORS = {"-", "of", "de", "the", "and", "&", "for", "von", "van", "der", "den", "du", "da", "del", "la", "le", "on"}
WORK = re.compile(r"%28[^%]*(film|series|software|game|novel|book|album|song|magazine|newspaper|website|programme|program)")
TOKEN = re.compile(r"[^\W_]+|\S")


def git(gum, *args):
    return subprocess.run(["git", "--git-dir", gum, *args], check=True, capture_output=True, text=True).stdout


def test_documents(gum):
    test, section = set(), None
    for line in git(gum, "show", "HEAD:splits.md").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif section == "test" and line.strip().startswith("* "):
            test.add(line.strip()[2:].strip())
    return test


def sentences(conllu):
    sentence = []
    for line in conllu.splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sentence.append(cols)
    if sentence:
        yield sentence


def entity_type(fields):
    """GUM's type; an abstract entity whose Wikipedia title says it is a work ("…_(1995_film)") is a product.

    Other abstract entities (languages, fields, laws, ideas, and mentions tied to a person's name) are left out.
    """
    identity = fields[7] if len(fields) > 7 else ""
    if fields[1] == "abstract" and WORK.search(identity):
        return "work"
    return fields[1]


def mentions(sentence):
    """(first, last, etype) token indexes of every entity mention that opens and closes in this sentence."""
    opened, found = {}, []
    for i, cols in enumerate(sentence):
        misc = cols[9]
        entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), None)
        if not entity:
            continue
        for m in re.finditer(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)", entity):
            if m.group(1):
                fields = m.group(1).split("-", 7)
                found.append((i, i, entity_type(fields)))
            elif m.group(2):
                fields = m.group(2).split("-", 7)
                opened.setdefault(fields[0], []).append((i, entity_type(fields)))
            else:
                stack = opened.get(m.group(3))
                if stack:
                    start, etype = stack.pop()
                    found.append((start, i, etype))
    return found


def is_proper(cols):
    return cols[3] == "PROPN"


def is_capitalised(cols, upos):
    """A capitalised word of another class that belongs to the name ("United Kingdom", "World War II")."""
    return cols[3] in upos and (cols[1][0].isupper() or cols[1].isdigit())


def word_list(path):
    """A Colloquy word list (importer/src/main/resources/…): one entry a line, '#' comments."""
    with open(os.path.join(RESOURCES, path), encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip() and not line.startswith("#")}


RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "resources")
# Titles before a person's name ("President", "Mr.") are no part of the name, as in Colloquy's mentions.
TITLES = word_list("text/title-words.txt") | word_list("entity/abbreviated-titles.txt")


def named_core(sentence, first, last, etype):
    """The proper-noun core around the mention's head, or None when the head is no proper noun."""
    ids = {int(sentence[k][0]) for k in range(first, last + 1)}
    heads = [k for k in range(first, last + 1) if int(sentence[k][6]) not in ids]
    if not heads or not is_proper(sentence[heads[0]]):
        return None
    head = heads[0]
    # GUM marks groups of people as persons ("Americans", "the Smiths"); Colloquy names individuals only.
    if "Number=Plur" in sentence[head][5] and etype == "person":
        return None
    start = head
    while start > first and (
            is_proper(sentence[start - 1]) or is_capitalised(sentence[start - 1], {"ADJ", "VERB", "NUM"})):
        start -= 1
    end = head
    while end < last:
        if is_proper(sentence[end + 1]) or is_capitalised(sentence[end + 1], {"ADJ", "NOUN", "NUM"}):
            end += 1
        elif (sentence[end + 1][1].lower() in CONNECTORS and end + 2 <= last and is_proper(sentence[end + 2])):
            end += 2
        else:
            break
    if etype == "person":
        while start < end and (sentence[start][1].lower() in TITLES or sentence[start][1] == "."):
            start += 1
        if sentence[start][1].lower() in TITLES:
            return None  # "the President": a title standing for a person is no name
    if not (sentence[start][1][0].isupper() or sentence[start][1][0].isdigit()):
        return None
    return start, end


def convert(sentence):
    text, offsets = "", []
    for cols in sentence:
        offsets.append((len(text), len(text) + len(cols[1])))
        text += cols[1]
        if "SpaceAfter=No" not in cols[9].split("|"):
            text += " "
    spans = []
    for first, last, etype in mentions(sentence):
        if etype not in TYPES:
            continue
        core = named_core(sentence, first, last, etype)
        if core:
            spans.append((offsets[core[0]][0], offsets[core[1]][1], TYPES[etype]))
    # OpenNLP names do not nest: the outermost name wins ("University of Helsinki" over "Helsinki").
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    out, names = [], iter(kept)
    name = next(names, None)
    for m in TOKEN.finditer(text):
        while name and m.start() >= name[1]:
            out.append("<END>")
            name = next(names, None)
        if name and m.start() == name[0]:
            out.append("<START:%s>" % name[2])
        out.append(m.group(0))
    if name and name[0] < len(text):
        out.append("<END>")
    return " ".join(out)


# GENTLE, GUM's sister corpus (its documents sit in GUM's dep/ folder, annotated the same way), is used for
# training where the text's own licence is clear: Wiktionary and ProofWiki (CC BY-SA), Wikisource (public-domain
# poems and a US Supreme Court opinion) and US court opinions (public domain). Its YouTube commentaries, medical
# notes, course syllabi and a contract from Zenodo name no licence for their text and are left out.
GENTLE_SOURCES = re.compile(r"^https://(en\.wiktionary\.org|en\.wikisource\.org|proofwiki\.org|casetext\.com)/")


def part_of(doc, url, test):
    """Where a document goes: GUM's test split is held out; GENTLE documents of unclear licence are left out."""
    if doc.startswith("GENTLE_"):
        return "gentle" if GENTLE_SOURCES.match(url) else "left out"
    return "test" if doc in test else "train"


def main(gum, out_dir):
    test = test_documents(gum)
    files = sorted(f for f in git(gum, "ls-tree", "--name-only", "HEAD", "dep/").split()
                   if re.match(r"dep/(GUM|GENTLE)_.*\.conllu$", f) and "_reddit_" not in f)
    parts = {"train": [], "test": [], "gentle": [], "left out": []}
    rows = []
    for f in files:
        doc = f[4:-7]
        conllu = git(gum, "show", "HEAD:" + f)
        url = next((l.split("=", 1)[1].strip() for l in conllu.splitlines() if l.startswith("# meta::sourceURL")), "")
        part = part_of(doc, url, test)
        rows.append("\t".join([doc, doc.split("_")[1], part, url]))
        parts[part].append("\n".join(convert(s) for s in sentences(conllu)))
    for part, name in (("train", "gum-train.txt"), ("test", "gum-test.txt"), ("gentle", "gentle-train.txt")):
        with open("%s/%s" % (out_dir, name), "w", encoding="utf-8") as out:
            out.write("\n\n".join(parts[part]) + "\n")
    with open(out_dir + "/gum-documents.tsv", "w", encoding="utf-8") as out:
        out.write("document\tgenre\tpart\tsource\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
