//! Mentions grouped into entities. A listed name joins every other mention of
//! the same entry, whatever form it takes ("US", "United States", "U.S.");
//! demonyms join their country ("Belarusian" → Belarus); a lone surname joins
//! the person named in full elsewhere in the text ("Bolton" → John Bolton),
//! whatever a list says it could be on its own (a town in England).

use crate::candidate::Candidate;
use crate::gazetteer::Gazetteer;
use crate::output::EntityKind;
use std::collections::{BTreeMap, HashMap};

/// An entity before ids and offsets are attached for output.
#[derive(Clone, Debug)]
pub(crate) struct Cluster {
    pub kind: EntityKind,
    pub name: String,
    pub subtype: Option<String>,
    pub ids: BTreeMap<String, String>,
    /// Mentions in text order.
    pub mentions: Vec<Candidate>,
}

/// Group `mentions` (in text order) into clusters ordered by first mention.
pub(crate) fn cluster(text: &str, mut mentions: Vec<Candidate>, gazetteer: &Gazetteer) -> Vec<Cluster> {
    link_surnames(text, &mut mentions);
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for m in mentions {
        let key = match m.entry {
            Some(e) => format!("entry:{e}"),
            None => format!("{:?}:{}", m.kind, &text[m.span.range()]),
        };
        let i = *by_key.entry(key).or_insert_with(|| {
            clusters.push(new_cluster(text, &m, gazetteer));
            clusters.len() - 1
        });
        clusters[i].mentions.push(m);
    }
    clusters
}

fn new_cluster(text: &str, m: &Candidate, gazetteer: &Gazetteer) -> Cluster {
    let Some(e) = m.entry.map(|e| gazetteer.entry(e)) else {
        let name = text[m.span.range()].to_string();
        return Cluster { kind: m.kind, name, subtype: None, ids: BTreeMap::new(), mentions: Vec::new() };
    };
    let mut ids = BTreeMap::new();
    if !e.wikidata.is_empty() {
        ids.insert("wikidata".to_string(), e.wikidata.clone());
    }
    if let Some((scheme, value)) = e.id.split_once(':') {
        if matches!(scheme, "iso" | "geonames") {
            ids.insert(scheme.to_string(), value.to_string());
        }
        if scheme == "wikidata" {
            ids.insert("wikidata".to_string(), value.to_string());
        }
    }
    let subtype = (!e.subtype.is_empty()).then(|| e.subtype.clone());
    Cluster { kind: e.kind, name: e.name.clone(), subtype, ids, mentions: Vec::new() }
}

/// Point every one-word mention that is the surname of a person named in full
/// in this text at that person. When two people share the surname, the
/// mention is left alone.
fn link_surnames(text: &str, mentions: &mut [Candidate]) {
    let mut surnames: HashMap<&str, Option<(EntityKind, Option<u32>)>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let name = &text[m.span.range()];
        if let Some((_, surname)) = name.rsplit_once(' ') {
            let person = Some((m.kind, m.entry));
            surnames
                .entry(surname)
                .and_modify(|p| {
                    if *p != person {
                        *p = None
                    }
                })
                .or_insert(person);
        }
    }
    for m in mentions.iter_mut() {
        let word = &text[m.span.range()];
        if word.contains(' ') || m.kind == EntityKind::Person {
            continue;
        }
        if let Some(Some((kind, entry))) = surnames.get(word) {
            m.kind = *kind;
            m.entry = *entry;
            m.rule = "coref:surname".to_string();
        }
    }
}
