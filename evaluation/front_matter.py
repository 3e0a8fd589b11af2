"""Reading a corpus document's YAML front matter, for the scripts that derive variants of development documents."""
import re

import yaml

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(text):
    """The front matter's fields and the text after it ({} and the whole text when there is none)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1).replace("\t", " ")) or {}, text[match.end():]


def authors(meta):
    """The names the front matter gives as the post's authors, in order."""
    names = []
    for key in ["author", "authors"]:
        value = meta.get(key)
        if isinstance(value, str):
            names += [value.strip()]
        elif isinstance(value, list):
            names += [str(v).strip() for v in value]
    names += [p["name"] for p in meta.get("postauthors", []) or [] if isinstance(p, dict) and "name" in p]
    return [n for n in names if n]


def joined(names):
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
