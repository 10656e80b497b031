//! Table tests, one table per dimension: input, the figure's text, kind and
//! a compact rendering of its value.

use super::*;

/// The figures' word lists, built once for all tests.
fn lex() -> &'static Lex {
    static LEX: std::sync::OnceLock<Lex> = std::sync::OnceLock::new();
    LEX.get_or_init(Lex::bundled)
}

/// The figures of `text` (document date 2025-12-13) as
/// "text|kind|value-rendering" strings.
fn figs(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    let today = "2025-12-13".parse::<Date>().ok();
    find(&doc, today, lex())
        .into_iter()
        .map(|f| {
            assert_eq!(&text[f.span.range()], doc.slice(f.span));
            let mut v = Vec::new();
            if let Some(x) = f.value {
                v.push(format!("{}{x}", if f.approx { "~" } else { "" }));
            }
            if let (Some(a), Some(b)) = (f.min, f.max) {
                v.push(format!("{a}..{b}"));
            } else if let Some(a) = f.min {
                v.push(format!(">={a}"));
            } else if let Some(b) = f.max {
                v.push(format!("<={b}"));
            }
            v.extend(f.unit.clone());
            v.extend(f.date.clone());
            v.extend(f.relative.clone());
            format!("{}|{:?}|{}", &text[f.span.range()], f.kind, v.join(" ")).to_lowercase()
        })
        .collect()
}

macro_rules! t {
    ($input:expr, [$($want:expr),* $(,)?]) => {
        let want: Vec<String> = vec![$($want.to_string()),*];
        assert_eq!(figs($input), want, "input {:?}", $input);
    };
}

#[test]
fn numbers() {
    t!("1,234.5", ["1,234.5|number|1234.5"]);
    t!("one hundred and twenty-three", ["one hundred and twenty-three|number|123"]);
    t!("a dozen eggs", ["a dozen|count|12"]);
    t!("1.5 million", ["1.5 million|number|1500000"]);
    t!("two thirds", ["two thirds|number|0.6666666666666666"]);
    t!("one and a half", ["one and a half|number|1.5"]);
    t!("the 21st and the first", ["21st|ordinal|21", "first|ordinal|1"]);
    t!("twenty-first", ["twenty-first|ordinal|21"]);
    t!("15-20", ["15-20|number|15..20"]);
    t!("between 3 and 5", ["between 3 and 5|number|3..5"]);
    t!("1,2,3,4,,,", []);
}

#[test]
fn counts_and_approximations() {
    t!("123 prisoners", ["123|count|123"]);
    t!("113 other prisoners", ["113|count|113"]);
    t!("Hundreds of people", ["hundreds|count|200..999"]);
    t!("at least 30 people", ["30|count|~30 >=30"]);
    t!("more than 50", ["50|number|~50 >=50"]);
    t!("nearly 200", ["200|number|~200 <=200"]);
    t!("about 30", ["30|number|~30"]);
    t!("eleven people", ["eleven|count|11"]);
    t!("one of Belarus’ major exports", []);
    t!("Total Views : 80\nNext", ["80|number|80"]);
}

#[test]
fn money() {
    t!("$2.3bn", ["$2.3bn|money|2300000000 usd"]);
    t!("€5 million", ["€5 million|money|5000000 eur"]);
    t!("£ 8.10 million", ["£ 8.10 million|money|8100000 gbp"]);
    t!("420 million Swiss francs", ["420 million swiss francs|money|420000000 chf"]);
    t!("5 dollars", ["5 dollars|money|5 usd"]);
    t!("50 cents", ["50 cents|money|0.5 usd"]);
    t!("US$ 150 million", ["us$ 150 million|money|150000000 usd"]);
    t!("c $ 16.4 million", ["c $ 16.4 million|money|16400000 cad"]);
    t!("10,000 rubles", ["10,000 rubles|money|10000 rub"]);
    t!("about $30", ["$30|money|~30 usd"]);
    t!("they won the vote", []);
}

#[test]
fn percentages() {
    t!("10%", ["10%|percent|10"]);
    t!("10 per cent", ["10 per cent|percent|10"]);
    t!("ten percent", ["ten percent|percent|10"]);
    t!("2.5 percentage points", ["2.5 percentage points|percent|2.5 percentage point"]);
}

#[test]
fn dates() {
    t!("March 3, 2025", ["march 3, 2025|date|2025-03-03"]);
    t!("3 March 2025", ["3 march 2025|date|2025-03-03"]);
    t!("2025-03-03", ["2025-03-03|date|2025-03-03"]);
    t!("in March", ["march|date|2025-03"]);
    t!("in the 1990s", ["1990s|date|1990s"]);
    t!("since 2020", ["2020|date|2020"]);
    t!("five years ago", ["five years ago|date|2020 -p5y"]);
    t!("yesterday", ["yesterday|date|2025-12-12 -p1d"]);
    t!("last week", ["last week|date|2025-w49 -p1w"]);
    t!("on Friday", ["friday|date|2025-12-12"]);
    t!("the first thing", ["first|ordinal|1"]);
    t!("May said", []);
    t!("in May", ["may|date|2025-05"]);
    t!("May 4", ["may 4|date|2025-05-04"]);
    t!("five years", ["five years|duration|5 p5y"]);
    t!("48 hours", ["48 hours|duration|48 pt48h"]);
}

#[test]
fn quantities() {
    t!("30 km", ["30 km|quantity|30 kilometre"]);
    t!("2 million barrels", ["2 million barrels|quantity|2000000 barrel"]);
    t!("5 tonnes", ["5 tonnes|quantity|5 tonne"]);
    t!("a thaw in relations", []);
    t!("the US and 5 US officials", ["5|number|5"]);
}

#[test]
fn calendar_arithmetic() {
    for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2025, 12, 13), (1391, 12, 5), (1, 1, 1)] {
        let z = Date::days_from_civil(y, m, d);
        assert_eq!(Date::from_days(z), Date::new(y, m, d));
    }
    let d = Date::new(2016, 11, 7).unwrap();
    assert_eq!(d.weekday(), 1);
    assert_eq!(d.iso_week(), "2016-W45");
    assert_eq!(Date::new(2024, 2, 29).unwrap().shift('Y', -1), Date::new(2023, 2, 28));
    assert_eq!(date::duration(&[('Y', 2.0), ('M', 1.0), ('D', 21.0)], -1), "-P2Y1M21D");
}

/// The test corpus, the gold texts and the Recognizers-Text inputs.
fn texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut texts = Vec::new();
    for dir in ["corpus", "data/gold", "data/recognizers-text"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for p in files {
            let body = std::fs::read_to_string(&p).unwrap();
            match p.extension().and_then(|x| x.to_str()) {
                Some("txt") => texts.push(body),
                Some("jsonl") => {
                    for line in body.lines() {
                        let v: serde_json::Value = serde_json::from_str(line).unwrap();
                        let t = v.get("text").or_else(|| v.get("input")).and_then(|t| t.as_str()).unwrap();
                        texts.push(t.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    texts
}

/// `find` skips tokens where `Cx::may_start` is false. That is only a speed-up
/// if no recognizer could have started a figure there: check it on every
/// token of the test corpus, the gold texts and the Recognizers-Text inputs.
#[test]
fn skipped_tokens_start_no_figure() {
    let texts = texts();
    let today = "2025-12-13".parse::<Date>().ok();
    let mut checked = 0;
    let mut missed = std::collections::BTreeSet::new();
    for text in &texts {
        let doc = Document::new(text);
        let cx = Cx::new(&doc, today, lex());
        for i in (0..cx.len()).filter(|&i| !cx.may_start(i)) {
            if let Some(hit) = best_at(&cx, i) {
                missed.insert(format!("{:?} ({})", cx.raw(i), hit.found.rule));
            }
            checked += 1;
        }
    }
    assert!(missed.is_empty(), "figures start at skipped tokens: {missed:?}");
    // Most tokens are skipped (85% of this corpus); the check means something.
    assert!(checked > 60_000, "only {checked} tokens checked");
}

/// With the tokens' vocabulary ids, `may_start` answers by feature bits for
/// ASCII words; it must answer as the lookups do, on every token, and the
/// figures found must be the same.
#[test]
fn vocabulary_gates_answer_as_the_lists() {
    let lexicons = crate::lexicon::Lexicons::bundled();
    let today = "2025-12-13".parse::<Date>().ok();
    let mut texts = texts();
    texts.push("THE Oct. 5 o’clock A HUNDRED Per Cent, In 2020 OVER 50 a Couple of DOZEN".to_string());
    let mut checked = 0;
    for text in &texts {
        let doc = Document::with_vocab(text, crate::text::TextRules::bundled(), &lexicons.vocab);
        let plain = Cx::new(&doc, today, lex());
        let gated = Cx::with_vocab(&doc, &lexicons.vocab, today, &lexicons.figures);
        for i in 0..plain.len() {
            assert_eq!(plain.may_start(i), gated.may_start(i), "{:?} in {text:?}", plain.raw(i));
            checked += 1;
        }
        assert_eq!(find(&doc, today, lex()), find_with(&doc, today, &lexicons.figures, &lexicons.vocab));
    }
    assert!(checked > 60_000, "only {checked} tokens checked");
}
