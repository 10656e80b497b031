//! The seed article against `tests/corpus/belarus-prisoners.expected.md`:
//! every person, place and organization mention with its exact span, linked
//! to the right entity; written out here as explicit expectations rather than
//! left to a snapshot.

mod common;

use factum::{EntityKind, Extraction, Extractor, Options};

fn extraction() -> (String, Extraction) {
    let text = common::seed();
    let options = Options { document_date: Some("2025-12-13".parse().unwrap()), ..Options::default() };
    let out = Extractor::default().extract_with(&text, &options);
    (text, out)
}

/// Assert that the entity named `name` has kind `kind` and exactly the
/// mentions its row of [`common::SEED_ENTITIES`] expects.
fn expect(out: &Extraction, text: &str, name: &str, kind: EntityKind, forms: &[(&str, usize)]) {
    let e =
        out.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}: {:#?}", names(out)));
    assert_eq!(e.kind, kind, "{name}");
    let expected = common::expected_mentions(text, name, forms);
    let got: Vec<(usize, &str)> = e.mentions.iter().map(|m| (m.span.start, m.text.as_str())).collect();
    assert_eq!(got, expected, "{name}");
    for m in &e.mentions {
        assert_eq!(&text[m.span.range()], m.text);
    }
}

/// Every expected entity of `kind`, as [`expect`] checks it.
fn expect_all(out: &Extraction, text: &str, kind: EntityKind) {
    for &(name, k, forms) in common::SEED_ENTITIES.iter().filter(|(_, k, _)| *k == kind) {
        expect(out, text, name, k, forms);
    }
}

fn names(out: &Extraction) -> Vec<String> {
    out.entities
        .iter()
        .map(|e| format!("{} ({:?}) {:?}", e.name, e.kind, e.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()))
        .collect()
}

#[test]
fn people() {
    let (text, out) = extraction();
    expect_all(&out, &text, EntityKind::Person);
    assert_eq!(out.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 7, "{:#?}", names(&out));
}

#[test]
fn places() {
    let (text, out) = extraction();
    expect_all(&out, &text, EntityKind::Place);
    let washington = out.entity_of_text("Washington").expect("Washington");
    assert_eq!(washington.mentions.iter().find(|m| m.text == "Washington").unwrap().rule, "coref:capital-metonym");
}

#[test]
fn organizations_and_names() {
    let (text, out) = extraction();
    expect_all(&out, &text, EntityKind::Organization);
    expect_all(&out, &text, EntityKind::Misc);
}

#[test]
fn nothing_else() {
    let (_, out) = extraction();
    assert_eq!(out.entities.len(), common::SEED_ENTITIES.len(), "{:#?}", names(&out));
    // Page chrome and headline words are no names.
    for e in &out.entities {
        for m in &e.mentions {
            assert!(!["Zoom", "Print", "Views", "Most", "us", "deal", "Releases"].contains(&m.text.as_str()), "{m:?}");
        }
    }
}

trait EntityOfText {
    fn entity_of_text(&self, text: &str) -> Option<&factum::Entity>;
}

impl EntityOfText for Extraction {
    fn entity_of_text(&self, text: &str) -> Option<&factum::Entity> {
        self.entities.iter().find(|e| e.mentions.iter().any(|m| m.text == text))
    }
}

/// The entity id of the entity named `name`.
fn id(out: &Extraction, name: &str) -> String {
    out.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}")).id.clone()
}

#[test]
fn roles() {
    use factum::FactDetail::Role;
    let (_, out) = extraction();
    let roles: Vec<(String, String, String, Option<String>)> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            Role(r) => Some((r.person.clone(), r.role.clone(), r.head.clone(), r.of.clone())),
            _ => None,
        })
        .collect();
    let has = |person: &str, role: &str, head: &str, of: Option<&str>| {
        let want = (id(&out, person), role.to_string(), head.to_string(), of.map(|o| id(&out, o)));
        assert!(roles.contains(&want), "missing {want:?} in {roles:#?}");
    };
    has("John Coale", "special envoy for Belarus", "envoy", Some("Donald Trump"));
    has("Alexander Lukashenko", "President", "president", None);
    has("Alexander Lukashenko", "President", "president", Some("Belarus"));
    has("Donald Trump", "President", "president", Some("United States"));
    has("Ales Bialiatski", "Nobel laureate", "laureate", None);
    has("Ales Bialiatski", "Nobel Peace Prize laureate", "laureate", None);
    has("Maria Kolesnikova", "opposition activist", "activist", None);
    has("Svetlana Tikhanovskaya", "opposition leader", "opposition_leader", Some("Belarus"));
    // Nothing false: every role is one of the above.
    // Two each for Kolesnikova, Bialiatski, Lukashenko and Trump ("President Trump").
    assert_eq!(roles.len(), 10, "{roles:#?}");
    let e = out.entities.iter().find(|e| e.name == "Maria Kolesnikova").unwrap();
    assert_eq!(e.roles, ["opposition activist"]);
}

#[test]
fn quotes() {
    use factum::FactDetail::Quote;
    let (_, out) = extraction();
    let quotes: Vec<(Option<String>, String, bool)> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            Quote(q) => Some((q.speaker.clone(), q.text.clone(), q.indirect)),
            _ => None,
        })
        .collect();
    let direct = |speaker: &str, starts: &str| {
        let s = Some(id(&out, speaker));
        assert!(
            quotes.iter().any(|q| q.0 == s && q.1.starts_with(starts) && !q.2),
            "no quote of {speaker}: {starts}; {quotes:#?}"
        );
    };
    direct("John Coale", "As relations between the two countries normalise, more and more sanctions will be lifted.");
    direct("Tatiana Khomich", "She is free, she looks fine, she looks good");
    // The reporter is Khomich, the speaker Kolesnikova.
    direct("Maria Kolesnikova", "thank you to the US administration, President Trump [and] to the Belarus government");
    let khomich = quotes.iter().find(|q| q.1.starts_with("She is free")).unwrap();
    assert_eq!(khomich.1, "She is free, she looks fine, she looks good");
    // Reported speech keeps an unnamed speaker as written, never the person it names.
    let reported: Vec<&(Option<String>, String, bool)> = quotes.iter().filter(|q| q.2).collect();
    assert!(reported.iter().any(|q| q.0.as_deref()
        == Some("A spokesperson for exiled Belarusian opposition leader Svetlana Tikhanovskaya")
        && q.1.starts_with("the decision to transfer the prisoners to Ukraine was unexpected")));
    assert!(reported.iter().all(|q| q.0 != Some(id(&out, "Svetlana Tikhanovskaya"))));
    // "…handed over to Ukraine, according to Kyiv's Coordination Headquarters …".
    let hq = Some(id(&out, "Coordination Headquarters for the Treatment of Prisoners of War"));
    assert!(reported.iter().any(|q| q.0 == hq && q.1.ends_with("was handed over to Ukraine")));
    assert_eq!(quotes.len(), 6, "{quotes:#?}");
}

#[test]
fn counts() {
    use factum::FactDetail::Count;
    let (_, out) = extraction();
    let counts: Vec<&factum::CountFact> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            Count(c) => Some(c),
            _ => None,
        })
        .collect();
    // (quantity, approximate, noun lemma, event, agent, place)
    type Row<'a> = (f64, bool, &'a str, &'a str, Option<String>, Option<String>);
    let summary: Vec<Row> = counts
        .iter()
        .map(|c| (c.quantity.0, c.approx, c.lemma.as_str(), c.event.as_str(), c.agent.clone(), c.place.clone()))
        .collect();
    let belarus = Some(id(&out, "Belarus"));
    let ukraine = Some(id(&out, "Ukraine"));
    assert_eq!(
        summary,
        vec![
            // Title, lede and body: 123 prisoners released by Belarus.
            (123.0, false, "prisoner", "release", belarus.clone(), None),
            (123.0, false, "prisoner", "release", belarus.clone(), None),
            (123.0, false, "prisoner", "release", belarus, None),
            // "Kolesnikova, along with 113 other prisoners, was handed over to Ukraine".
            (113.0, false, "prisoner", "transfer", None, ukraine),
            // "Hundreds of people, including Kolesnikova, were arrested".
            (200.0, true, "person", "arrest", None, None),
        ]
    );
    assert_eq!(counts[3].trigger, "handed over");
    assert_eq!(counts[0].object, "Prisoners");
}

#[test]
fn relation() {
    use factum::FactDetail::Relation;
    let (_, out) = extraction();
    let relations: Vec<(String, String, Option<String>, String)> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            Relation(r) => Some((r.relation.clone(), r.subject.clone(), r.object.clone(), f.evidence.text.clone())),
            _ => None,
        })
        .collect();
    let want = (
        "sister_of".to_string(),
        id(&out, "Tatiana Khomich"),
        Some(id(&out, "Maria Kolesnikova")),
        "Her sister, Tatiana Khomich".to_string(),
    );
    assert_eq!(relations, vec![want]);
}

#[test]
fn events() {
    use factum::FactDetail::Event;
    let (_, out) = extraction();
    let events: Vec<&factum::EventFact> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let us = Some(id(&out, "United States"));
    let belarus = Some(id(&out, "Belarus"));
    let find = |action: &str, agent: &Option<String>, target: &str| {
        events
            .iter()
            .find(|e| e.action == action && &e.agent == agent && e.targets.iter().any(|t| t == target))
            .copied()
    };
    // The US lifts sanctions on potash exports.
    assert!(find("lift_sanctions", &us, "potash exports").is_some(), "{events:#?}");
    // Belarus releases Kolesnikova and Bialiatski.
    let release = find("release", &belarus, &id(&out, "Maria Kolesnikova")).expect("release");
    assert!(release.targets.contains(&id(&out, "Ales Bialiatski")));
    // The prisoners are to be transported to Poland and Lithuania.
    let transport = find("transport", &None, "prisoners").expect("transport");
    assert_eq!(transport.places, [id(&out, "Poland"), id(&out, "Lithuania")]);
    assert_eq!(transport.modality.as_deref(), Some("planned"));
    // Kolesnikova has been imprisoned since 2020.
    let imprisoned = find("imprison", &None, &id(&out, "Maria Kolesnikova")).expect("imprison");
    let time = out.figure(imprisoned.time.as_deref().expect("time")).unwrap();
    assert_eq!(time.text, "2020");
    // Lukashenko is not recognized (by the EU, by the US and the EU): negated, never a recognition.
    assert!(events.iter().filter(|e| e.action == "recognize").all(|e| e.negated));
}
