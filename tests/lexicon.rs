//! User rows for the bundled word lists (`ExtractorBuilder::lexicon_file`,
//! `lexicon_text`): what they change, and the errors a bad file gives,
//! each naming the file and the line.

use factum::{Extractor, FactDetail};

fn quote_speaker(ex: &Extractor, text: &str) -> Option<String> {
    ex.extract(text).facts.iter().find_map(|f| match &f.detail {
        FactDetail::Quote(q) => q.speaker.clone(),
        _ => None,
    })
}

fn count_event(ex: &Extractor, text: &str) -> Option<String> {
    ex.extract(text).facts.iter().find_map(|f| match &f.detail {
        FactDetail::Count(c) => Some(c.event.clone()),
        _ => None,
    })
}

#[test]
fn user_rows_extend_the_lists() {
    let text = "\"The bridge is closed,\" Tomas Varga grumbled.";
    assert_eq!(quote_speaker(&Extractor::default(), text), None);
    let ex = Extractor::builder().lexicon_text("speech_verbs.tsv", "verb\treported\ngrumbled\tno\n").build().unwrap();
    assert_eq!(quote_speaker(&ex, text).as_deref(), Some("E1"));

    let text = "Inspectors towed 12 trucks at the border.";
    assert_eq!(count_event(&Extractor::default(), text).as_deref(), Some("tow"));
    let rows = "form\tlemma\tevent\tpos\tvoice\ntowed\ttow\tseize\tverb\tparticiple\n";
    let ex = Extractor::builder().lexicon_text("events.tsv", rows).build().unwrap();
    assert_eq!(count_event(&ex, text).as_deref(), Some("seize"));
    // The bundled rows stay: another event word reads as before.
    assert_eq!(count_event(&ex, "Rebels abducted 40 villagers.").as_deref(), Some("kidnap"));
}

#[test]
fn bad_user_rows_name_the_file_and_line() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("unknown list", "verbs.tsv", "verb\nsaid\n", "verbs.tsv: invalid lexicon list \"verbs.tsv\""),
        (
            "missing column",
            "speech_verbs.tsv",
            "word\nsaid\n",
            "speech_verbs.tsv:1: header lacks the required column \"verb\"",
        ),
        (
            "empty field",
            "events.tsv",
            "form\tlemma\tevent\tpos\tvoice\nx\t\tseize\tverb\tbase\n",
            "events.tsv:2: empty lemma",
        ),
        (
            "column count",
            "count_nouns.tsv",
            "noun\tlemma\nvans\tvan\textra\n",
            "count_nouns.tsv:2: expected 2 tab-separated columns",
        ),
        ("cue without kind", "cues.tsv", "word\tcue\n# a comment\nmemo\t\n", "cues.tsv:3: empty cue"),
    ];
    for &(name, file, text, expected) in cases {
        let err = Extractor::builder().lexicon_text(file, text).build().unwrap_err().to_string();
        assert!(err.starts_with(expected), "{name}: {err}");
    }
    let dir = std::env::temp_dir().join(format!("factum-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("speech_verbs.tsv");
    std::fs::write(&path, b"verb\nsaid\n\xff\n").unwrap();
    let err = Extractor::builder().lexicon_file(&path).build().unwrap_err().to_string();
    assert!(err.ends_with("speech_verbs.tsv:3: invalid UTF-8"), "{err}");
    let err =
        Extractor::builder().lexicon_file(dir.join("missing").join("events.tsv")).build().unwrap_err().to_string();
    assert!(err.contains("events.tsv"), "{err}");
}
