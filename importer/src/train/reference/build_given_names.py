#!/usr/bin/env python3
"""Writes importer/src/main/resources/entity/given-names.txt from the US Census Bureau's 1990 first-name files
(dist.male.first, dist.female.first: public domain, a work of the US government), read from a clone of a public
repository that keeps them (mozilla/search-terms-sanitization, assets/names/):

    python3 importer/src/train/reference/build_given_names.py <clone> /usr/share/dict/words \
        importer/src/main/resources/entity/given-names.txt

Names that are also ordinary lower-case English words ("Will", "Mark", "Rose") and names shorter than three
letters are left out: the recogniser reads a listed given name as a person without other evidence.
"""

import subprocess
import sys


def read_head(clone, path):
    return subprocess.run(["git", "--git-dir", clone, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def main():
    clone, dictionary, out = sys.argv[1:4]
    with open(dictionary, encoding="utf-8") as f:
        words = {line.strip() for line in f if line.strip().islower()}
    commit = subprocess.run(["git", "--git-dir", clone, "rev-parse", "HEAD"],
                            check=True, capture_output=True, text=True).stdout.strip()
    names = set()
    for file in ("assets/names/dist.male.first", "assets/names/dist.female.first"):
        for line in read_head(clone, file).splitlines():
            if line.strip():
                name = line.split()[0].capitalize()
                if len(name) >= 3 and name.lower() not in words:
                    names.add(name)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Given names: the US Census Bureau's 1990 first-name files (dist.male.first, dist.female.first; public\n"
                "# domain, a work of the US government), as kept in mozilla/search-terms-sanitization (assets/names/ at\n"
                f"# commit {commit}), written by importer/src/train/reference/build_given_names.py.\n"
                "# Left out: names that are also ordinary lower-case English words (Debian's wamerican list) and names\n"
                "# shorter than three letters. One entry a line, compared as written (case matters).\n")
        for name in sorted(names):
            f.write(name + "\n")
    print(len(names), "given names")


if __name__ == "__main__":
    main()
