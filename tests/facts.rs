//! The facts evaluation on the dev gold (`tests/data/facts-gold/dev.jsonl`):
//! floors under recall and precision of counts, direct quotes and roles, so
//! that later work cannot silently lose facts. The floors sit a little under
//! what the branch reaches; raise them when facts improve.

#[path = "common/facts.rs"]
mod facts;

use factum::Extractor;
use std::path::Path;

fn scores() -> facts::Scores {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(root.join("tests/data/facts-gold/dev.jsonl")).expect("facts gold");
    let gold = facts::load_jsonl(&gold).expect("valid facts gold");
    assert_eq!(gold.len(), 20, "one line per dev article");
    let articles = root.join("tests/corpus");
    let preds = facts::predict_all(&Extractor::default(), &gold, &articles).expect("articles");
    facts::score(&gold, &preds, &articles, false).expect("scored")
}

/// (kind, min precision, min recall).
const FLOORS: [(&str, f64, f64); 3] = [("counts", 0.97, 0.91), ("quotes", 0.97, 0.94), ("roles", 0.97, 0.91)];

#[test]
fn facts_stay_above_their_floors() {
    let s = scores();
    println!("{}", s.table());
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    let mut failed = Vec::new();
    for (kind, p, r) in FLOORS {
        let t = s.kind(kind);
        if t.precision() < p || t.recall() < r {
            failed.push(format!("{kind}: P {:.3} R {:.3}, floors P {p} R {r}", t.precision(), t.recall()));
        }
    }
    assert!(failed.is_empty(), "{}\n{}", failed.join("\n"), s.table());
}

#[test]
fn matched_quotes_mostly_name_the_right_speaker() {
    let q = scores().quotes;
    assert!(q.matched > 0);
    assert!(q.agree_a * 100 >= q.matched * 90, "speaker agreement {}/{}", q.agree_a, q.matched);
}

#[test]
fn matched_counts_mostly_agree_on_the_event() {
    let c = scores().counts;
    assert!(c.matched > 0);
    assert!(c.agree_a * 100 >= c.matched * 85, "event agreement {}/{}", c.agree_a, c.matched);
}

/// The scorer's own rules, on values of our own: lemma groups, noun heads.
#[test]
fn scorer_rules_fold_forms_as_the_reference_does() {
    use serde_json::json;
    assert_eq!(facts::event_lemma("hospitalized"), "hospitalise");
    assert_eq!(facts::event_lemma("stabbed"), "stabbed", "unknown verbs keep their form");
    assert_eq!(facts::event_lemma("evacuated"), "evacuate");
    assert!(facts::events_agree(Some(&json!("died")), Some(&json!("kill"))));
    assert!(!facts::events_agree(Some(&json!("arrest")), Some(&json!("kill"))));
    assert!(!facts::events_agree(None, Some(&json!("kill"))));
    assert_eq!(facts::fold("Brudziński"), "brudzinski");
}
