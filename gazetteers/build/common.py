"""Shared helpers for the gazetteer generators.

Every generated file is written by `write_tsv`: UTF-8, NFC, LF, a header line,
rows sorted, so a regeneration is byte-identical. Debian inputs are fetched
with `apt-get download` at a pinned version and checked against a sha256.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import subprocess
import tarfile
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # gazetteers/

# The columns of every entity list (people, places, organizations).
# name      canonical name (also matched)
# kind      person | place | organization | misc
# subtype   e.g. country, city, subdivision, region, igo, news_agency, company
# id        stable id: "iso:BY", "geonames:625144", "wikidata:Q184", or "slug:european-union"
# wikidata  Wikidata QID ("Q184") or empty
# country   ISO 3166-1 alpha-2 of the country the entry belongs to, or empty
# aliases   other names, separated by "|", may be empty
# prior     prominence 0..100 (population or fame, used to break ties)
# flags     comma-separated: "ambiguous" (a name of the entry is also a common
#           English word or first name, so it needs support in context)
ENTITY_COLUMNS = ["name", "kind", "subtype", "id", "wikidata", "country", "aliases", "prior", "flags"]



def package_dir(name: str, pinned: dict[str, str], requirements: str) -> Path:
    """The installed directory of a pinned PyPI package, found without running it;
    stops when the installed version is not the pinned one."""
    got = importlib.metadata.version(name)
    if got != pinned[name]:
        raise SystemExit(f"{name} {got} installed, {pinned[name]} pinned: "
                         f"pip install --require-hashes --no-deps -r gazetteers/build/{requirements}")
    spec = importlib.util.find_spec(name)
    return Path(list(spec.submodule_search_locations)[0])

def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


def clean_cell(s) -> str:
    s = "" if s is None else str(s)
    # A cell never holds a tab or a line break: they would break the TSV.
    return nfc(s.replace("\t", " ").replace("\r", " ").replace("\n", " "))


def write_tsv(path: Path, header: list[str], rows) -> int:
    """Write rows (sequences of cells) sorted, deduplicated, NFC, LF. Returns the row count."""
    out = set()
    for row in rows:
        cells = [clean_cell(c) for c in row]
        if len(cells) != len(header):
            raise ValueError(f"{path}: row {cells!r} has {len(cells)} cells, header has {len(header)}")
        out.add("\t".join(cells))
    lines = sorted(out, key=lambda l: (l.casefold(), l))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for line in lines:
            f.write(line + "\n")
    return len(lines)


def read_tsv(path: Path) -> list[dict]:
    """Read a TSV written by write_tsv (or curated by hand in the same format)."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        rows.append(dict(zip(header, cells)))
    return rows


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def debian_files(package: str, version: str, digest: str, members: list[str]) -> dict[str, bytes]:
    """Return some files' bytes from a pinned Debian package (apt-get download + sha256 check)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        debs = list(Path(tmp).glob("*.deb"))
        if len(debs) != 1:
            raise RuntimeError(f"apt-get download {package}={version}: expected one .deb, got {debs}")
        got = sha256(debs[0])
        if got != digest:
            raise RuntimeError(f"{debs[0].name}: sha256 {got}, expected {digest}")
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), "x"], cwd=tmp, check=True)
        return {m: (Path(tmp) / "x" / m.lstrip("/")).read_bytes() for m in members}


def debian_file(package: str, version: str, digest: str, member: str) -> bytes:
    """Return one file's bytes from a pinned Debian package."""
    return debian_files(package, version, digest, [member])[member]


WAMERICAN = ("wamerican", "2020.12.07-2",
             "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4",
             "/usr/share/dict/american-english")


def common_words() -> set[str]:
    """Lower-case English words (Debian wamerican): a name whose lower-case form is here is ambiguous."""
    pkg, ver, digest, member = WAMERICAN
    data = debian_file(pkg, ver, digest, member).decode("utf-8")
    return {w for w in data.split("\n") if w and w == w.lower() and "'" not in w}

