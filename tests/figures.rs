//! Figures in real news text: the seed article with its document date, the
//! traps a news extractor must not fall into, and odd input that must not
//! make the figures stage panic.

use factum::{Date, Extraction, Extractor, Figure, FigureKind, Options};

fn extract(text: &str, date: Option<&str>) -> Extraction {
    let document_date = date.map(|d| d.parse::<Date>().unwrap());
    Extractor::default().extract_with(text, &Options { document_date, ..Options::default() })
}

/// The figures whose text is `text`, in order.
fn named<'a>(out: &'a Extraction, text: &str) -> Vec<&'a Figure> {
    out.figures.iter().filter(|f| f.text == text).collect()
}

#[test]
fn seed_article() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/belarus-prisoners.txt")).unwrap();
    let out = extract(&text, Some("2025-12-13"));
    for f in &out.figures {
        assert_eq!(&text[f.span.range()], f.text);
    }
    let counts = named(&out, "123");
    assert_eq!(counts.len(), 3, "title and body twice");
    for f in counts {
        assert_eq!((f.kind, f.value.map(|v| v.0)), (FigureKind::Count, Some(123.0)));
    }
    let f = named(&out, "113")[0];
    assert_eq!((f.kind, f.value.map(|v| v.0)), (FigureKind::Count, Some(113.0)));
    let f = named(&out, "2020")[0];
    assert_eq!((f.kind, f.date.as_deref()), (FigureKind::Date, Some("2020")));
    let f = named(&out, "five years ago")[0];
    assert_eq!((f.kind, f.date.as_deref(), f.relative.as_deref()), (FigureKind::Date, Some("2020"), Some("-P5Y")));
    let f = named(&out, "Hundreds")[0];
    assert_eq!((f.kind, f.min.map(|v| v.0), f.approx), (FigureKind::Count, Some(200.0), true));
    let f = named(&out, "80")[0];
    assert_eq!((f.kind, f.rule.as_str()), (FigureKind::Number, "number:page-chrome"));
    // "the first thing" is an ordinal; "one of Belarus’ major exports" no figure;
    // "a thaw" no quantity; "US" no unit.
    assert_eq!(named(&out, "first")[0].kind, FigureKind::Ordinal);
    assert!(named(&out, "one").is_empty());
    assert!(out.figures.iter().all(|f| f.kind != FigureKind::Quantity), "{:?}", out.figures);
    assert!(out.figures.iter().all(|f| !f.text.contains("US")));
}

#[test]
fn news_sentences() {
    let out =
        extract("At least 30 people were killed and about $2.3bn was pledged on March 3, 2025.", Some("2025-12-13"));
    let kinds: Vec<(&str, FigureKind)> = out.figures.iter().map(|f| (f.text.as_str(), f.kind)).collect();
    assert_eq!(kinds, [("30", FigureKind::Count), ("$2.3bn", FigureKind::Money), ("March 3, 2025", FigureKind::Date)]);
    assert_eq!(out.figures[0].min.map(|v| v.0), Some(30.0));
    assert_eq!(out.figures[1].unit.as_deref(), Some("USD"));
    assert_eq!(out.figures[1].value.map(|v| v.0), Some(2.3e9));
    assert_eq!(out.figures[2].date.as_deref(), Some("2025-03-03"));

    let out = extract("Unemployment rose 10 per cent to 2.5 million, up 0.4 percentage points.", None);
    let f: Vec<_> = out.figures.iter().map(|f| (f.text.as_str(), f.kind, f.value.map(|v| v.0))).collect();
    assert_eq!(
        f,
        [
            ("10 per cent", FigureKind::Percent, Some(10.0)),
            ("2.5 million", FigureKind::Number, Some(2.5e6)),
            ("0.4 percentage points", FigureKind::Percent, Some(0.4)),
        ]
    );

    let out = extract(
        "Trump pardoned eleven people yesterday after a 48-hour review; 2 million barrels moved 30 km.",
        Some("2020-02-21"),
    );
    let f: Vec<_> = out.figures.iter().map(|f| (f.text.as_str(), f.kind)).collect();
    assert_eq!(
        f,
        [
            ("eleven", FigureKind::Count),
            ("yesterday", FigureKind::Date),
            ("48-hour", FigureKind::Duration),
            ("2 million barrels", FigureKind::Quantity),
            ("30 km", FigureKind::Quantity),
        ]
    );
    assert_eq!(out.figures[1].date.as_deref(), Some("2020-02-20"));
    assert_eq!(out.figures[2].unit.as_deref(), Some("PT48H"));
    assert_eq!(out.figures[3].unit.as_deref(), Some("barrel"));

    let out =
        extract("Between 3 and 5 ministers resigned in the 1990s; 15-20 more quit last week.", Some("2016-11-07"));
    let f: Vec<_> =
        out.figures.iter().map(|f| (f.text.as_str(), f.min.map(|v| v.0), f.max.map(|v| v.0), f.date.clone())).collect();
    assert_eq!(f[0], ("Between 3 and 5", Some(3.0), Some(5.0), None));
    assert_eq!(f[1].3.as_deref(), Some("1990s"));
    assert_eq!(f[2], ("15-20", Some(15.0), Some(20.0), None));
    assert_eq!(f[3].3.as_deref(), Some("2016-W44"));
}

#[test]
fn traps() {
    // "May" the name or the verb is not a month; "in May" and "May 4" are.
    let out = extract("Theresa May said prices may rise. Talks end in May, or on May 4.", Some("2025-12-13"));
    let dates: Vec<_> = out.figures.iter().map(|f| (f.text.as_str(), f.date.as_deref())).collect();
    assert_eq!(dates, [("May", Some("2025-05")), ("May 4", Some("2025-05-04"))]);
    // Currency words only next to a number.
    let out = extract("South Korea won the match; the real test came. They paid 500 won and 20 real.", None);
    let money: Vec<_> = out.figures.iter().map(|f| (f.text.as_str(), f.unit.as_deref())).collect();
    assert_eq!(money, [("500 won", Some("KRW")), ("20 real", Some("BRL"))]);
    // "the first" is not a date; a year is a date, not a count.
    let out = extract("It was the first time since 2019 protests began.", None);
    let f: Vec<_> = out.figures.iter().map(|f| (f.text.as_str(), f.kind)).collect();
    assert_eq!(f, [("first", FigureKind::Ordinal), ("2019", FigureKind::Date)]);
    // Without a document date relative dates stay relative.
    let out = extract("He left five years ago.", None);
    assert_eq!((out.figures[0].date.as_deref(), out.figures[0].relative.as_deref()), (None, Some("-P5Y")));
}

#[test]
fn no_panic_on_odd_input() {
    let long_digits = "9".repeat(10_000);
    let many_words = "one hundred and ".repeat(2_000);
    let inputs = [
        "",
        " ",
        "😀 5 😀 $ 3 € 😀",
        "مرحبا 123 שלום ٣٤٥",
        "$$$",
        "1,2,3,4,,,",
        "--5",
        "5--",
        "e\u{301}\u{301} 5\u{301}%",
        "\u{202f}\u{202f}1\u{202f}",
        "½¾⅔",
        "- 1 4/5 /",
        "1/0",
        "0/0",
        "Feb 29, 2023",
        "31/31/31",
        "9999-99-99",
        "the 99999999999999999999th",
        "1e999",
        "$1e999bn",
        long_digits.as_str(),
        many_words.as_str(),
        "in the past 99999999999 years",
        "99999999999 years ago",
        "last\n\nweek",
        "five\nyears ago",
        "May\n4",
    ];
    for text in inputs {
        for date in [None, Some("2025-12-13"), Some("0001-01-01"), Some("9999-12-31")] {
            let out = extract(text, date);
            let mut prev = 0;
            for f in &out.figures {
                assert_eq!(&text[f.span.range()], f.text, "{text:?}");
                assert!(f.span.start >= prev, "overlap or disorder in {text:?}");
                prev = f.span.end;
            }
        }
    }
}
