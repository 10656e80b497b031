//! The resolve stage as a table: which mentions become one entity, and
//! which stay apart. One row a rule of `src/resolve/coref.rs`, each a
//! sentence written for this test (none from the evaluation data), so a rule
//! change fails one named row instead of a snapshot diff.

use factum::{EntityKind, Extraction, Extractor};

/// The entity holding a mention that reads `text` (the `nth` such mention,
/// from 0): its id, name and kind, and the rule of that mention.
fn holder<'a>(out: &'a Extraction, text: &str, nth: usize) -> Option<(&'a str, &'a str, EntityKind, &'a str)> {
    let mut hits: Vec<(usize, &factum::Entity, &factum::Mention)> = out
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().filter(|m| m.text == text).map(move |m| (m.span.start, e, m)))
        .collect();
    hits.sort_by_key(|&(start, _, _)| start);
    hits.get(nth).map(|&(_, e, m)| (e.id.as_str(), e.name.as_str(), e.kind, m.rule.as_str()))
}

/// Whether two mentions should share an entity.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Link {
    /// One entity, with this name, and the second mention made by this rule ("" for any).
    Same(&'static str, &'static str),
    /// Two entities (or the second is no mention at all).
    Apart,
}

use Link::{Apart, Same};

/// A row: name of the case, text, first mention, second mention (text, nth), expected link.
type Case = (&'static str, &'static str, &'static str, (&'static str, usize), Link);

const CASES: &[Case] = &[
    (
        "a lone surname joins the person named in full before it",
        "Marta Kowalczyk chairs the committee. Kowalczyk said the vote would wait.",
        "Marta Kowalczyk",
        ("Kowalczyk", 0),
        Same("Marta Kowalczyk", ""),
    ),
    (
        "a lone surname that is also a listed town still joins the person",
        "Andrew Bolton met the inspectors on Monday. Bolton said little afterwards.",
        "Andrew Bolton",
        ("Bolton", 0),
        Same("Andrew Bolton", "coref:surname"),
    ),
    (
        "a surname shared by two people in the text is left alone",
        "Laura Mendel and David Mendel run the shop. Mendel said prices would rise.",
        "Laura Mendel",
        ("David Mendel", 0),
        Apart,
    ),
    (
        "an acronym defined in brackets joins its long form",
        "The International Energy Agency (IEA) cut its forecast. The IEA expects demand to fall.",
        "International Energy Agency",
        ("IEA", 1),
        Same("International Energy Agency", ""),
    ),
    (
        "an acronym defined in brackets for an unlisted long form joins it too",
        "The Northern Rivers Water Board (NRWB) raised its fees. The NRWB blamed the drought.",
        "Northern Rivers Water Board",
        ("NRWB", 1),
        Same("Northern Rivers Water Board", "coref:acronym"),
    ),
    (
        "different forms of one listed country are one entity",
        "The United States sent aid. U.S. officials arrived on Tuesday.",
        "United States",
        ("U.S.", 0),
        Same("United States", ""),
    ),
    (
        "a demonym joins its country",
        "Kenya closed its border. Kenyan officials gave no reason.",
        "Kenya",
        ("Kenyan", 0),
        Same("Kenya", ""),
    ),
    (
        "a company's short form joins the name with its legal form",
        "Harlow Brothers Ltd. reported a loss. Harlow Brothers will cut jobs.",
        "Harlow Brothers Ltd.",
        ("Harlow Brothers", 0),
        Same("Harlow Brothers Ltd.", ""),
    ),
    (
        "a storm's bare name joins the storm",
        "Hurricane Delfina reached the coast on Friday. Delfina weakened overnight.",
        "Hurricane Delfina",
        ("Delfina", 0),
        Same("Hurricane Delfina", "coref:short"),
    ),
    (
        "a capital in a political sentence stands for its country",
        "The United Kingdom protested. Relations with London have cooled since then.",
        "United Kingdom",
        ("London", 0),
        Same("United Kingdom", "coref:capital-metonym"),
    ),
    (
        "a capital as a place stays the city",
        "The United Kingdom protested. The talks were held in London on Monday.",
        "United Kingdom",
        ("London", 0),
        Apart,
    ),
    (
        "an unlisted name said twice is one entity",
        "Qorvath Mining opened a pit. Qorvath Mining hired sixty workers.",
        "Qorvath Mining",
        ("Qorvath Mining", 1),
        Same("Qorvath Mining", ""),
    ),
    (
        "two people with different names stay apart",
        "Elena Varga thanked Tomas Varga's neighbour, Peter Holm. Holm smiled.",
        "Elena Varga",
        ("Peter Holm", 0),
        Apart,
    ),
    (
        "a person's first name alone joins the person when no other person has it",
        "Teodora Blanc won the race in Lyon. Afterwards Teodora thanked her coach.",
        "Teodora Blanc",
        ("Teodora", 0),
        Same("Teodora Blanc", "coref:short"),
    ),
    (
        "a team's plural nickname joins the team",
        "The Boston Bruins won again on Saturday. The Bruins lead the league.",
        "Boston Bruins",
        ("Bruins", 0),
        Same("Boston Bruins", ""),
    ),
    (
        "a company named in capitals is the one written in title case",
        "MERIDOX is a small firm in Leeds. Meridox said it would hire staff.",
        "MERIDOX",
        ("Meridox", 0),
        Same("MERIDOX", ""),
    ),
];

#[test]
fn resolve_table() {
    let ex = Extractor::default();
    let mut failures = Vec::new();
    for &(name, text, first, (second, nth), expected) in CASES {
        let out = ex.extract(text);
        let a = holder(&out, first, 0);
        let b = holder(&out, second, nth);
        let joined = match (a, b) {
            (Some((ia, na, _, _)), Some((ib, _, _, rule))) if ia == ib => Some((na, rule)),
            _ => None,
        };
        let ok = match (expected, joined) {
            (Same(name, rule), Some((gname, grule))) => name == gname && (rule.is_empty() || rule == grule),
            (Apart, None) => a.is_some(),
            _ => false,
        };
        if !ok {
            failures.push(format!("{name}: expected {expected:?}, got {a:?} / {b:?}\n  {text}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn the_holder_of_a_missing_mention_is_none() {
    let out = Extractor::default().extract("Nothing here is a name.");
    assert_eq!(holder(&out, "Kowalczyk", 0), None);
}
