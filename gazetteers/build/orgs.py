#!/usr/bin/env python3
"""Organization lists and the figures / legal-form lexicons.

Run from the repository root, inside a virtualenv that has the pinned inputs:

    python3 -m venv /tmp/venv-orgs
    /tmp/venv-orgs/bin/pip install --require-hashes --no-deps -r gazetteers/build/requirements-orgs.txt
    /tmp/venv-orgs/bin/python gazetteers/build/orgs.py

Generated (overwritten on every run, byte-reproducible):
    gazetteers/orgs/companies.tsv        from PyPI pytickersymbols (MIT)
    gazetteers/lexicon/legal_forms.tsv   from PyPI cleanco (MIT) and fingerprints (MIT) + a few forms below
    gazetteers/figures/currencies.tsv    from Debian unicode-cldr-core (Unicode licence) + currencies_overrides.tsv

Curated (hand-written, only validated here; `--fix-curated` re-sorts them and
adds missing `ambiguous` flags):
    gazetteers/orgs/{intergovernmental,ngos,media,central_banks,parties,
                     companies_extra,platforms,government,armed,sports_other}.tsv
    gazetteers/figures/units.tsv, gazetteers/figures/currencies_overrides.tsv

The packages are read as data files (installed with --no-deps); none of their
code is imported, so their own dependencies are not needed.
"""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import ENTITY_COLUMNS, ROOT, read_tsv, write_tsv  # noqa: E402

PINNED = {"pytickersymbols": "1.17.10", "cleanco": "2.3", "fingerprints": "1.3.1"}

CLDR = ("unicode-cldr-core", "41-0.1",
        "35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260")
CLDR_DIR = "/usr/share/unicode/cldr/common"

ORGS = ROOT / "orgs"
CURATED_ORGS = {
    # file: allowed subtypes
    "intergovernmental.tsv": {"igo"},
    "ngos.tsv": {"ngo"},
    "media.tsv": {"news_agency", "broadcaster", "newspaper", "magazine", "media_group"},
    "central_banks.tsv": {"central_bank"},
    "parties.tsv": {"party"},
    "companies_extra.tsv": {"company"},
    "platforms.tsv": {"platform"},
    "government.tsv": {"government_body", "legislature", "court", "police", "intelligence", "agency"},
    "armed.tsv": {"armed_forces", "armed_group"},
    "sports_other.tsv": {"sports_body", "sports_league", "sports_club", "university", "award_body", "exchange"},
}

UNIT_COLUMNS = ["unit", "dimension", "singular", "plural", "symbols", "aliases", "to_base", "base"]
UNIT_DIMENSIONS = {"length", "area", "volume", "mass", "speed", "temperature", "time", "energy",
                   "power", "data", "pressure", "frequency", "angle", "fuel_economy", "radiation",
                   "sound", "concentration", "flow"}
CURRENCY_COLUMNS = ["code", "name", "plural", "symbols", "aliases", "minor_units"]
CURRENCY_OVERRIDE_COLUMNS = CURRENCY_COLUMNS + ["action"]
LEGAL_COLUMNS = ["form", "normalized", "country"]

ID_RE = re.compile(r"^(iso:[A-Z]{2}(-[A-Z0-9]{1,3})?|geonames:[0-9]+|wikidata:Q[0-9]+|slug:[a-z0-9]+(-[a-z0-9]+)*)$")
QID_RE = re.compile(r"^Q[0-9]+$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
DECIMAL_RE = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

ERRORS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


# --------------------------------------------------------------------------
# Package data
# --------------------------------------------------------------------------

def package_dir(name: str) -> Path:
    return common.package_dir(name, PINNED, "requirements-orgs.txt")


def literal_assignments(path: Path) -> dict:
    """Top-level `NAME = <literal>` assignments of a Python file, without executing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return out


# --------------------------------------------------------------------------
# Ambiguity
# --------------------------------------------------------------------------

_WORDS: set[str] | None = None


def words() -> set[str]:
    global _WORDS
    if _WORDS is None:
        _WORDS = common.common_words()
    return _WORDS


def is_acronym(s: str) -> bool:
    """All-caps tokens like "WHO", "ICE", "U.N.": the engine matches these case-exactly."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in s


def word_ambiguous(s: str) -> bool:
    if is_acronym(s):
        return False
    return s.lower() in words()


# --------------------------------------------------------------------------
# Companies (pytickersymbols)
# --------------------------------------------------------------------------

COUNTRY_NAMES = {
    "united states": "US", "united states of america": "US", "u.s.": "US", "u.s": "US", "us": "US",
    "usa": "US", "u.s.a.": "US", "japan": "JP", "germany": "DE", "united kingdom": "GB", "uk": "GB",
    "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "france": "FR", "spain": "ES",
    "switzerland": "CH", "sweden": "SE", "finland": "FI", "netherlands": "NL", "the netherlands": "NL",
    "belgium": "BE", "ireland": "IE", "italy": "IT", "canada": "CA", "luxembourg": "LU",
    "puerto rico": "PR", "china": "CN", "bermuda": "BM", "new zealand": "NZ", "mexico": "MX",
    "israel": "IL", "isle of man": "IM", "guernsey": "GG", "jersey": "JE", "greece": "GR",
    "czech republic": "CZ", "austria": "AT", "australia": "AU", "argentina": "AR",
    "russian federation": "RU", "russia": "RU", "singapore": "SG", "bahamas": "BS", "taiwan": "TW",
    "denmark": "DK", "norway": "NO", "portugal": "PT", "poland": "PL", "south korea": "KR",
    "india": "IN", "brazil": "BR", "south africa": "ZA", "uae": "AE", "panama": "PA",
    "tokyo": "JP", "osaka": "JP", "kyoto": "JP", "kitakyushu": "JP", "utrecht": "NL", "antwerp": "BE",
    "andalusia": "ES", "madrid": "ES", "london": "GB", "san francisco": "US", "chicago": "US",
    # longer names that contain a shorter one ("Jersey", "Wales", "Panama")
    "jersey city": "US", "new south wales": "AU", "panama city": "US", "canada square": "GB",
}
US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.", "AZ",
]
for _s in US_STATES:
    COUNTRY_NAMES.setdefault(_s.lower(), "US")

# An index's home country, the last resort when a company has no usable headquarters or country.
INDEX_COUNTRY = {
    "AEX": "NL", "BEL 20": "BE", "CAC_40": "FR", "CAC Mid 60": "FR", "DAX": "DE", "MDAX": "DE",
    "SDAX": "DE", "TecDAX": "DE", "DOW JONES": "US", "FTSE 100": "GB", "IBEX 35": "ES",
    "NASDAQ 100": "US", "NIKKEI 225": "JP", "OMX Helsinki 25": "FI", "OMX Stockholm 30": "SE",
    "S&P 100": "US", "S&P 500": "US", "S&P 600": "US", "Switzerland 20": "CH", "EURO STOXX 50": "",
}
# prior: 60 for the most-cited blue chips, 50 for national large-cap indices, 35 for mid/small caps.
INDEX_PRIOR = {
    "DOW JONES": 60, "S&P 100": 60, "EURO STOXX 50": 60,
    "AEX": 50, "BEL 20": 50, "CAC_40": 50, "DAX": 50, "FTSE 100": 50, "IBEX 35": 50,
    "NASDAQ 100": 50, "NIKKEI 225": 50, "OMX Helsinki 25": 50, "OMX Stockholm 30": 50,
    "S&P 500": 50, "Switzerland 20": 50,
    "CAC Mid 60": 35, "MDAX": 35, "SDAX": 35, "TecDAX": 35, "S&P 600": 35,
}

# Companies whose package record has a wrong or missing country (checked by hand).
COUNTRY_FIX = {
    "Aegon N.V.": "NL", "Alcon": "CH", "Philip Morris International": "US", "Airbus": "NL",
    "International Airlines Group": "GB", "Amcor": "CH", "Carnival Corporation & plc": "US",
    "Pentair": "GB", "Aon": "IE", "Linde plc": "GB", "Stellantis": "NL", "Ferrari": "IT",
    "Exor": "NL", "Experian": "IE", "Coca-Cola HBC": "CH", "Fresnillo plc": "MX",
    "Entain": "IM", "Pershing Square Holdings": "GG", "Mercado Libre": "UY",
    "Kulicke and Soffa Industries, Inc.": "US", "Canon Inc.": "JP", "HSBC": "GB",
    "Noble Corporation": "US", "Reynolds Consumer Products": "US", "Schlumberger": "US",
}

# Package names rewritten to the common English news name: original -> (name, extra aliases).
NAME_FIX = {
    "EBay": ("eBay", []), "EPlus": ("ePlus", []), "IndustrivärdenC": ("Industrivärden", []),
    "KalmarB": ("Kalmar", []), "LifcoB": ("Lifco", []), "Orpea-Gruppe": ("Clariane", ["Orpea"]),
    "Amn Healthcare Services, Inc.": ("AMN Healthcare", ["AMN Healthcare Services"]),
    "Dorman products": ("Dorman Products", []),
    "Merck & Co.": ("Merck & Co.", ["Merck", "MSD"]),
    "Merck Group": ("Merck KGaA", ["Merck Group", "Merck"]),
    "Banco Bilbao Vizcaya Argentaria": ("BBVA", ["Banco Bilbao Vizcaya Argentaria"]),
    "Alphabet Inc.": ("Alphabet", ["Alphabet Inc."]),
    "Meta Platforms": ("Meta", ["Meta Platforms", "Meta Platforms Inc."]),
    "Ford Motor Company": ("Ford", ["Ford Motor", "Ford Motor Co.", "Ford Motor Company"]),
    "General Motors": ("General Motors", ["GM"]),
    "Eli Lilly and Company": ("Eli Lilly", ["Eli Lilly and Company", "Eli Lilly and Co.", "Lilly"]),
    "The Walt Disney Company": ("Walt Disney", ["Disney", "The Walt Disney Company", "Walt Disney Co."]),
    "Walt Disney Company": ("Walt Disney", ["Disney", "The Walt Disney Company", "Walt Disney Co."]),
    "JPMorgan Chase": ("JPMorgan Chase", ["JPMorgan", "JP Morgan", "J.P. Morgan", "JPMorgan Chase & Co."]),
    "Goldman Sachs": ("Goldman Sachs", ["Goldman"]),
    "Bank of America": ("Bank of America", ["BofA"]),
    "Procter & Gamble": ("Procter & Gamble", ["P&G"]),
    "Johnson & Johnson": ("Johnson & Johnson", ["J&J"]),
    "ExxonMobil": ("ExxonMobil", ["Exxon Mobil", "Exxon"]),
    "Chevron Corporation": ("Chevron", ["Chevron Corporation", "Chevron Corp."]),
    "Volkswagen Group": ("Volkswagen", ["Volkswagen Group", "VW"]),
    "Mercedes-Benz Group": ("Mercedes-Benz", ["Mercedes-Benz Group", "Daimler"]),
    "Nestlé SA": ("Nestlé", ["Nestlé SA", "Nestle"]),
    "Deutsche Post": ("DHL Group", ["Deutsche Post", "Deutsche Post DHL"]),
    "Lufthansa Group": ("Lufthansa", ["Lufthansa Group", "Deutsche Lufthansa"]),
    "HeidelbergCement": ("Heidelberg Materials", ["HeidelbergCement"]),
    "Holcim Group": ("Holcim", ["Holcim Group"]),
    "Rio Tinto (corporation)": ("Rio Tinto", []),
    "Puma (brand)": ("Puma", []),
    "Metso (2020–present)": ("Metso", []),
    "Française des Jeux (Lotterie)": ("Française des Jeux", ["FDJ"]),
    "Wendel (Beteiligungsgesellschaft)": ("Wendel", []),
    "Orion Corporation (pharmaceutical company)": ("Orion Corporation", ["Orion Oyj"]),
    "Hornbach (retailer)": ("Hornbach", []),
    "Buckle (clothing retailer)": ("Buckle", []),
    "Park National Bank (Ohio)": ("Park National Bank", []),
    "Viasat (American company)": ("Viasat", []),
    "Wiley (publisher)": ("Wiley", ["John Wiley & Sons"]),
    "PTC (software company)": ("PTC", []),
    "Nvidia": ("Nvidia", ["NVIDIA"]),
    "Amazon": ("Amazon", ["Amazon.com"]),
    "Apple Inc.": ("Apple", ["Apple Inc."]),
    "Microsoft": ("Microsoft", ["Microsoft Corp.", "Microsoft Corporation"]),
    "Tesla, Inc.": ("Tesla", ["Tesla Inc.", "Tesla Motors"]),
    "Boeing": ("Boeing", ["Boeing Co.", "The Boeing Company"]),
    "Netflix, Inc.": ("Netflix", ["Netflix Inc."]),
    "Nike, Inc.": ("Nike", ["Nike Inc."]),
    "BNY": ("BNY", ["BNY Mellon", "Bank of New York Mellon"]),
    "Kohlberg Kravis Roberts": ("KKR", ["Kohlberg Kravis Roberts", "KKR & Co."]),
    "Charles Schwab Corporation": ("Charles Schwab", ["Charles Schwab Corporation", "Schwab"]),
    "Mitsubishi UFJ Financial Group": ("Mitsubishi UFJ Financial Group", ["MUFG"]),
    "Taiwan Semiconductor Manufacturing": ("TSMC", ["Taiwan Semiconductor Manufacturing"]),
    "AB InBev": ("AB InBev", ["Anheuser-Busch InBev"]),
    "Nippon Telegraph & Telephone": ("NTT", ["Nippon Telegraph & Telephone", "Nippon Telegraph and Telephone"]),
    "Toyota Motor Corporation": ("Toyota", ["Toyota Motor", "Toyota Motor Corp."]),
    "Honda": ("Honda", ["Honda Motor"]),
    "Sony Group": ("Sony", ["Sony Group"]),
    "Shell plc": ("Shell", ["Shell plc", "Royal Dutch Shell"]),
    "GSK plc": ("GSK", ["GSK plc", "GlaxoSmithKline"]),
    "Unilever": ("Unilever", ["Unilever plc"]),
    "LVMH": ("LVMH", ["LVMH Moët Hennessy Louis Vuitton"]),
    "Block, Inc.": ("Block Inc.", ["Block, Inc."]),
    "Box": ("Box Inc.", ["Box"]),
    "Interface, Inc.": ("Interface Inc.", ["Interface, Inc."]),
    "American International Group": ("AIG", ["American International Group"]),
    "International Airlines Group": ("IAG", ["International Airlines Group"]),
    "Carnival Corporation & plc": ("Carnival Corporation", ["Carnival Corporation & plc", "Carnival Corp."]),
    "Arthur J. Gallagher & Co.": ("Arthur J. Gallagher & Co.", ["Arthur J. Gallagher"]),
    "Lloyds Banking Group": ("Lloyds Banking Group", ["Lloyds"]),
    "Fox Corporation": ("Fox Corporation", ["Fox Corp."]),
    "Prudential plc": ("Prudential", ["Prudential plc"]),
    "Orange SA": ("Orange", ["Orange SA"]),
    "Sharp Corporation": ("Sharp", ["Sharp Corporation", "Sharp Corp."]),
    "Schlumberger": ("SLB", ["Schlumberger"]),
    "Clariane": ("Clariane", ["Orpea"]),
    "Roche Holding": ("Roche", ["Roche Holding", "Roche Holding AG"]),
    "Roche Holding AG": ("Roche", ["Roche Holding", "Roche Holding AG"]),
}
# Single names after stripping a legal suffix that are common words, names or places but
# are nevertheless what news calls the company (kept short, flagged ambiguous).
SHORT_OK = {"Apple", "Amazon", "Oracle", "Visa", "Target", "Shell", "Next", "Caterpillar", "Chevron",
            "Canon", "Continental", "Adobe", "Alphabet", "Intel", "Hertz", "Corning", "Intuit"}
# Single names that are places (checked by hand): a company is never shortened to them.
PLACE_LIKE = {"Alamo", "Berkeley", "Everest", "Hartford", "Indus", "Palomar", "Dover", "Corning",
              "Hayward", "Bristow", "Hilltop", "Phoenix", "Compass", "Booking", "Match", "Admiral",
              "Arm", "Investor", "Evolution", "Hexagon", "Atlas"}
# Extra aliases for package companies whose name is kept as is.
EXTRA_ALIASES = {
    "Bristol Myers Squibb": ["Bristol-Myers Squibb"],
    "Berkshire Hathaway": ["Berkshire"],
    "Morgan Stanley": [],
    "Deutsche Bank": [],
    "Siemens": ["Siemens AG"],
    "Volvo": ["AB Volvo"],
    "Hewlett Packard Enterprise": ["HPE"],
    "HP Inc.": ["HP"],
    "Advanced Micro Devices": ["AMD"],
    "AMD": ["Advanced Micro Devices"],
    "International Business Machines": ["IBM"],
    "IBM": ["International Business Machines"],
    "UnitedHealth Group": ["UnitedHealth"],
    "Lockheed Martin": ["Lockheed"],
    "Northrop Grumman": ["Northrop"],
    "Raytheon Technologies": ["Raytheon"],
    "RTX Corporation": ["Raytheon", "RTX"],
}
# Index records that are not a company of their own (share classes, duplicates).
DROP = {"Central Garden & Pet Company (Class A)", "Clearway Energy, Inc. (Class C)", "Orpea-Gruppe", "STABILUS SE"}

# Single names that are also a person's first name or surname (checked by hand among the
# one-token names the Debian word list has capitalised): flagged ambiguous.
PERSON_LIKE = {
    "Ford", "Lilly", "Schwab", "Douglas", "Dell", "Ferrari", "Merck", "Hermès", "Wendel", "Goldman",
    "Wiley", "Kroger", "Cummins", "Hershey", "Kellogg", "Chanel", "Gucci", "Prada", "Dior",
    "Michelin", "Bayer", "Porsche", "Bosch", "Philips", "Heineken", "Renault", "Peugeot", "Disney",
    "Nordstrom", "Marriott", "Hilton", "Hyatt", "Baxter", "Dover", "Emerson", "Hubbell", "Rollins",
    "Stryker", "Elis", "Elisa", "Puig", "Legrand", "Edison", "Gartner", "Pearson", "Sainsbury",
    "Morrison", "Lockheed", "Northrop", "Allison", "Moody's", "Henkel", "Loews", "Lennar",
    "Halliburton", "Honda", "Suzuki", "Matsui", "Dassault", "Julius Baer", "Patrizia", "Roche",
    "Jenoptik", "Fielmann", "Sixt", "Krones", "Schaeffler", "Knorr-Bremse", "Dürr", "Brady", "Dana",
    "Eaton", "Hawkins", "Knowles", "Lindsay", "Norma", "Moog", "Toto", "Gates", "Rogers", "Noble",
    "Waters", "Hershey", "Philips", "Douglas", "Ethan Allen", "Steve Madden", "Henry Schein",
    "Charles Schwab", "Ralph Lauren", "Tapestry", "Kohl's", "Macy's", "Lowe's", "Carter's",
}


def short_ok(short: str) -> bool:
    """May a stripped form ("Apple" from "Apple Inc.") serve as the company's name?"""
    if short in SHORT_OK:
        return True
    if len(short) <= 2 or short in {"NOW", "SCREEN", "SHIFT"}:
        return False
    if is_acronym(short):
        return True
    if " " in short:
        return short not in BAD_SHORT
    return not word_ambiguous(short) and short not in PERSON_LIKE and short not in PLACE_LIKE


# Multi-word forms that stripping would make generic.
BAD_SHORT = {"Healthcare Services", "Independent Bank", "American International", "International Airlines",
             "Employers Holdings", "City Holding", "Global Net Lease", "First Financial",
             "National Bank", "Bancorp", "Universal"}
# Only names that are first names or surnames *in English news* matter; Japanese and European
# family-name brands are listed because news also writes about people of those names.

LEGAL_SUFFIX_RE = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|plc|PLC|P\.L\.C\.|AG|SE|S\.A\.|SA|"
    r"N\.V\.|NV|AB|AB \(publ\)|Ltd\.?|Limited|Oyj|Oy|ASA|S\.p\.A\.|SpA|KGaA|SE & Co\. KGaA|"
    r"Co\., Ltd\.|Co\.,? Ltd|Holdings Inc\.|LLC|L\.P\.|LP))+$")
GROUP_SUFFIX_RE = re.compile(r"\s+(Group|Holdings?|Group Holdings)$")


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("&", " and ").replace("+", " plus ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def parse_country(text: str | None) -> str:
    """ISO2 of the first country, US state or known city named in a headquarters/country string."""
    if not text or text.lower() in {"none", "no headquarters"}:
        return ""
    t = text.replace("\ufeff", " ")
    best = None
    low = t.lower()
    for name, iso in COUNTRY_NAMES.items():
        for m in re.finditer(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])", low):
            # "us" and "uk" only as separate upper-case tokens
            if name in {"us", "uk", "usa"} and t[m.start():m.end()] != name.upper():
                continue
            if best is None or m.start() < best[0] or (m.start() == best[0] and len(name) > best[2]):
                best = (m.start(), iso, len(name))
    return best[1] if best else ""


def company_names(raw: str) -> tuple[str, list[str], bool]:
    """(canonical name, aliases, forced_ambiguous) for a package company name."""
    if raw in NAME_FIX:
        name, extra = NAME_FIX[raw]
        aliases = [raw] + extra
        return name, aliases, False
    name = re.sub(r"\s*\([^)]*\)\s*$", "", raw).strip()
    aliases = [raw] if raw != name else []
    if name.startswith("The ") and short_ok(name[4:]):
        aliases.append(name)
        name = name[4:]
    # "Eli Lilly and Company" / "Arthur J. Gallagher & Co." style endings
    m = re.match(r"^(.*?)\s+(and|&)\s+(Company|Co\.?)$", name)
    if m and short_ok(m.group(1)):
        aliases.append(name)
        name = m.group(1)
    stripped = LEGAL_SUFFIX_RE.sub("", name).strip().rstrip(",").strip()
    if stripped and stripped != name and not re.search(r"(&|\band)$", stripped) and short_ok(stripped):
        aliases.append(name)
        name = stripped
    grouped = GROUP_SUFFIX_RE.sub("", name).strip()
    if grouped and grouped != name and short_ok(grouped):
        aliases.append(name)
        name = grouped
    if ", " in name and LEGAL_SUFFIX_RE.search(name):
        aliases.append(name)
        name = name.replace(", ", " ", 1)  # "Ball, Inc." -> "Ball Inc."
    return name, aliases + EXTRA_ALIASES.get(raw, []), False


def build_companies(curated_surfaces: dict[str, set[str]]) -> list[list[str]]:
    d = package_dir("pytickersymbols")
    indices = literal_assignments(d / "indices_data.py")["INDICES"]
    merged: dict[str, dict] = {}
    for index, data in indices.items():
        for c in data["companies"]:
            raw = c["name"].strip()
            if raw in DROP:
                continue
            rec = merged.setdefault(raw, {"c": c, "indices": set()})
            rec["indices"].add(index)
    rows = []
    by_name: dict[str, list[dict]] = {}
    for raw, rec in sorted(merged.items()):
        c = rec["c"]
        meta = c.get("metadata") or {}
        country = COUNTRY_FIX.get(raw) or parse_country(meta.get("headquarters")) or parse_country(c.get("country"))
        if not country:
            homes = {INDEX_COUNTRY[i] for i in rec["indices"]} - {""}
            country = homes.pop() if len(homes) == 1 else ""
        name, aliases, _ = company_names(raw)
        prior = max(INDEX_PRIOR.get(i, 35) for i in rec["indices"])
        ent = {"raw": raw, "name": name, "aliases": aliases, "country": country, "prior": prior}
        by_name.setdefault(name, []).append(ent)
    ents = []
    for name, group in sorted(by_name.items()):
        if len(group) > 1 and len({e["country"] for e in group}) == 1 and all(
                re.sub(r"[^a-z]", "", e["raw"].lower()) == re.sub(r"[^a-z]", "", group[0]["raw"].lower())
                for e in group):
            first = group[0]
            for e in group[1:]:
                first["aliases"] += e["aliases"] + [e["raw"]]
                first["prior"] = max(first["prior"], e["prior"])
            group = [first]
        ents.extend(group)
    # Stable ids; a clash (two different companies with one name) gets the country appended.
    slug_count: dict[str, int] = {}
    for e in ents:
        slug_count[slugify(e["name"])] = slug_count.get(slugify(e["name"]), 0) + 1
    # Which surface forms are claimed by which entity, to flag genuine clashes.
    surfaces: dict[str, set[int]] = {}
    for i, e in enumerate(ents):
        for s in {e["name"], *e["aliases"]}:
            surfaces.setdefault(s, set()).add(i)
    for e in ents:
        s = slugify(e["name"])
        e["id"] = "slug:" + (s if slug_count[s] == 1 else f"{s}-{e['country'].lower() or 'xx'}")
    skipped = 0
    for i, e in enumerate(ents):
        names = [e["name"]] + [a for a in dict.fromkeys(e["aliases"]) if a and a != e["name"]]
        # A surface that a curated list already holds belongs to that list: drop it here.
        kept = [n for n in names if n not in curated_surfaces]
        if e["name"] not in kept:
            skipped += 1
            continue
        amb = any(word_ambiguous(n) for n in kept)
        amb = amb or any(len(surfaces.get(n, ())) > 1 for n in kept)
        amb = amb or any(n in PERSON_LIKE for n in kept)
        rows.append([e["name"], "organization", "company", e["id"], QIDS.get(e["name"], ""), e["country"],
                     "|".join(kept[1:]), str(e["prior"]), "ambiguous" if amb else ""])
    print(f"companies: {len(rows)} rows ({skipped} left to curated lists)")
    return rows


# Wikidata QIDs of package companies, only where certain.
QIDS = {"Apple": "Q312", "Microsoft": "Q2283"}

# --------------------------------------------------------------------------
# Legal forms (cleanco + fingerprints)
# --------------------------------------------------------------------------

# How the common forms are written in English text; every listed spelling is emitted.
LEGAL_CASING = {
    "inc": ["Inc.", "Inc", "Incorporated"], "corp": ["Corp.", "Corp", "Corporation"],
    "co": ["Co.", "Co", "Company"], "ltd": ["Ltd", "Ltd.", "Limited", "LTD"],
    "plc": ["plc", "PLC", "Plc", "p.l.c."], "llc": ["LLC", "L.L.C.", "Limited Liability Company"],
    "llp": ["LLP", "L.L.P.", "Limited Liability Partnership"], "lp": ["LP", "L.P.", "Limited Partnership"],
    "lllp": ["LLLP", "L.L.L.P."], "pllc": ["PLLC", "P.L.L.C."], "pc": ["P.C."],
    "gmbh": ["GmbH", "G.m.b.H.", "Gesellschaft mit beschränkter Haftung"],
    "gmbh co kg": ["GmbH & Co. KG", "GmbH & Co KG"], "mbh": ["mbH"],
    "ag": ["AG", "Aktiengesellschaft"], "kgaa": ["KGaA"], "kg": ["KG"], "ohg": ["OHG"], "gbr": ["GbR"],
    "ev": ["e.V."], "eg": ["eG"], "se": ["SE"],
    "sa": ["SA", "S.A."], "nv": ["NV", "N.V."], "bv": ["BV", "B.V."], "bvba": ["BVBA"],
    "spa": ["SpA", "S.p.A.", "Società per Azioni"], "srl": ["Srl", "S.r.l.", "SRL"], "sas": ["SAS", "S.A.S."],
    "sarl": ["SARL", "S.à r.l.", "S.a.r.l.", "Sàrl"], "sca": ["SCA", "S.C.A."], "sapa": ["SApA", "S.a.p.a."],
    "sl": ["SL", "S.L."], "sab": ["SAB", "S.A.B."], "sab de cv": ["S.A.B. de C.V.", "SAB de CV"],
    "sa de cv": ["S.A. de C.V.", "SA de CV"], "ltda": ["Ltda", "Ltda."], "sae": ["SAE", "S.A.E."],
    "ab": ["AB", "AB (publ)"], "asa": ["ASA"], "as": ["AS", "A/S"], "aps": ["ApS"], "oy": ["Oy"],
    "oyj": ["Oyj"], "hf": ["hf."], "ehf": ["ehf."],
    "pty ltd": ["Pty Ltd", "Pty. Ltd.", "Pty Limited", "Pty"],
    "pte ltd": ["Pte Ltd", "Pte. Ltd."], "pvt ltd": ["Pvt Ltd", "Pvt. Ltd.", "Private Limited"],
    "bhd": ["Bhd", "Berhad", "Bhd."], "sdn bhd": ["Sdn Bhd", "Sdn. Bhd."], "tbk": ["Tbk", "PT Tbk"],
    "co ltd": ["Co., Ltd.", "Co. Ltd.", "Co Ltd"], "kk": ["KK", "K.K.", "Kabushiki Kaisha"],
    "gk": ["GK", "G.K."],
    "jsc": ["JSC", "Joint Stock Company", "Joint-Stock Company"], "pjsc": ["PJSC", "Public Joint Stock Company"],
    "ojsc": ["OJSC", "Open Joint Stock Company"], "cjsc": ["CJSC", "Closed Joint Stock Company"],
    "oao": ["OAO"], "zao": ["ZAO"], "ooo": ["OOO"], "pao": ["PAO"], "ao": ["AO"], "tov": ["TOV"],
    "sro": ["s.r.o.", "spol. s r.o."], "as cz": ["a.s."], "doo": ["d.o.o."], "dd": ["d.d."],
    "ead": ["EAD"], "kft": ["Kft.", "Kft"], "zrt": ["Zrt.", "Zrt"],
    "nyrt": ["Nyrt.", "Nyrt"], "spzoo": ["sp. z o.o.", "Sp. z o.o."], "uab": ["UAB"], "sia": ["SIA"],
    "ae": ["AE", "A.E."], "sal": ["SAL", "S.A.L."], "saog": ["SAOG"], "saoc": ["SAOC"],
    "psc": ["PSC"], "bsc": ["B.S.C."], "qsc": ["QSC", "Q.S.C."], "kscp": ["K.S.C.P."],
    "ad": [], "pt": [], "nl": [],
    "sa long": ["Société Anonyme", "Sociedad Anónima", "Sociedade Anônima"],
    "nv long": ["Naamloze Vennootschap"], "bv long": ["Besloten Vennootschap"],
    "ab long": ["Aktiebolag"], "as long": ["Aktieselskab", "Aksjeselskap"], "oy long": ["Osakeyhtiö"],
    "sicav": ["SICAV"], "cic": ["CIC"], "coop": ["Co-op", "Cooperative"],
}
# One country for forms that belong to one legal system.
LEGAL_COUNTRY = {
    "gmbh": "", "gmbh co kg": "DE", "kgaa": "DE", "ohg": "DE", "gbr": "DE", "ev": "DE", "eg": "DE",
    "mbh": "DE", "spa": "IT", "srl": "", "bv": "NL", "bvba": "BE", "nv": "", "oy": "FI", "oyj": "FI",
    "asa": "NO", "aps": "DK", "hf": "IS", "ehf": "IS", "pty ltd": "AU", "nl": "AU", "pte ltd": "SG",
    "pvt ltd": "IN", "bhd": "MY", "sdn bhd": "MY", "tbk": "ID", "pt": "ID", "kk": "JP", "gk": "JP",
    "pjsc": "", "oao": "RU", "zao": "RU", "ooo": "RU", "pao": "RU", "tov": "UA", "sro": "", "kft": "HU",
    "zrt": "HU", "nyrt": "HU", "spzoo": "PL", "uab": "LT", "sia": "LV", "sab de cv": "MX",
    "sa de cv": "MX", "sab": "MX", "ltda": "", "sae": "EG", "saog": "OM", "saoc": "OM", "qsc": "QA",
    "kscp": "KW", "bsc": "BH", "cic": "GB", "plc": "", "ead": "BG", "ad": "", "as cz": "",
    "doo": "", "dd": "", "ae": "GR", "sal": "LB", "ab": "SE", "cjsc": "", "ojsc": "", "jsc": "",
}
CLEANCO_COUNTRIES = {
    "Albania": "AL", "Argentina": "AR", "Australia": "AU", "Austria": "AT", "Belarus": "BY",
    "Belgium": "BE", "Bosnia / Herzegovina": "BA", "Brazil": "BR", "Bulgaria": "BG", "Cambodia": "KH",
    "Canada": "CA", "Chile": "CL", "Columbia": "CO", "Croatia": "HR", "Czech Republic": "CZ",
    "Denmark": "DK", "Dominican Republic": "DO", "Ecuador": "EC", "Egypt": "EG", "Estonia": "EE",
    "Finland": "FI", "France": "FR", "Germany": "DE", "Greece": "GR", "Guatemala": "GT", "Haiti": "HT",
    "Hong Kong": "HK", "Hungary": "HU", "Iceland": "IS", "India": "IN", "Indonesia": "ID",
    "Ireland": "IE", "Israel": "IL", "Italy": "IT", "Japan": "JP", "Latvia": "LV", "Lebanon": "LB",
    "Lithuania": "LT", "Luxemborg": "LU", "Macedonia": "MK", "Malaysia": "MY", "Mexico": "MX",
    "Mongolia": "MN", "Netherlands": "NL", "New Zealand": "NZ", "Nigeria": "NG", "Norway": "NO",
    "Oman": "OM", "Pakistan": "PK", "Peru": "PE", "Philippines": "PH", "Poland": "PL",
    "Portugal": "PT", "Romania": "RO", "Russia": "RU", "Serbia": "RS", "Singapore": "SG",
    "Slovenia": "SI", "Slovakia": "SK", "Spain": "ES", "Sweden": "SE", "Switzerland": "CH",
    "Turkey": "TR", "Ukraine": "UA", "United Kingdom": "GB", "United States of America": "US",
    "Uzbekistan": "UZ",
}
# Package forms that are not written as a company suffix in English text, or that are
# ordinary English words / abbreviations ("UK", "ok", "vat", "too", "e.g.") and would
# turn prose into false company names.
LEGAL_SKIP = {
    "uk", "ok", "at", "et", "vat", "too", "private", "unlimited", "e.g.", "e.c.", "ec", "ev", "e.u.",
    "eu", "pp", "p.p.", "da", "ba", "bl", "ay", "og", "ee", "oe", "mb", "ij", "ks", "kb", "kt", "xt",
    "sd", "ud", "fa", "ep", "ei", "sp", "s.p.", "kf", "sf", "hf", "qk", "aj", "ans", "etat", "fie",
    "teo", "ses.", "gte.", "cpt", "psu", "pse", "ent.", "coop.", "s.s.", "o.d.", "ok", "ik", "ps",
    "i/s", "g/s", "p/s", "k/s", "suc. de descendants", "ltd. co.", "tapui", "obrt", "t:mi", "tmi",
    "iks", "rhf", "nuf", "sogepa", "dat", "zat", "fop", "tdv", "crl", "sgps", "kv.", "k.v.", "qk",
    "partg", "epe", "ovee", "mepe", "stg", "gesbr", "xk", "xxk", "qmj", "mchj", "oaj", "yoaj",
    "amba", "fmba", "smba", "a.m.b.a.", "f.m.b.a.", "s.m.b.a.", "cvba", "cvoa", "sep", "gie", "esv",
    "vzw", "vof", "v.o.f.", "comm.v", "scs", "secs", "s.c.s.", "ohf.", "s.f.", "bt.", "kht.", "kkt.",
    "rt.", "b.m.", "bm", "lda.", "ltda.", "eirl", "eirl.", "sgr", "s.g.r", "s.g.r.", "ead", "kd",
    "kda", "k.d.", "k.d.a.", "j.t.d.", "d.n.o.", "s.c.", "sc", "c.v.", "cv", "e.e.", "o.e.", "ky",
    "hb", "ab", "as", "a spol.", "akc. spol.", "kom. spol.", "k.s.", "v.o.s.", "veř. obch. spol.",
    "s.cra", "s.cra.", "s.coop", "sccl", "s.a.d.", "s.l.l.", "s.l.n.e.", "s.a.a.", "c. por a.", "cxa",
    "s.a.p.i.", "s. de. r.l.", "s. de r.l.", "s. en c.", "sagl", "gp", "sm pte ltd.", "plc ltd.",
    "peec", "yk", "y.k.", "cic", "cio", "ohg", "ag", "and company", "& company", "& co.", "& co",
    "co", "d.o.o.e.l", "d.o.o.e.l.", "o.n.g.", "s.c.p.a", "scpa", "s.c.e i.", "s.e.", "3at", "aat",
    "3ao", "sae", "nl", "ultd", "unltd", "ultd.", "e.v.", "soc.col.", "sp.j.", "sp.k.", "sp.p.",
    "s.k.a.", "s.c.a.", "s.n.c.", "snc", "sasu", "eurl", "fcp", "sem", "scop", "sica", "sal",
    "s.a.s.", "s.a.p.a.", "s.c.r.l.", "sas", "sca", "kgaa",
}


def legal_key(form: str) -> str:
    """Canonical key: lower case without dots/commas/ampersands; abbreviations lose their spaces."""
    k = form.lower().replace("&", " ").replace(",", " ")
    if "." in k:
        k = k.replace(".", "").replace(" ", "")
    k = re.sub(r"\s+", " ", k.replace("/", " ")).strip()
    return LEGAL_KEY_ALIAS.get(k, k)


# Keys that name the same form as a casing-table key.
LEGAL_KEY_ALIAS = {"spols ro": "sro", "spolsro": "sro", "spzoo": "spzoo", "gmbh": "gmbh", "ptyltd": "pty ltd",
                   "pteltd": "pte ltd", "pvtltd": "pvt ltd", "sdnbhd": "sdn bhd", "coltd": "co ltd",
                   "sadecv": "sa de cv", "sabdecv": "sab de cv", "mbh co kg": "gmbh co kg",
                   "mbhcokg": "gmbh co kg", "asoy": "as oy", "sh a": "sha", "ltdco": "co ltd",
                   "sp zoo": "spzoo", "spółka z o o": "spzoo", "spółkazoo": "spzoo", "ltd": "ltd"}


def is_latin(s: str) -> bool:
    return all(("LATIN" in unicodedata.name(c, "")) for c in s if c.isalpha())


def build_legal_forms() -> list[list[str]]:
    cdir = package_dir("cleanco")
    term = literal_assignments(cdir / "termdata.py")
    fdir = package_dir("fingerprints")
    # fingerprints' types.yml is a flat list of "- main: X" / "  forms:" / "  - Y": parse it directly.
    fp: dict[str, list[str]] = {}
    main = None
    for line in (fdir / "types" / "types.yml").read_text(encoding="utf-8").split("\n"):
        if line.startswith("- main: "):
            main = line[len("- main: "):].strip()
            fp.setdefault(main, [])
        elif line.startswith("  - ") and main is not None:
            fp[main].append(line[4:].strip())
    # lower-case long form -> fingerprints' canonical key ("incorporated" -> "inc")
    fp_key = {}
    for m, forms in fp.items():
        for f in forms:
            fp_key.setdefault(f.lower(), m)
    countries: dict[str, set[str]] = {}
    for cname, forms in term["terms_by_country"].items():
        for f in forms:
            countries.setdefault(f.strip().lower(), set()).add(CLEANCO_COUNTRIES[cname])
    raw_forms: set[str] = set()
    for forms in term["terms_by_type"].values():
        raw_forms.update(f.strip().lower() for f in forms)
    raw_forms.update(countries)
    # fingerprints: the long forms of the keys that cleanco also knows (so: legal forms, not the
    # business words such as "insaat" or "lojistik" that fingerprints also normalises).
    known_keys = {legal_key(f) for f in raw_forms} | set(LEGAL_CASING)
    for m, forms in fp.items():
        if legal_key(m) in known_keys:
            for f in forms:
                raw_forms.add(f.lower())
    rows: dict[str, tuple[str, str]] = {}

    def add(form: str, norm: str, country: str) -> None:
        form = form.strip()
        if not form or len(form.split()) > 4 or not is_latin(form):
            return
        prev = rows.get(form)
        if prev and prev[0] != norm:
            err(f"legal_forms: {form!r} normalised as both {prev[0]!r} and {norm!r}")
        rows[form] = (norm, country)

    for norm, spellings in LEGAL_CASING.items():
        for s in spellings:
            add(s, norm.replace(" long", ""), LEGAL_COUNTRY.get(norm.replace(" long", ""), ""))
    for f in sorted(raw_forms):
        if f in LEGAL_SKIP or legal_key(f) in LEGAL_SKIP or not is_latin(f):
            continue
        if " " in f and "." not in f:
            continue  # spelled-out forms: only those of the casing table (English news rarely spells others)
        if re.search(r"[()/:\-]|veå", f) or "'" in f or (" " not in f and "." not in f and len(f) > 5):
            continue  # "(sd)/sadruzhie", "t:mi", and a mis-decoded Czech form in cleanco
        key = legal_key(f)
        norm = legal_key(fp_key.get(f, "")) or key
        if norm in LEGAL_CASING or key in LEGAL_CASING:
            continue  # written by the casing table above
        if len(key.replace(" ", "")) <= 2 or key in {"firma", "pte", "ok", "uk", "asoy", "as oy", "comm v",
                                                          "vog", "ivzw", "fkf", "adsitz", "commv"}:
            continue  # two-letter forms not in the casing table are too easily prose
        if word_ambiguous(key) and " " not in key:
            continue
        cs = countries.get(f, set())
        country = next(iter(cs)) if len(cs) == 1 else ""
        if " " in f and "." not in f:
            written = " ".join(w[:1].upper() + w[1:] for w in f.split())  # Aktiengesellschaft-style
        elif "." in f:
            written = f  # dotted abbreviations are mostly written lower-case (a.s., d.o.o., s.r.o.)
        elif len(f) <= 5:
            written = f.upper()
        else:
            written = f[:1].upper() + f[1:]
        add(written, norm, country)
    out = [[form, norm, country] for form, (norm, country) in rows.items()]
    print(f"legal_forms: {len(out)} rows")
    return out


# --------------------------------------------------------------------------
# Currencies (CLDR) + overrides
# --------------------------------------------------------------------------

# ISO 4217 minor units that are not 2 (active codes).
ISO_MINOR = {c: "0" for c in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split()}
ISO_MINOR.update({c: "3" for c in "BHD IQD JOD KWD LYD OMR TND".split()})
ISO_MINOR.update({c: "4" for c in "CLF UYW".split()})
ISO_MINOR["XDR"] = ""  # ISO 4217: "N.A."
# Symbols used by several currencies go to the one news means by default; others lose them.
SYMBOL_DEFAULT = {"$": "USD", "¥": "JPY", "£": "GBP", "₩": "KRW", "Rs": "INR", "C$": "CAD",
                  "Br": "BYN", "Bs": "VES", "kr": "", "R": "ZAR"}


def build_currencies() -> list[list[str]]:
    files = {}
    for member in ("main/en.xml", "main/root.xml", "validity/currency.xml"):
        files[member] = common.debian_file(*CLDR, f"{CLDR_DIR}/{member}")
    validity = ET.fromstring(files["validity/currency.xml"])
    regular = []
    for idn in validity.iter("id"):
        if idn.get("type") == "currency" and idn.get("idStatus") == "regular":
            regular = idn.text.split()
    names: dict[str, dict] = {}
    for member in ("main/root.xml", "main/en.xml"):  # en after root: en wins
        root = ET.fromstring(files[member])
        for cur in root.iter("currency"):
            code = cur.get("type")
            d = names.setdefault(code, {"symbols": {}})
            for dn in cur.findall("displayName"):
                d[dn.get("count") or "display"] = dn.text
            for sym in cur.findall("symbol"):
                d["symbols"][sym.get("alt") or "default"] = sym.text
    over = {r["code"]: r for r in read_tsv(ROOT / "figures" / "currencies_overrides.tsv")}
    rows: dict[str, dict] = {}
    for code in regular:
        d = names.get(code, {"symbols": {}})
        syms = []
        for key in ("default", "narrow", "variant"):
            s = d["symbols"].get(key)
            if s and s != code and s not in syms:
                syms.append(s)
        rows[code] = {"code": code, "name": d.get("one") or d.get("display", ""),
                      "plural": d.get("other") or d.get("one") or "",
                      "symbols": syms, "aliases": [], "minor_units": ISO_MINOR.get(code, "2")}
    for code, o in sorted(over.items()):
        if o["action"] == "drop":
            rows.pop(code, None)
            continue
        r = rows.setdefault(code, {"code": code, "name": "", "plural": "", "symbols": [], "aliases": [],
                                   "minor_units": ISO_MINOR.get(code, "2")})
        for col in ("name", "plural", "minor_units"):
            if o[col]:
                r[col] = o[col]
        if o["symbols"]:
            r["symbols"] = o["symbols"].split("|") + [s for s in r["symbols"] if s not in o["symbols"].split("|")]
        if o["aliases"]:
            r["aliases"] = o["aliases"].split("|")
    # Resolve shared symbols.
    owners: dict[str, list[str]] = {}
    for code, r in rows.items():
        for s in r["symbols"]:
            owners.setdefault(s, []).append(code)
    for s, codes in owners.items():
        single_letter = len(s) == 1 and s.isascii() and s.isalpha()
        if len(codes) > 1 or single_letter:
            keep = SYMBOL_DEFAULT.get(s, None)
            if keep is None and not single_letter:
                err(f"currencies: symbol {s!r} shared by {codes}: add it to SYMBOL_DEFAULT")
            for code in codes:
                if code != keep:
                    rows[code]["symbols"].remove(s)
    out = []
    seen_alias: dict[str, str] = {}
    for code, r in sorted(rows.items()):
        if not r["name"] or not r["plural"]:
            err(f"currencies: {code} has no English name")
        for a in r["aliases"]:
            if a in seen_alias:
                err(f"currencies: alias {a!r} on {seen_alias[a]} and {code}")
            seen_alias[a] = code
        out.append([code, r["name"], r["plural"], "|".join(r["symbols"] + [code]), "|".join(r["aliases"]),
                    r["minor_units"]])
    print(f"currencies: {len(out)} rows")
    return out


# --------------------------------------------------------------------------
# Validation of the curated files
# --------------------------------------------------------------------------

def normalized_text(header: list[str], rows: list[list[str]]) -> str:
    lines = sorted({"\t".join(common.clean_cell(c) for c in r) for r in rows}, key=lambda l: (l.casefold(), l))
    return "\t".join(header) + "\n" + "".join(l + "\n" for l in lines)


def check_sorted(path: Path, header: list[str], rows: list[list[str]], fix: bool) -> None:
    want = normalized_text(header, rows)
    have = path.read_text(encoding="utf-8")
    if have != want:
        if fix:
            path.write_text(want, encoding="utf-8", newline="\n")
            print(f"fixed order/normalisation of {path.relative_to(ROOT.parent)}")
        else:
            err(f"{path.relative_to(ROOT.parent)}: not sorted/normalised (run with --fix-curated)")


def validate_orgs(fix: bool) -> dict[str, set[str]]:
    """Check every curated organization file; returns surface form -> ids, for the generator."""
    surfaces: dict[str, set[str]] = {}
    surface_rows: dict[str, list[tuple[str, dict]]] = {}
    all_ids: dict[str, str] = {}
    for fname, subtypes in CURATED_ORGS.items():
        path = ORGS / fname
        if not path.exists():
            err(f"missing curated file {path}")
            continue
        header = path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")
        if header != ENTITY_COLUMNS:
            err(f"{fname}: header {header}")
            continue
        rows = read_tsv(path)
        fixed_rows = []
        for r in rows:
            where = f"{fname}: {r['name']!r}"
            for k, v in r.items():
                if v != v.strip() or unicodedata.normalize("NFC", v) != v:
                    err(f"{where}: cell {k} not trimmed/NFC")
            if r["kind"] != "organization":
                err(f"{where}: kind {r['kind']!r}")
            if r["subtype"] not in subtypes:
                err(f"{where}: subtype {r['subtype']!r} not in {sorted(subtypes)}")
            if not ID_RE.match(r["id"]):
                err(f"{where}: bad id {r['id']!r}")
            if r["id"] in all_ids:
                err(f"{where}: id {r['id']} also in {all_ids[r['id']]}")
            all_ids[r["id"]] = fname
            if r["wikidata"] and not QID_RE.match(r["wikidata"]):
                err(f"{where}: bad wikidata {r['wikidata']!r}")
            if r["country"] and not ISO2_RE.match(r["country"]):
                err(f"{where}: bad country {r['country']!r}")
            if not r["prior"].isdigit() or not 0 <= int(r["prior"]) <= 100:
                err(f"{where}: bad prior {r['prior']!r}")
            flags = [f for f in r["flags"].split(",") if f]
            if set(flags) - {"ambiguous"}:
                err(f"{where}: unknown flags {flags}")
            aliases = [a for a in r["aliases"].split("|")] if r["aliases"] else []
            if any(not a or a != a.strip() for a in aliases):
                err(f"{where}: empty or untrimmed alias")
            if len(set(aliases)) != len(aliases) or r["name"] in aliases:
                err(f"{where}: duplicate alias")
            names = [r["name"]] + aliases
            need = [n for n in names if word_ambiguous(n)]
            if need and "ambiguous" not in flags:
                if fix:
                    flags.append("ambiguous")
                else:
                    err(f"{where}: {need} are common words: flag ambiguous")
            r["flags"] = ",".join(sorted(set(flags)))
            for n in names:
                surfaces.setdefault(n, set()).add(r["id"])
                surface_rows.setdefault(n, []).append((fname, r))
            fixed_rows.append([r[c] for c in ENTITY_COLUMNS])
        check_sorted(path, ENTITY_COLUMNS, fixed_rows, fix)
    for n, lst in sorted(surface_rows.items()):
        ids = {r["id"] for _, r in lst}
        if len(ids) > 1 and not all("ambiguous" in r["flags"] for _, r in lst):
            err(f"surface {n!r} names {sorted(ids)} ({sorted({f for f, _ in lst})}): flag all ambiguous or drop")
    return surfaces


def validate_units(fix: bool) -> None:
    path = ROOT / "figures" / "units.tsv"
    header = path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")
    if header != UNIT_COLUMNS:
        err(f"units.tsv: header {header}")
        return
    rows = read_tsv(path)
    seen_units, seen_surface = set(), {}
    units = {r["unit"]: r for r in rows}
    for r in rows:
        where = f"units.tsv: {r['unit']!r}"
        if r["unit"] in seen_units:
            err(f"{where}: duplicate unit")
        seen_units.add(r["unit"])
        if r["dimension"] not in UNIT_DIMENSIONS:
            err(f"{where}: dimension {r['dimension']!r}")
        if r["dimension"] != "temperature" and not DECIMAL_RE.match(r["to_base"]):
            err(f"{where}: to_base {r['to_base']!r} is not a plain decimal")
        if r["base"] not in units:
            err(f"{where}: base {r['base']!r} is not a unit of the file")
        elif units[r["base"]]["dimension"] != r["dimension"]:
            err(f"{where}: base {r['base']!r} has another dimension")
        for s in [r["singular"], r["plural"]] + [x for x in (r["symbols"] + "|" + r["aliases"]).split("|") if x]:
            key = s
            if key in seen_surface and seen_surface[key] != r["unit"]:
                err(f"{where}: surface {s!r} also on {seen_surface[key]!r}")
            seen_surface[key] = r["unit"]
    check_sorted(path, UNIT_COLUMNS, [[r[c] for c in UNIT_COLUMNS] for r in rows], fix)


def validate_currency_overrides(fix: bool) -> None:
    path = ROOT / "figures" / "currencies_overrides.tsv"
    header = path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")
    if header != CURRENCY_OVERRIDE_COLUMNS:
        err(f"currencies_overrides.tsv: header {header}")
        return
    rows = read_tsv(path)
    for r in rows:
        if r["action"] not in {"set", "add", "drop"}:
            err(f"currencies_overrides.tsv: {r['code']}: action {r['action']!r}")
        if not re.match(r"^[A-Z]{3}$", r["code"]):
            err(f"currencies_overrides.tsv: bad code {r['code']!r}")
    check_sorted(path, CURRENCY_OVERRIDE_COLUMNS, [[r[c] for c in CURRENCY_OVERRIDE_COLUMNS] for r in rows], fix)


def main() -> int:
    fix = "--fix-curated" in sys.argv[1:]
    curated = validate_orgs(fix)
    validate_units(fix)
    validate_currency_overrides(fix)
    n = write_tsv(ORGS / "companies.tsv", ENTITY_COLUMNS, build_companies(curated))
    print(f"wrote orgs/companies.tsv ({n})")
    n = write_tsv(ROOT / "lexicon" / "legal_forms.tsv", LEGAL_COLUMNS, build_legal_forms())
    print(f"wrote lexicon/legal_forms.tsv ({n})")
    n = write_tsv(ROOT / "figures" / "currencies.tsv", CURRENCY_COLUMNS, build_currencies())
    print(f"wrote figures/currencies.tsv ({n})")
    total = n_orgs()
    print(f"organizations in all: {total}")
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(ERRORS)} errors", file=sys.stderr)
        return 1
    return 0


def n_orgs() -> int:
    return sum(len(read_tsv(p)) for p in sorted(ORGS.glob("*.tsv")))


if __name__ == "__main__":
    sys.exit(main())
