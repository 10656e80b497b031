#!/usr/bin/env python3
"""More organizations as data: football clubs, universities, stock exchanges.

Run from the repository root after `orgs.py` (it reads the curated organization
files and the place and people lists to decide what is ambiguous):

    python3 -m venv /tmp/venv-orgs-more
    /tmp/venv-orgs-more/bin/pip install --require-hashes --no-deps -r gazetteers/build/requirements-orgs_more.txt
    /tmp/venv-orgs-more/bin/python gazetteers/build/orgs_more.py \
        --clubs DIR_OF_openfootball/clubs --universities DIR_OF_Hipo/university-domains-list

Generated (overwritten on every run, byte-reproducible):
    gazetteers/orgs/football_clubs.tsv  from the GitHub repository openfootball/clubs (CC0 1.0)
    gazetteers/orgs/universities.tsv    from the GitHub repository Hipo/university-domains-list (MIT)
    gazetteers/orgs/exchanges.tsv       from PyPI iso10383 (Apache 2.0; the ISO 10383 MIC list)

The two repositories are read at pinned commits with `git show COMMIT:PATH`
(DIR may be a bare mirror or a clone), and every file read is sha256-checked.
The package is read as data (installed with --no-deps); none of its code runs.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import ENTITY_COLUMNS, ROOT, read_tsv, write_tsv  # noqa: E402

ORGS = ROOT / "orgs"

CLUBS_REPO = ("openfootball/clubs", "ae3800227c449447b3a337fc0aac79a8f02f4c8b")
UNIVERSITIES_REPO = ("Hipo/university-domains-list", "bb07faf064e1c68be9b26fb71de31f01e361f974")
# sha256 of the files read, in the order read, each preceded by its path and a NUL
# (see `repo_files`): one digest per input that changes when any byte does.
CLUBS_DIGEST = "52f8dd1dc6db7e4040624a6e4f51123343ff0a4eba14adf30d46e00c3c0e7a77"
UNIVERSITIES_DIGEST = "1a0338e97cb5d6a1f5a888704b9f9cd4167b1d7d8c5edd2159a8b6075f06fe98"
PINNED = {"iso10383": "2025.2.10"}

# The curated organization files whose names the generated ones must not repeat.
CURATED = ["intergovernmental", "ngos", "media", "central_banks", "parties", "companies_extra",
           "platforms", "government", "armed", "sports_other", "companies"]


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------

def repo_files(repo_dir: str, pin: tuple[str, str], want, digest: str) -> dict[str, str]:
    """The text of the files of a pinned commit whose path `want` accepts, sha256-checked."""
    name, commit = pin
    git = ["git", "-C", repo_dir]
    paths = subprocess.run(git + ["ls-tree", "-r", "--name-only", commit], check=True,
                           capture_output=True, text=True).stdout.split("\n")
    h = hashlib.sha256()
    out = {}
    for p in sorted(p for p in paths if p and want(p)):
        data = subprocess.run(git + ["show", f"{commit}:{p}"], check=True, capture_output=True).stdout
        h.update(p.encode() + b"\0" + data)
        out[p] = data.decode("utf-8")
    got = h.hexdigest()
    if digest != got:
        raise SystemExit(f"{name}@{commit}: inputs sha256 {got}, expected {digest}")
    return out


def package_dir(name: str) -> Path:
    return common.package_dir(name, PINNED, "requirements-orgs_more.txt")


# --------------------------------------------------------------------------
# What a name may collide with
# --------------------------------------------------------------------------

def fold(s: str) -> str:
    """Lower case without diacritics, like the engine's matching key (roughly)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower().replace("’", "'").replace("‘", "'")).strip()


class Known:
    """Surfaces of the other lists: places, people's names, common words, organizations."""

    def __init__(self) -> None:
        self.words = common.common_words()
        self.places: set[str] = set()
        self.cities: set[str] = set()
        for f in ["countries", "subdivisions", "cities", "regions"]:
            for r in read_tsv(ROOT / "places" / f"{f}.tsv"):
                for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
                    self.places.add(fold(n))
                    if f == "cities":
                        self.cities.add(fold(n))
        for r in read_tsv(ROOT / "places" / "demonyms.tsv"):
            self.places.add(fold(r["demonym"]))
        # Names people are often called by (prior 30: the commoner half of the lists).
        self.person_names = {fold(r["name"]) for r in read_tsv(ROOT / "people" / "first_names.tsv")
                             if int(r["prior"]) >= 30}
        self.person_names |= {fold(r["name"]) for r in read_tsv(ROOT / "people" / "surnames.tsv")
                              if int(r["prior"]) >= 30}
        self.orgs: dict[str, str] = {}  # folded surface -> id of a curated/earlier organization
        self.ids: set[str] = set()
        for f in CURATED:
            for r in read_tsv(ORGS / f"{f}.tsv"):
                self.ids.add(r["id"])
                for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
                    self.orgs.setdefault(fold(n), r["id"])

    def common_word(self, s: str) -> bool:
        return s.lower() in self.words

    def risky_single(self, s: str) -> bool:
        """A one-word name that is also a common word, a place or a person's name."""
        f = fold(s)
        return self.common_word(s) or f in self.places or f in self.person_names


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("&", " and ").replace("+", " plus ")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in s


def is_latin(s: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


# Head words that make a phrase of common words a name ("Auburn University", "Racing Club").
ORG_HEAD = re.compile(r"\b(University|College|Institute|Polytechnic|Academy|Exchange|Bourse|Club|FC|AFC|CF|SC)\b")


def words_only(n: str, known: Known) -> bool:
    """One or two common words without an organization head: "All Boys", "Queens Park"."""
    return len(n.split()) <= 2 and not ORG_HEAD.search(n) and all(known.common_word(w) for w in n.split())


def rows_of(ents: list[dict], known: Known, subtype: str, label: str) -> list[list[str]]:
    """Entity rows: ids made unique, surfaces of curated lists and of two entities dropped."""
    surfaces: dict[str, set[int]] = {}
    for i, e in enumerate(ents):
        for n in {fold(x) for x in [e["name"], *e["aliases"]]}:
            surfaces.setdefault(n, set()).add(i)
    rows, skipped = [], 0
    slugs: dict[str, int] = {}
    for e in ents:
        s = slugify(e["name"])
        slugs[s] = slugs.get(s, 0) + 1
    used_ids: set[str] = set()
    for i, e in enumerate(ents):
        if fold(e["name"]) in known.orgs or any(fold(a) in known.orgs for a in e.get("same_if_listed", [])):
            skipped += 1  # already listed (by hand or by an earlier list): the listed row wins
            continue
        names = [e["name"]] + [a for a in dict.fromkeys(e["aliases"]) if a != e["name"]]
        kept, amb = [], e.get("ambiguous", False)
        for n in names:
            f = fold(n)
            if f in known.orgs and n != e["name"]:
                continue  # another organization's name
            if words_only(n, known):
                if n != e["name"]:
                    continue  # "All Boys", "Queens Park": words before they are a name
                amb = True
            if len(surfaces[f]) > 1:
                if n == e["name"]:
                    amb = True  # two entities of one name: both need context
                else:
                    continue
            kept.append(n)
        if not kept or kept[0] != e["name"]:
            skipped += 1
            continue
        s = slugify(e["name"])
        ident = "slug:" + (s if slugs[s] == 1 else f"{s}-{(e['country'] or 'xx').lower()}")
        n = 2
        base = ident
        while ident in known.ids or ident in used_ids:
            ident = f"{base}-{n}"
            n += 1
        used_ids.add(ident)
        known.ids.add(ident)  # ids are unique across every organization file
        rows.append([e["name"], "organization", subtype, ident, "", e["country"], "|".join(kept[1:]),
                     str(e["prior"]), "ambiguous" if amb else ""])
    print(f"{label}: {len(rows)} rows ({skipped} already listed or without a name of their own)")
    return rows


# --------------------------------------------------------------------------
# Football clubs (openfootball/clubs, CC0)
# --------------------------------------------------------------------------

# File country code -> ISO 3166-1 alpha-2 (the files are named by FIFA-like codes).
CLUB_COUNTRY = {"eng": "GB", "sco": "GB", "wal": "GB", "nir": "GB", "kos": "XK"}
# Countries whose clubs English news reports (the big European leagues and those
# that play in the European cups, the Americas' main leagues, and a few more).
CLUB_COUNTRIES = {
    "eng", "sco", "wal", "nir", "ie", "de", "es", "it", "fr", "nl", "pt", "be", "at", "ch", "tr", "gr",
    "ru", "ua", "pl", "cz", "hr", "rs", "dk", "se", "no", "ro", "hu", "bg", "cy", "il", "sk", "si",
    "fi", "by", "ba", "az", "kz", "us", "ca", "mx", "br", "ar", "uy", "cl", "co", "au", "jp", "kr",
    "cn", "sa", "eg", "ma", "za", "qa", "ae",
}
# Words that make a part of a place of a place name ("Western Sydney").
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "upper", "lower", "greater", "inner", "outer", "n", "s", "e", "w", "ne", "nw", "se", "sw"}


def parse_clubs(files: dict[str, str]) -> list[dict]:
    ents = []
    for path, text in files.items():
        code = path.rsplit("/", 1)[1].split(".", 1)[0]
        if code not in CLUB_COUNTRIES:
            continue
        country = CLUB_COUNTRY.get(code, code.upper())
        cur = None
        reserve = False
        for line in text.split("\n"):
            line = re.sub(r"#.*$", "", line).rstrip()
            if not line.strip() or line.startswith("="):
                continue
            if line.startswith("ii)") or line.startswith("iii)"):
                reserve = True
                continue
            if line.lstrip().startswith("|"):
                if cur is not None and not reserve:
                    cur["raw_aliases"] += [a.strip() for a in line.strip().strip("|").split("|")]
                continue
            if line.startswith(" "):
                continue  # an address line
            reserve = False
            name = line.split(",", 1)[0].strip()
            name = re.sub(r"\s*\[[a-z]{2}\]$", "", name)
            if re.search(r"\(\d{4}", name):
                cur = None  # a defunct club "(1928-1932)"
                continue
            cur = {"raw_name": name, "raw_aliases": [], "country": country}
            ents.append(cur)
    return ents


def club_entities(files: dict[str, str], known: Known) -> list[dict]:
    out = []
    dropped = 0
    for c in parse_clubs(files):
        forms = [c["raw_name"]] + c["raw_aliases"]
        english = [re.sub(r"\s*\[en\]$", "", a) for a in forms if a.endswith("[en]")]
        forms = [re.sub(r"\s*\[[a-z]{2}\]$", "", a).strip() for a in forms]
        good = []
        for a in forms:
            bare = re.sub(r"^\d+\. ", "", a).replace("A.F.C.", "").replace("F.C.", "")  # "1. FC Köln"
            if not a or "." in bare or re.search(r"['’$/]", a):
                continue  # table abbreviations: "Charlton Ath.", "C. Palace", "U'haching"
            if not is_latin(a) or len(a.split()) > 3 or len(a) > 30 or re.search(r" [A-Za-z]$", a):
                continue  # long official forms ("Fußball-Club Augsburg 1907"), cut ones ("Orlando City S")
            if " " not in a and not is_acronym(a) and not re.search(r".spor$", a):
                dropped += 1
                continue  # "Chelsea", "Palace", "Tenerife": often a place, a word or a name; context decides
            words = a.split()
            if " " in a and (fold(a) in known.places or fold(words[-1]) in known.places and all(
                    w.lower() in DIRECTION_WORDS for w in words[:-1])):
                dropped += 1
                continue  # "West Ham", "Western Sydney", "Central Coast" as places: context decides
            if " " not in a and sum(c.isalpha() for c in a) <= 3 and a != c["raw_name"]:
                continue  # "KFC", "TSV", "SLO": short acronyms name many things
            good.append(a)
        good = list(dict.fromkeys(good))
        if not good:
            continue
        # The English news name first: "Bayern Munich", not "Bayern München"; of several, the
        # fullest without a club prefix ("Dynamo Moscow", not the table's "Dynamo Mosc").
        english.sort(key=lambda a: (bool(re.match(r"(FC|AFC|CF|SC|TSV|FK|NK|SK|AC|AS) ", a)), -len(a)))
        name = next((e for e in english if e in good), good[0])
        if " " not in name and (not is_acronym(name) or len(name) <= 3):
            longer = [a for a in good if " " in a]
            name = next(iter(longer), name)
        if words_only(name, known):  # "Forest Green": "Forest Green Rovers" is the name
            name = next((a for a in good if not words_only(a, known)), name)
        aliases = [a for a in good if a != name]
        if any(UNI_HEAD.search(a) for a in good):
            # A club of a university ("Pumas UNAM", "UC Dublin"): the university's own
            # names and acronyms name the university first.
            aliases = [a for a in aliases if not UNI_HEAD.search(a) and not is_acronym(a)]
        prior = 32
        out.append({"name": name, "aliases": aliases, "country": c["country"], "prior": prior,
                    "same_if_listed": [a for a in forms if a]})
    print(f"football clubs: {dropped} place, word or person-name forms left to context")
    return out


# --------------------------------------------------------------------------
# Universities (Hipo/university-domains-list, MIT)
# --------------------------------------------------------------------------

# Head words of institutions of higher education, English and the languages news
# leaves untranslated.
UNI_HEAD = re.compile(
    r"\b(University|College|Institute|Polytechnic|School|Academy|Conservatory|Seminary|Universidad|"
    r"Universidade|Université|Universite|Universität|Universitat|Università|Universiteit|Uniwersytet|"
    r"Univerzita|Universitet|Universiti|Universitas|Hochschule|Instituto|Institut|Politecnico|"
    r"Politécnica|Politehnica|École|Ecole|Escuela|Escola|Technion|Sorbonne)\b")
# The institutions kept: universities and institutes of technology, and in English-speaking
# countries the colleges that are no community, technical, junior or vocational colleges
# (those are many and rarely in the news).
UNI_KEEP = re.compile(r"\b(Universit\w*|Universidad|Universidade|Uniwersytet|Univerzita|Polytechnic|"
                      r"Politecnico|Politécnica|Politehnica|Institute of Technology|Technion|Sorbonne)\b")
COLLEGE_COUNTRIES = {"US", "GB", "IE", "CA", "AU", "NZ"}
MINOR_COLLEGE = re.compile(r"\b(Community|Technical|Junior|Vocational|County|Career|Campus|Center|Centre|Bible)\b")
# A name that is only these words (besides its head) names many institutions.
GENERIC_WORDS = {"of", "the", "and", "for", "in", "de", "la", "del", "des", "di", "&", "at", "on", "a"}


def university_entities(files: dict[str, str], known: Known) -> list[dict]:
    data = json.loads(files["world_universities_and_domains.json"])
    out, by_name = [], {}
    skipped = generic = minor = 0
    for u in data:
        name = re.sub(r"\s+", " ", u["name"]).strip()
        name = re.sub(r"\s*\(([^)]*)\)$", "", name)  # "(UNAM)", "(Main Campus)"
        name = re.sub(r"^The ", "", name)
        # Names of more than four words are mostly long official forms news shortens
        # ("Anhui Technical College of Water Resources and Hydroelectric Power").
        if not is_latin(name) or not UNI_HEAD.search(name) or not 2 <= len(name.split()) <= 4:
            skipped += 1
            continue
        if name.isupper() or name.islower() or " - " in name or "," in name and "University of California" not in name:
            skipped += 1
            continue
        if not UNI_KEEP.search(name) and not (u["alpha_two_code"] in COLLEGE_COUNTRIES and re.search(
                r"\bCollege\b", name) and not MINOR_COLLEGE.search(name)):
            minor += 1
            continue
        words = [w for w in re.split(r"[\s\-]+", name) if w]
        rest = [w for w in words if not UNI_HEAD.fullmatch(w) and w.lower() not in GENERIC_WORDS]
        # "National University", "Open University", "University of Technology":
        # only common words besides the head — names of many institutions, or prose.
        if all(known.common_word(w) and fold(w) not in known.places for w in rest):
            generic += 1
            continue
        aliases = []
        # "University of Leeds" is also "Leeds University" (a city's, not a state's: "Alabama University").
        m = re.fullmatch(r"University of ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)", name)
        if m and fold(m.group(1)) in known.cities:
            aliases.append(f"{m.group(1)} University")
        key = fold(name)
        if key in by_name:  # one name in several countries ("Arab Open University"): one row
            if by_name[key]["country"] != u["alpha_two_code"]:
                by_name[key]["country"] = ""
            continue
        by_name[key] = {"name": name, "aliases": aliases, "country": u["alpha_two_code"], "prior": 30}
        out.append(by_name[key])
    # An alias that begins another university's name belongs to that one: "Miami
    # University of Ohio", "Washington University, Saint Louis" (names left out above count too).
    names = [fold(u["name"]) for u in data]
    for e in out:
        e["aliases"] = [a for a in e["aliases"] if not any(n.startswith(fold(a)) for n in names)]
    print(f"universities: {generic} names of common words only left out ('National University')")
    print(f"universities: {minor} colleges, schools and academies left out")
    print(f"universities: {skipped} names without a head word, in another script or not a name")
    return out


# --------------------------------------------------------------------------
# Stock exchanges (iso10383, Apache 2.0)
# --------------------------------------------------------------------------

def mic_records() -> list[dict]:
    """The package's ISO 10383 records, decoded from its data file as its `_Deserializer` does."""
    d = package_dir("iso10383")
    tree = ast.parse((d / "_iso10383.py").read_text(encoding="utf-8"))
    enums = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in ("MCC", "ISOCC", "Status"):
            enums[node.name] = {ast.literal_eval(a.value): a.targets[0].id
                                for a in node.body if isinstance(a, ast.Assign)}
    buf = (d / "_data").read_bytes()
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        pos += n
        return buf[pos - n:pos]

    def num(n: int) -> int:
        return int.from_bytes(take(n), "big")

    def text(n: int) -> str:
        return take(num(n)).decode("utf-8")

    def date() -> str:
        v = num(3)
        return f"{v >> 9:04d}-{(v >> 5) & 15:02d}-{v & 31:02d}"

    def opt(f, *a):
        return f(*a) if take(1)[0] else None

    out = []
    for _ in range(num(2)):
        out.append({
            "mic": text(1), "name": text(1), "mcc": enums["MCC"][num(1)], "created": date(),
            "status": enums["Status"][num(1)], "city": opt(num, 2), "operating": opt(text, 1),
            "description": opt(text, 1), "legal": opt(text, 1), "lei": opt(text, 1), "acronym": opt(text, 1),
            "country": opt(lambda: enums["ISOCC"][num(1)]), "website": opt(text, 1), "updated": opt(date),
            "validated": opt(date), "expiry": opt(date), "comments": opt(text, 2),
        })
    if pos != len(buf):
        raise SystemExit(f"iso10383/_data: decoded {pos} of {len(buf)} bytes: the format changed")
    return out


# Market names that are exchanges: "… Stock/Futures/… Exchange", "Bourse …", "Bolsa …".
EXCHANGE_NAME = re.compile(
    r"\b(STOCK|SECURITIES|FUTURES|COMMODITY|COMMODITIES|MERCANTILE|DERIVATIVES?|OPTIONS|ENERGY|POWER|METAL|"
    r"GAS|GOLD|CURRENCY)\b.*\bEXCHANGE\b|\b(BOURSE|BOLSA|BORSA|BOERSE|BURSA)\b|\bEXCHANGE$")
EXCHANGE_LEGAL = re.compile(r"(,?\s+(INC\.?|LTD\.?|LIMITED|PLC|AG|S\.A\.?|SA\.?|S\.P\.A\.|LLC|PTE\.? LTD\.?|"
                            r"DMCC|A/S|AB|AS|HF\.|ASA|OJSC))+$")
# ISO 10383 writes names in ASCII capitals: the German umlauts it spelled out.
EXCHANGE_WORD_FIX = {"BOERSE": "Börse", "MUENCHEN": "München", "DUESSELDORF": "Düsseldorf",
                     "NIEDERSAECHSISCHE": "Niedersächsische", "ZURCHER": "Zürcher", "HOCHIMINH": "Ho Chi Minh",
                     "MARTIME": "Maritime", "ST.": "St.", "CEREAIS": "Cereais", "MARINGÁ": "Maringá"}
LOWER_WORDS = {"OF", "AND", "THE", "DE", "DEL", "DI", "LA", "Y", "E", "ZU", "DES", "DO", "DA", "ES"}
# Markets that are not exchanges news names (reporting services, trading venues of brokers).
EXCHANGE_MCC = {"rmkt", "nspd", "dcms", "mltf", "rmos"}


def exchange_case(name: str, acronym: str, known: Known) -> str:
    words = []
    for i, w in enumerate(name.split()):
        if w in EXCHANGE_WORD_FIX:
            words.append(EXCHANGE_WORD_FIX[w])
        elif w in LOWER_WORDS and i > 0:
            words.append(w.lower())
        elif "-" in w:
            words.append("-".join(p.capitalize() if known.common_word(p) or fold(p) in known.places
                                  or len(p) > 4 else p for p in w.split("-")))
        elif (w == acronym or not re.search(r"[AEIOUY]", w) or len(w) <= 3 and not known.common_word(w)
              and fold(w) not in known.places and fold(w) not in known.person_names and w != "EL"):
            words.append(w)  # "NYSE", "TSX", "CME", "GMEX"
        else:
            words.append(w.capitalize())
    return " ".join(words)


def exchange_entities(known: Known) -> list[dict]:
    out, by_name = [], {}
    for r in mic_records():
        if r["status"] == "expired" or r["operating"] not in (None, r["mic"]) or not r["country"]:
            continue
        if r["mcc"] not in EXCHANGE_MCC or not EXCHANGE_NAME.search(r["name"]):
            continue
        forms = []
        for part in re.split(r"\s*/\s*|\s*\(|\)", r["name"]):
            part = EXCHANGE_LEGAL.sub("", part.strip()).strip().rstrip(",")
            part = re.sub(r"^THE ", "", part)
            if part and EXCHANGE_NAME.search(part) and len(part.split()) >= 2 and not re.search(r"[“”\"]", part):
                forms.append(part)
        if not forms:
            continue
        acronym = (r["acronym"] or "").strip()
        names = [exchange_case(f, acronym, known) for f in forms]
        if re.fullmatch(r"[A-Z]{3,6}", acronym) and not known.common_word(acronym):
            names.append(acronym)
        key = fold(names[0])
        country = r["country"].rstrip("_").upper()
        if key in by_name:
            continue
        by_name[key] = {"name": names[0], "aliases": names[1:], "country": country, "prior": 35,
                        "same_if_listed": names[1:]}
        out.append(by_name[key])
    return out



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clubs", required=True, help="a clone or mirror of openfootball/clubs")
    ap.add_argument("--universities", required=True, help="a clone or mirror of Hipo/university-domains-list")
    args = ap.parse_args()
    known = Known()
    clubs = repo_files(args.clubs, CLUBS_REPO,
                       lambda p: p.endswith(".clubs.txt") and "/" in p and p.count("/") == 2, CLUBS_DIGEST)
    unis = repo_files(args.universities, UNIVERSITIES_REPO,
                      lambda p: p == "world_universities_and_domains.json", UNIVERSITIES_DIGEST)
    lists = [("football_clubs", "sports_club", club_entities(clubs, known)),
             ("universities", "university", university_entities(unis, known)),
             ("exchanges", "exchange", exchange_entities(known))]
    # A name in two generated lists ("Universidad de Chile", a club and a university) needs context in both.
    seen: dict[str, set[str]] = {}
    for fname, _, ents in lists:
        for e in ents:
            for n in [e["name"], *e["aliases"]]:
                seen.setdefault(fold(n), set()).add(fname)
    for fname, _, ents in lists:
        for e in ents:
            if any(len(seen[fold(n)]) > 1 for n in [e["name"], *e["aliases"]]):
                e["ambiguous"] = True
    for fname, subtype, ents in lists:
        n = write_tsv(ORGS / f"{fname}.tsv", ENTITY_COLUMNS, rows_of(ents, known, subtype, fname))
        print(f"wrote orgs/{fname}.tsv ({n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
