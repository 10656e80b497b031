//! The JSON schema: output reads back into the same value (serde round
//! trip), and the README's schema table is the truth about the output, field
//! by field: no undocumented field, every *always* field present, each of
//! the documented JSON type, kinds among the documented values.

mod common;

use factum::{Extraction, Extractor, Options};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn corpus_outputs() -> Vec<(String, String, Extraction)> {
    let ex = Extractor::default();
    common::articles()
        .into_iter()
        .map(|(name, text, options)| {
            let out = ex.extract_with(&text, &Options { explain: true, ..options });
            (name, text, out)
        })
        .collect()
}

#[test]
fn serde_round_trip_on_every_article() {
    let outputs = corpus_outputs();
    assert_eq!(outputs.len(), 21);
    assert!(outputs.iter().filter(|(_, _, out)| !out.rejected.is_empty()).count() > 10, "explain is on");
    for (name, _, out) in outputs {
        let json = serde_json::to_string(&out).unwrap();
        let back: Extraction = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(back == out, "{name}: the round trip changed the extraction");
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{name}");
        // Pretty JSON reads back the same too.
        let pretty: Extraction = serde_json::from_str(&serde_json::to_string_pretty(&out).unwrap()).unwrap();
        assert!(pretty == out, "{name}");
    }
}

/// One row of the README table.
#[derive(Debug)]
struct Field {
    json_type: String,
    always: bool,
    /// Backticked values in the meaning column (the allowed kinds for `kind`).
    values: Vec<String>,
}

/// object → field → row, from README.md's "### Schema" table. A `span` row
/// stands for the four offset fields.
fn documented() -> BTreeMap<String, BTreeMap<String, Field>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = readme.split("### Schema").nth(1).expect("README has a Schema section");
    let mut objects: BTreeMap<String, BTreeMap<String, Field>> = BTreeMap::new();
    for line in table.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).skip(2) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let [object, field, json_type, presence, meaning] = cells[..] else { panic!("bad row {line:?}") };
        assert!(matches!(presence, "always" | "optional"), "{line}");
        let values = meaning.split('`').skip(1).step_by(2).map(String::from).collect();
        let row = |t: &str| Field { json_type: t.to_string(), always: presence == "always", values };
        let fields = objects.entry(object.to_string()).or_default();
        if field == "span" {
            for f in ["start", "end", "char_start", "char_end"] {
                fields.insert(f.to_string(), Field { json_type: "integer".into(), always: true, values: Vec::new() });
            }
        } else {
            fields.insert(field.trim_matches('`').to_string(), row(json_type));
        }
    }
    objects
}

/// Check `value` against the documented fields of `object`; nested objects
/// are checked by the caller.
fn check_object(object: &str, value: &Value, fields: &BTreeMap<String, &Field>, seen: &mut BTreeSet<String>) {
    let map = value.as_object().unwrap_or_else(|| panic!("{object} is not an object"));
    for (key, v) in map {
        let field = fields.get(key).unwrap_or_else(|| panic!("{object}.{key} is not in the README's schema table"));
        seen.insert(format!("{object}.{key}"));
        let t = field.json_type.as_str();
        let ok = match t {
            "integer" => v.is_u64(),
            "string" => v.is_string(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean() && (field.always || v == &Value::Bool(true)),
            "object of string" => v.as_object().is_some_and(|o| !o.is_empty() && o.values().all(Value::is_string)),
            "array of string" => v.as_array().is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string)),
            t if t.starts_with("array of ") => v.is_array() && (field.always || !v.as_array().unwrap().is_empty()),
            _ => v.is_object(),
        };
        assert!(ok, "{object}.{key} = {v} is not {t} (optional fields are left out when empty)");
        if key == "kind" {
            let kind = v.as_str().unwrap();
            assert!(field.values.iter().any(|k| k == kind), "{object}.kind {kind:?} is not among {:?}", field.values);
        }
    }
    for (key, field) in fields {
        assert!(!field.always || map.contains_key(key.as_str()), "{object} lacks the always-present field {key}");
    }
}

fn fields_of<'a>(doc: &'a BTreeMap<String, BTreeMap<String, Field>>, objects: &[&str]) -> BTreeMap<String, &'a Field> {
    objects
        .iter()
        .flat_map(|o| doc.get(*o).unwrap_or_else(|| panic!("no {o} in the table")))
        .map(|(k, f)| (k.clone(), f))
        .collect()
}

#[test]
fn the_readme_schema_table_matches_the_output() {
    let doc = documented();
    let mut seen = BTreeSet::new();
    for (_, _, out) in corpus_outputs() {
        let v = serde_json::to_value(&out).unwrap();
        check_object("Extraction", &v, &fields_of(&doc, &["Extraction"]), &mut seen);
        for e in v["entities"].as_array().unwrap() {
            check_object("Entity", e, &fields_of(&doc, &["Entity"]), &mut seen);
            for m in e["mentions"].as_array().unwrap() {
                check_object("Mention", m, &fields_of(&doc, &["Mention"]), &mut seen);
            }
        }
        for f in v["figures"].as_array().unwrap() {
            check_object("Figure", f, &fields_of(&doc, &["Figure"]), &mut seen);
        }
        for x in v["facts"].as_array().unwrap() {
            let kind = x["kind"].as_str().unwrap();
            check_object(&format!("Fact ({kind})"), x, &fields_of(&doc, &["Fact", kind]), &mut seen);
            check_object("Evidence", &x["evidence"], &fields_of(&doc, &["Evidence"]), &mut seen);
        }
        for r in v["rejected"].as_array().into_iter().flatten() {
            check_object("Rejected", r, &fields_of(&doc, &["Rejected"]), &mut seen);
        }
    }
    // The corpus shows every object and every fact kind the table documents.
    for object in ["Entity", "Mention", "Figure", "Evidence", "Rejected"] {
        assert!(seen.iter().any(|s| s.starts_with(&format!("{object}."))), "no {object} in the corpus output");
    }
    for kind in ["count", "event", "quote", "role", "relation"] {
        assert!(seen.contains(&format!("Fact ({kind}).kind")), "no {kind} fact in the corpus output");
    }
}

#[test]
fn kind_names_are_the_json_names() {
    use factum::{EntityKind, FigureKind};
    for k in [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Misc] {
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        assert_eq!(k.to_string(), k.as_str());
    }
    let figures = [
        FigureKind::Count,
        FigureKind::Number,
        FigureKind::Ordinal,
        FigureKind::Money,
        FigureKind::Percent,
        FigureKind::Date,
        FigureKind::Time,
        FigureKind::Duration,
        FigureKind::Quantity,
    ];
    for k in figures {
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        assert_eq!(k.to_string(), k.as_str());
    }
}

#[test]
fn typed_access_agrees_with_the_facts() {
    let text = common::seed();
    let out = factum::Extractor::default().extract(&text);
    let kinds: Vec<&str> = out.facts.iter().map(|f| f.detail.kind()).collect();
    let count = |k: &str| kinds.iter().filter(|&&x| x == k).count();
    assert_eq!(out.counts().count(), count("count"));
    assert_eq!(out.quotes().count(), count("quote"));
    assert_eq!(out.roles().count(), count("role"));
    assert_eq!(out.events().count(), count("event"));
    assert_eq!(out.relations().count(), count("relation"));
    assert!(out.quotes().count() > 0 && out.roles().count() > 0);
    for (_, role) in out.roles() {
        // A role's person is always an entity, and a person.
        let person = out.resolve(&role.person).entity().expect("an entity");
        assert_eq!(person.kind, factum::EntityKind::Person);
    }
    let people = out.entities_of(factum::EntityKind::Person).count();
    assert_eq!(people, out.entities.iter().filter(|e| e.kind == factum::EntityKind::Person).count());
}
