//! The gazetteer stage on real text: the places and organizations of the seed
//! article, the traps ("us", "Most", "deal", "police"), case and folding, and
//! user lists with their errors.

mod common;

use factum::{EntityKind, ErrorKind, Extraction, Extractor};
use std::path::PathBuf;

/// (mention text, byte start) of every mention of the entity named `name`.
fn mentions_of(out: &Extraction, name: &str) -> Vec<(String, usize)> {
    out.entities
        .iter()
        .filter(|e| e.name == name)
        .flat_map(|e| e.mentions.iter().map(|m| (m.text.clone(), m.span.start)))
        .collect()
}

/// The entity with this canonical name, asserting its kind.
fn entity<'a>(out: &'a Extraction, name: &str, kind: EntityKind) -> &'a factum::Entity {
    let e = out.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?}"));
    assert_eq!(e.kind, kind, "{name}");
    e
}

/// Byte offsets of every occurrence of `needle` in `text`.
fn all(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle).map(|(i, _)| i).collect()
}

#[test]
fn seed_article_places() {
    let text = common::seed();
    let out = Extractor::default().extract(&text);

    let belarus = entity(&out, "Belarus", EntityKind::Place);
    assert_eq!(belarus.ids.get("iso").map(String::as_str), Some("BY"));
    let forms: Vec<&str> = belarus.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(forms.iter().filter(|f| **f == "Belarus").count(), 9, "{forms:?}");
    assert_eq!(forms.iter().filter(|f| **f == "Belarusian").count(), 2, "{forms:?}");
    // "Belarus’" (curly apostrophe) and "Belarus–US" (en dash) are found with exact spans.
    let starts: Vec<usize> = belarus.mentions.iter().map(|m| m.span.start).collect();
    assert!(starts.contains(&text.find("Belarus’ major").unwrap()));
    assert!(starts.contains(&text.find("Belarus–US").unwrap()));

    let us = entity(&out, "United States", EntityKind::Place);
    let us_starts: Vec<usize> = us.mentions.iter().filter(|m| m.text == "US").map(|m| m.span.start).collect();
    assert_eq!(us_starts, all(&text, "US"));
    assert_eq!(us_starts.len(), 7);
    assert!(us.mentions.iter().any(|m| m.text == "United States"));

    let ukraine = entity(&out, "Ukraine", EntityKind::Place);
    assert_eq!(ukraine.mentions.iter().filter(|m| m.text == "Ukraine").count(), 3);
    assert!(ukraine.mentions.iter().any(|m| m.text == "Ukrainian" && m.rule == "gazetteer:places/demonyms"));
    for (name, n) in [("Poland", 2), ("Lithuania", 2), ("Russia", 1)] {
        assert_eq!(mentions_of(&out, name).len(), n, "{name}");
    }
    let minsk = entity(&out, "Minsk", EntityKind::Place);
    assert_eq!(minsk.subtype.as_deref(), Some("capital"));
    let kyiv = entity(&out, "Kyiv", EntityKind::Place);
    assert_eq!(kyiv.mentions[0].span.start, text.find("Kyiv's").unwrap());
    assert_eq!(kyiv.mentions[0].text, "Kyiv");
}

#[test]
fn seed_article_organizations() {
    let text = common::seed();
    let out = Extractor::default().extract(&text);
    let eu = entity(&out, "European Union", EntityKind::Organization);
    let mut forms: Vec<&str> = eu.mentions.iter().map(|m| m.text.as_str()).collect();
    forms.sort();
    assert_eq!(forms, ["EU", "EU", "European Union"]);
    entity(&out, "BBC", EntityKind::Organization);
    let afp = entity(&out, "Agence France-Presse", EntityKind::Organization);
    assert_eq!(afp.mentions[0].text, "Agence France-Presse");
    entity(&out, "Telegram", EntityKind::Organization);
    // "France" inside "Agence France-Presse" is not a place of its own.
    assert!(mentions_of(&out, "France").is_empty());
}

#[test]
fn seed_article_traps_are_not_places() {
    let text = common::seed();
    let out = Extractor::default().extract(&text);
    for e in out.entities.iter().filter(|e| e.kind == EntityKind::Place) {
        for m in &e.mentions {
            assert!(
                !["us", "deal", "Most", "of", "police", "Zoom", "Print"].contains(&m.text.as_str()),
                "{m:?} of {}",
                e.name
            );
        }
    }
}

#[test]
fn traps_in_other_text() {
    let ex = Extractor::default();
    let out =
        ex.extract("Most of us said the deal was nice. Reading the news, police in Nice and Reading, England waited.");
    let names: Vec<(&str, &str)> =
        out.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.text.as_str(), e.name.as_str()))).collect();
    assert!(names.contains(&("Nice", "Nice")), "{names:?}");
    assert!(names.iter().any(|(t, _)| *t == "Reading"), "{names:?}");
    assert_eq!(
        names.iter().filter(|(t, _)| *t == "Reading").count(),
        1,
        "sentence-initial 'Reading' is a verb: {names:?}"
    );
    assert!(!names.iter().any(|(t, _)| ["Most", "us", "deal", "nice", "police"].contains(t)), "{names:?}");
}

#[test]
fn folding_finds_headline_caps_and_diacritic_variants() {
    let ex = Extractor::default();
    let out = ex.extract("BELARUS FREES PRISONERS\n\nOfficials in Kyiv and Kiev met in Sao Paulo.");
    assert!(out.entities.iter().any(|e| e.name == "Belarus" && e.mentions[0].text == "BELARUS"));
    let kyiv = out.entities.iter().find(|e| e.name == "Kyiv").expect("Kyiv");
    assert_eq!(kyiv.mentions.len(), 2, "Kiev is an alias of Kyiv");
    assert!(out.entities.iter().any(|e| e.name == "São Paulo" && e.mentions[0].text == "Sao Paulo"));
}

fn user_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factum-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn user_lists_add_and_override() {
    let path = user_file(
        "mine.tsv",
        "name\tkind\tsubtype\tid\taliases\nGlobex Corporation\torganization\tcompany\tslug:globex\tGlobex\nBelarus\tplace\tcountry\tiso:BY\tBelarusland\n"
            .as_bytes(),
    );
    let ex = Extractor::builder().gazetteer_file(&path).build().unwrap();
    let out = ex.extract("Globex opened an office in Belarusland.");
    let names: Vec<&str> = out.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Globex Corporation", "Belarus"]);
}

#[test]
fn without_bundled_places() {
    let ex = Extractor::builder().without_bundled(EntityKind::Place).build().unwrap();
    let out = ex.extract("Belarus has released 123 prisoners.");
    assert!(out.entities.iter().all(|e| e.kind != EntityKind::Place));
}

#[test]
fn bad_user_lists_name_file_and_line() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "columns.tsv",
            b"name\tkind\nAcme\torganization\textra\n",
            "columns.tsv:2: expected 2 tab-separated columns as in the header, found 3",
        ),
        ("empty.tsv", b"name\tkind\n\torganization\n", "empty.tsv:2: empty name"),
        (
            "kind.tsv",
            b"name\tkind\nAcme\tcompany\n",
            "kind.tsv:2: invalid kind \"company\": expected person, place, organization or misc",
        ),
        (
            "dup.tsv",
            b"name\tkind\tid\nA\tplace\tx:1\nB\tplace\tx:1\n",
            "dup.tsv:3: duplicate id \"x:1\" (first on line 2)",
        ),
        ("utf8.tsv", b"name\tkind\nAcme\torganization\nCaf\xe9\tplace\n", "utf8.tsv:3: invalid UTF-8"),
        ("header.tsv", b"title\tkind\nAcme\torganization\n", "header.tsv:1: header lacks the required column \"name\""),
        (
            "prior.tsv",
            b"name\tkind\tprior\nAcme\torganization\t300\n",
            "prior.tsv:2: invalid prior \"300\": expected a whole number from 0 to 100",
        ),
    ];
    for (name, contents, want) in cases {
        let path = user_file(name, contents);
        let err = Extractor::builder().gazetteer_file(&path).build().unwrap_err();
        assert!(err.to_string().ends_with(want), "{name}: {err}");
        assert_eq!(err.path(), Some(path.as_path()));
    }
    let err = Extractor::builder().gazetteer_file("/no/such/list.tsv").build().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io(_)));
    assert!(err.to_string().starts_with("/no/such/list.tsv: "), "{err}");
}

#[test]
fn crlf_and_bom_user_lists_load() {
    let path = user_file("crlf.tsv", b"\xef\xbb\xbfname\tkind\r\nGlobex\torganization\r\n");
    let ex = Extractor::builder().gazetteer_file(&path).build().unwrap();
    assert_eq!(ex.extract("Globex grew.").entities[0].name, "Globex");
}

#[test]
fn explain_records_what_lost_and_to_what() {
    let ex = Extractor::default();
    let text = "Prime Minister Boris Johnson met John Bolton in Washington.";
    assert!(ex.extract(text).rejected.is_empty(), "off by default");
    let out = ex.extract_with(text, &factum::Options { explain: true, ..factum::Options::default() });
    let bolton = out.rejected.iter().find(|r| r.text == "Bolton").expect("the town of Bolton lost");
    assert_eq!(bolton.kind, EntityKind::Place);
    assert_eq!(bolton.beaten_by, "John Bolton");
    assert_eq!(&text[bolton.span.range()], "Bolton");
    // The extraction itself is the same with or without explain, but for the sources explain adds.
    let plain = ex.extract(text);
    let mut explained = out.entities.clone();
    for m in explained.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        assert!(m.source.take().is_some(), "a listed name names its line: {m:?}");
    }
    assert_eq!(explained, plain.entities);
}

/// An extraction of text naming every entry of `LIST`, from a builder given
/// only that list (as text, so the rule ids are the same whatever the bytes).
const LIST_LF: &str = "name\tkind\tsubtype\tid\taliases\tprior\tflags\n\
    # a comment line, then a blank one\n\
    \n\
    Globex Corporation\torganization\tcompany\tslug:globex\tGlobex|GX\t80\t\n\
    Springfield Nuclear\torganization\tcompany\t\t\t\tambiguous\n\
    Ruritania\tplace\tcountry\tslug:ruritania\tRuritanian Republic\t90\t\n\
    Tatiana Testova\tperson\t\t\tT. Testova\t\t\n";
const LIST_TEXT: &str =
    "Globex (GX) opened a plant at Springfield Nuclear in the Ruritanian Republic, Tatiana Testova said. Ruritania agreed.";

fn user_only(name: &str, list: &str) -> Result<Extractor, factum::Error> {
    let mut b = Extractor::builder();
    b.without_bundled(EntityKind::Person).without_bundled(EntityKind::Place).without_bundled(EntityKind::Organization);
    b.gazetteer_text(name, list).build()
}

#[test]
fn crlf_and_bom_load_the_same_entries_as_lf() {
    let lf = user_only("list.tsv", LIST_LF).unwrap().extract(LIST_TEXT);
    let names: Vec<&str> = lf.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Globex Corporation", "Springfield Nuclear", "Ruritania", "Tatiana Testova"]);
    assert_eq!(lf.entities[0].mentions.len(), 2, "Globex and GX");
    let crlf = LIST_LF.replace('\n', "\r\n");
    for variant in [crlf.clone(), format!("\u{feff}{LIST_LF}"), format!("\u{feff}{crlf}")] {
        let out = user_only("list.tsv", &variant).unwrap().extract(LIST_TEXT);
        assert_eq!(out, lf, "{:?}", &variant[..12]);
    }
    // From a file: the same entries (the rule ids name the file).
    let path = user_file("crlf-bom.tsv", format!("\u{feff}{crlf}").as_bytes());
    let mut b = Extractor::builder();
    b.without_bundled(EntityKind::Person).without_bundled(EntityKind::Place).without_bundled(EntityKind::Organization);
    let out = b.gazetteer_file(&path).build().unwrap().extract(LIST_TEXT);
    let got: Vec<(&str, usize)> = out.entities.iter().map(|e| (e.name.as_str(), e.mentions.len())).collect();
    let want: Vec<(&str, usize)> = lf.entities.iter().map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_bad_line_fails_the_whole_build() {
    // Lines 2-4 are good, line 5 is not: the build fails, naming line 5, and
    // there is no extractor with the first entries and without the rest.
    let list = "name\tkind\nGlobex\torganization\nRuritania\tplace\nTatiana Testova\tperson\nAcme\tcompany\n";
    let err = user_only("five.tsv", list).unwrap_err();
    assert_eq!(err.to_string(), "five.tsv:5: invalid kind \"company\": expected person, place, organization or misc");
    assert_eq!(err.line(), Some(5));
    // The same for a bad list after a good one: nothing of either loads.
    let mut b = Extractor::builder();
    b.gazetteer_text("good.tsv", "name\tkind\nGlobex\torganization\n").gazetteer_text("five.tsv", list);
    assert_eq!(b.build().unwrap_err().to_string(), err.to_string());
}

#[test]
fn bad_lists_given_as_text_name_the_list_line_and_problem() {
    let cases: &[(&str, &str)] = &[
        (
            "name\tkind\nAcme\torganization\textra\n",
            "t.tsv:2: expected 2 tab-separated columns as in the header, found 3",
        ),
        (
            "name\tkind\tsubtype\nAcme\torganization\n",
            "t.tsv:2: expected 3 tab-separated columns as in the header, found 2",
        ),
        ("name\tkind\n  \torganization\n", "t.tsv:2: empty name"),
        ("name\tkind\nAcme\t\n", "t.tsv:2: invalid kind \"\": expected person, place, organization or misc"),
        (
            "name\tkind\nAcme\tPerson\n",
            "t.tsv:2: invalid kind \"Person\": expected person, place, organization or misc",
        ),
        ("name\tkind\tid\n\nA\tplace\tx:1\n# c\nB\tplace\tx:1\n", "t.tsv:5: duplicate id \"x:1\" (first on line 3)"),
        (
            "name\tkind\tflags\nAcme\tmisc\tweird\n",
            "t.tsv:2: invalid flags \"weird\": expected a comma-separated list of: ambiguous",
        ),
        ("name\tkind\tprior\nAcme\tmisc\t-1\n", "t.tsv:2: invalid prior \"-1\": expected a whole number from 0 to 100"),
        ("# only a comment\n\n", "t.tsv:1: header lacks the required column \"name\""),
        ("", "t.tsv:1: header lacks the required column \"name\""),
        ("# generated\n\nname\tclass\n", "t.tsv:3: header lacks the required column \"kind\""),
        (
            "\r\nname\tkind\r\nAcme\torganization\tx\r\n",
            "t.tsv:3: expected 2 tab-separated columns as in the header, found 3",
        ),
    ];
    for (list, want) in cases {
        let err = Extractor::builder().gazetteer_text("t.tsv", list).build().unwrap_err();
        assert_eq!(&err.to_string(), want, "{list:?}");
        assert_eq!(err.path(), Some(std::path::Path::new("t.tsv")));
    }
    // A header alone is a valid, empty list.
    assert!(Extractor::builder().gazetteer_text("t.tsv", "name\tkind\n").build().is_ok());
}

#[test]
fn invalid_utf8_names_the_line_it_is_on() {
    // The bad byte is on line 4, after a CRLF line and a BOM.
    let path = user_file("bad-utf8.tsv", b"\xef\xbb\xbfname\tkind\r\nAcme\torganization\r\n\r\nZ\xfcrich\tplace\r\n");
    let err = Extractor::builder().gazetteer_file(&path).build().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidUtf8));
    assert_eq!(err.to_string(), format!("{}:4: invalid UTF-8", path.display()));
}

/// The generated organization lists (`orgs/football_clubs.tsv`,
/// `orgs/universities.tsv`, `orgs/exchanges.tsv`): (case, text, mention, canonical name, subtype).
const GENERATED_ORGS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "club",
        "Sparta Rotterdam drew 1-1 with Go Ahead Eagles on Sunday.",
        "Go Ahead Eagles",
        "Go Ahead Eagles",
        "sports_club",
    ),
    (
        "club before a sports verb",
        "Hellas Verona lost to a late penalty.",
        "Hellas Verona",
        "Hellas Verona",
        "sports_club",
    ),
    (
        "club under its German name",
        "Fans of TSV 1860 München travelled north.",
        "TSV 1860 München",
        "Munich 1860",
        "sports_club",
    ),
    (
        "university",
        "She lectures at Aberystwyth University in Wales.",
        "Aberystwyth University",
        "Aberystwyth University",
        "university",
    ),
    (
        "university of a city",
        "A team at the University of East Anglia found the gene.",
        "University of East Anglia",
        "University of East Anglia",
        "university",
    ),
    (
        "city university alias",
        "He moved to Bristol University last year.",
        "Bristol University",
        "University of Bristol",
        "university",
    ),
    (
        "exchange",
        "Shares rose 4% on the Nairobi Stock Exchange on Monday.",
        "Nairobi Stock Exchange",
        "Nairobi Stock Exchange",
        "exchange",
    ),
    (
        "exchange acronym",
        "Trading on the Warsaw Stock Exchange (WSE) resumed.",
        "WSE",
        "Warsaw Stock Exchange",
        "exchange",
    ),
];

#[test]
fn generated_org_lists_name_clubs_universities_and_exchanges() {
    let ex = Extractor::default();
    for (case, text, mention, name, subtype) in GENERATED_ORGS {
        let out = ex.extract(text);
        let e = entity(&out, name, EntityKind::Organization);
        assert_eq!(e.subtype.as_deref(), Some(*subtype), "{case}: {e:?}");
        assert!(e.mentions.iter().any(|m| m.text == *mention), "{case}: {e:?}");
    }
    // Two forms of one university are one entity, and its city is no place of its own.
    let out = ex.extract("She taught at the University of Bristol, then at Bristol University.");
    assert_eq!(entity(&out, "University of Bristol", EntityKind::Organization).mentions.len(), 2);
    assert!(mentions_of(&out, "Bristol").is_empty(), "{:?}", out.entities);
}

#[test]
fn generated_org_lists_leave_place_and_word_forms_to_context() {
    // The club data also calls clubs "Palace", "Carrick" or "Tenerife"; the
    // generator leaves such one-word forms out, so they stay words and places.
    let ex = Extractor::default();
    for text in
        ["The Palace said nothing on Tuesday.", "Carrick, Cumbria is a small parish.", "They flew from Tenerife."]
    {
        let out = ex.extract(text);
        let clubs: Vec<&str> = out
            .entities
            .iter()
            .filter(|e| e.subtype.as_deref() == Some("sports_club"))
            .map(|e| e.name.as_str())
            .collect();
        assert!(clubs.is_empty(), "{text}: {clubs:?}");
    }
}
