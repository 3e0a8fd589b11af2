#!/usr/bin/env python3
"""Builds the open-data reference lists of software, programming languages and companies that the entity
recogniser reads (importer/src/main/resources/gazetteer/open/), from local clones of four public sources:

    python3 importer/src/train/reference/build_reference_lists.py \
        --linguist <clone of github-linguist/linguist> \
        --landscape <clone of cncf/landscape> \
        --awesome-python <clone of vinta/awesome-python> \
        --simple-icons <clone of simple-icons/simple-icons> \
        --dictionary /usr/share/dict/words \
        --out importer/src/main/resources/gazetteer/open

Each clone may be a bare git directory; the file is read at its HEAD. The dictionary (Debian's wamerican) only
decides which names are also ordinary English words; none of it is written out.

Each output line: name<TAB>TYPE<TAB>aliases separated by |<TAB>flag, where the flag is "plain" when the name,
in lower case, is an ordinary English word ("Go", "Square", "pandas"): the recogniser then takes it only where
it stands alone, capitalised, inside a sentence.
"""

import argparse
import json
import os
import re
import subprocess

import yaml

# Names this short are letters, not names ("R", "C", "D"); they are left out whatever the source says.
MIN_LENGTH = 2


def read_head(clone, path):
    """The text of path at HEAD of a clone (a work tree or a bare git directory)."""
    git_dir = clone if os.path.isdir(os.path.join(clone, "objects")) else os.path.join(clone, ".git")
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def head_commit(clone):
    git_dir = clone if os.path.isdir(os.path.join(clone, "objects")) else os.path.join(clone, ".git")
    return subprocess.run(["git", "--git-dir", git_dir, "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


def usable(name):
    """A name worth listing: long enough, one line, no bracketed qualifier or list punctuation."""
    return (name is not None and len(name) >= MIN_LENGTH and "\t" not in name and "|" not in name
            and "(" not in name and not name.startswith(("/", ".")) and any(c.isalpha() for c in name)
            and len(name.split()) <= 5)


def languages(clone):
    """github/linguist's programming languages (type programming; markup such as HTML kept too)."""
    data = yaml.safe_load(read_head(clone, "lib/linguist/languages.yml"))
    return [(name, "PRODUCT", []) for name, fields in data.items()
            if fields.get("type") in ("programming", "markup") and usable(name)]


def formats(clone):
    """github/linguist's data formats (type data): left out of every list."""
    data = yaml.safe_load(read_head(clone, "lib/linguist/languages.yml"))
    return [name for name, fields in data.items() if fields.get("type") == "data"]


def python_projects(clone):
    """vinta/awesome-python's projects: the link texts of its list items."""
    # Links to a project's address only: the table of contents links to the list's own sections ("#…").
    items = re.findall(r"^\s*[-*] \[([^\]]+)\]\(https?:", read_head(clone, "README.md"), re.M)
    return [(name, "PRODUCT", []) for name in items if usable(name) and not name.startswith("awesome")]


def cloud_native(clone):
    """The CNCF landscape: its members are organisations; any other item is a project or product, unless the
    item is named as its own company (its Crunchbase organisation's slug) and has no source repository, when it
    is the company's service ("Datadog", "Splunk"). An item with a repository is software even when its maker
    bears its name ("PostgreSQL", "Zabbix", "Nagios")."""
    data = yaml.safe_load(read_head(clone, "landscape.yml"))
    out = []
    for category in data["landscape"]:
        members = category["name"] == "CNCF Members"
        for subcategory in category.get("subcategories") or []:
            for item in subcategory.get("items") or []:
                name = re.sub(r"\s*\((member|KCSP|KTP|[^)]*)\)$", "", str(item["name"])).strip()
                if not usable(name):
                    continue
                slug = (item.get("crunchbase") or "").rstrip("/").rsplit("/", 1)[-1]
                named_as_maker = slug == re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                company = members or (named_as_maker and not item.get("repo_url"))
                out.append((name, "ORGANIZATION" if company else "PRODUCT", []))
    return out


def brands(clone):
    """simple-icons' brands: a brand whose logo comes from a source-code host is a software project (a
    product) unless its name is an acronym, and an acronym is an organisation; any other brand is a BRAND, a
    company or one of its products ("Intel", "Linux", "Unity"): the list cannot tell which, the recogniser decides
    from the words around each mention."""
    data = json.loads(read_head(clone, "data/simple-icons.json"))
    out = []
    for icon in data:
        name = icon["title"]
        if not usable(name):
            continue
        source = icon.get("source", "")
        software = re.match(r"https?://(www\.)?(github\.com|gitlab\.com|codeberg\.org)/", source) is not None
        aka = [a for a in (icon.get("aliases") or {}).get("aka", []) if usable(a)]
        # An acronym brand ("IBM", "CNCF") is an organisation, wherever its logo comes from.
        acronym = name.isupper() and name.isalpha() and len(name) <= 5
        out.append((name, "ORGANIZATION" if acronym else "PRODUCT" if software else "BRAND", aka))
    return out


def plain_words(dictionary):
    with open(dictionary, encoding="utf-8") as f:
        # Only the dictionary's lower-case words: its capitalised entries are themselves names ("GitHub").
        return {line.strip() for line in f if line.strip().islower() and "'" not in line}


def is_plain(name, words):
    lower = name.lower()
    return lower in words or (lower.endswith("s") and lower[:-1] in words)


def write(path, header, rows, words, taken):
    """Writes the rows not already listed in an earlier (higher-precedence) file; returns how many."""
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for name, kind, aliases in sorted(rows, key=lambda r: r[0].lower()):
            if name.lower() in taken:
                continue
            taken.add(name.lower())
            aliases = [a for a in dict.fromkeys(aliases) if a.lower() not in taken]
            taken.update(a.lower() for a in aliases)
            f.write("\t".join([name, kind, "|".join(aliases), "plain" if is_plain(name, words) else ""]) + "\n")
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser()
    for source in ("linguist", "landscape", "awesome-python", "simple-icons", "dictionary", "out"):
        parser.add_argument("--" + source, required=True)
    args = parser.parse_args()
    words = plain_words(args.dictionary)
    # File formats (linguist's "data" languages: JSON, YAML, CSV) are no named entities, whatever a list says.
    taken = {name.lower() for name in formats(args.linguist)}
    lists = [
        ("programming-languages.tsv", "github-linguist/linguist", "lib/linguist/languages.yml", "MIT",
         languages(args.linguist), args.linguist),
        ("python-projects.tsv", "vinta/awesome-python", "README.md", "CC BY 4.0",
         python_projects(args.awesome_python), args.awesome_python),
        ("cloud-native.tsv", "cncf/landscape", "landscape.yml", "Apache-2.0",
         cloud_native(args.landscape), args.landscape),
        ("brands.tsv", "simple-icons/simple-icons", "data/simple-icons.json", "CC0 1.0",
         brands(args.simple_icons), args.simple_icons),
    ]
    for file, repo, path, licence, rows, clone in lists:
        header = (f"# Generated by importer/src/train/reference/build_reference_lists.py from {repo} "
                  f"({path} at commit {head_commit(clone)}), licence {licence}.\n"
                  "# name\tTYPE\taliases\tplain (also an ordinary English word)\n")
        count = write(os.path.join(args.out, file), header, rows, words, taken)
        print(f"{file}: {count} names")


if __name__ == "__main__":
    main()
