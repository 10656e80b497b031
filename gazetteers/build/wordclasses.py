"""Generate lexicon/word_classes.tsv: the parts of speech an English word can have.

Input (pinned, sha256-checked): Debian bookworm `wordnet-base` 1:3.0-37 (WordNet 3.0,
Princeton University, WordNet 3.0 licence: permissive, BSD-like, data may be
redistributed with the copyright notice kept; see gazetteers/README.md).

Output columns:
  word      a single lower-case word (letters, hyphen, apostrophe) from WordNet's index files
            or its exception lists (*.exc: irregular inflections such as "struck", "men")
  classes   the WordNet classes of the word as a lemma: n (noun), v (verb), a (adjective),
            r (adverb); the most frequent one in the WordNet sense-tagged corpus upper-case
            (ties broken by the number of senses, then n > v > a > r); empty for a form that
            is only an irregular inflection
  base      irregular inflections of other lemmas, "|"-separated "class:lemma" ("v:strike",
            "n:man"); regular inflections (-s, -ed, -ing) are left to rules in code

Run: python3 gazetteers/build/wordclasses.py (needs apt-get download and dpkg-deb).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import common

WORDNET = ("wordnet-base", "1:3.0-37", "61060d960f9ada8fa120872312eccd3ecebfbab8c4579e4f5a74e1cf67620752")
CLASSES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
WORD = re.compile(r"^[a-z][a-z'-]*$")


def wordnet_files() -> dict[str, str]:
    package, version, digest = WORDNET
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        debs = list(Path(tmp).glob("*.deb"))
        if len(debs) != 1:
            raise RuntimeError(f"apt-get download {package}={version}: expected one .deb, got {debs}")
        if common.sha256(debs[0]) != digest:
            raise RuntimeError(f"{debs[0].name}: sha256 mismatch")
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), "x"], cwd=tmp, check=True)
        for pos in CLASSES:
            for kind in ("index", "exc"):
                name = f"index.{pos}" if kind == "index" else f"{pos}.exc"
                out[name] = (Path(tmp) / "x/usr/share/wordnet" / name).read_text(encoding="utf-8")
    return out


def main() -> None:
    files = wordnet_files()
    # word -> {class letter: (tagsense_cnt, synset_cnt)}
    lemmas: dict[str, dict[str, tuple[int, int]]] = {}
    bases: dict[str, set[str]] = {}
    for pos, c in CLASSES.items():
        for line in files[f"index.{pos}"].splitlines():
            if line.startswith(" ") or not line:
                continue
            f = line.split()
            word = f[0]
            if not WORD.match(word):
                continue
            synsets, pointers = int(f[2]), int(f[3])
            tagsense = int(f[5 + pointers])
            lemmas.setdefault(word, {})[c] = (tagsense, synsets)
        for line in files[f"{pos}.exc"].splitlines():
            f = line.split()
            if len(f) < 2 or not WORD.match(f[0]):
                continue
            for lemma in f[1:]:
                if WORD.match(lemma) and lemma != f[0]:
                    bases.setdefault(f[0], set()).add(f"{c}:{lemma}")
    order = "nvar"
    rows = []
    for word in set(lemmas) | set(bases):
        cls = lemmas.get(word, {})
        classes = ""
        if cls:
            top = max(cls, key=lambda k: (cls[k][0], cls[k][1], -order.index(k)))
            classes = "".join(k.upper() if k == top else k for k in order if k in cls)
        rows.append((word, classes, "|".join(sorted(bases.get(word, ())))))
    n = common.write_tsv(common.ROOT / "lexicon/word_classes.tsv", ["word", "classes", "base"], rows)
    print(f"lexicon/word_classes.tsv: {n} rows")


if __name__ == "__main__":
    main()
