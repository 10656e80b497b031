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

/// Issue 14: who beat whom. Each row: a name, a sentence, and its `defeat`
/// events as "winner > loser [score] (modality)".
const DEFEATS: &[(&str, &str, &[&str])] = &[
    ("beat with score", "France beat Italy 3-1 on Saturday.", &["France > Italy 3-1"]),
    ("lost to", "Japan lost to South Korea in the semi-final.", &["South Korea > Japan"]),
    ("lost score to", "Hungary lost 2-0 to Austria in Vienna.", &["Austria > Hungary 2-0"]),
    ("victory over", "Germany's 24-17 victory over France was a surprise.", &["Germany > France 24-17"]),
    ("win over after verb", "Spain claimed a 2-0 win over Portugal.", &["Spain > Portugal 2-0"]),
    ("won against", "Ghana won 3-2 against Nigeria in Accra.", &["Ghana > Nigeria 3-2"]),
    ("passive by", "Italy were narrowly beaten 3-1 by France in Paris.", &["France > Italy 3-1"]),
    (
        "defeated people",
        "Rafael Nadal defeated Roger Federer 6-2 6-4 in Madrid.",
        &["Rafael Nadal > Roger Federer 6-2"],
    ),
    ("defeat to noun", "Japan's 2-1 defeat to South Korea ended the run.", &["South Korea > Japan 2-1"]),
    ("defeat of noun", "Kenya's defeat of Uganda came late.", &["Kenya > Uganda"]),
    ("relative who", "Brazil will face Argentina, who beat Chile 1-0.", &["Argentina > Chile 1-0"]),
    ("planned", "Canada will beat Mexico in the final, the coach said.", &["Canada > Mexico (planned)"]),
    ("negated", "Argentina did not beat Chile in the match.", &["Argentina > Chile (negated)"]),
    ("conditional", "Fans vowed to celebrate if Peru defeated Bolivia on Sunday.", &["Peru > Bolivia (possible)"]),
    ("beat needs a game", "Police beat John Smith outside his home.", &[]),
    ("no result word", "Japan will play South Korea in the final.", &[]),
    ("lost something else", "Canada lost its bid to Mexico.", &[]),
];

#[test]
fn defeat_events() {
    let mut failures = Vec::new();
    for (name, text, want) in DEFEATS {
        let out = extract(text, Some("2025-11-14"));
        let entity = |id: &str| out.entity(id).map_or(id.to_string(), |e| e.name.clone());
        let got: Vec<String> = out
            .events()
            .filter(|(_, e)| e.action == "defeat")
            .map(|(_, e)| {
                let mut s = format!("{} > {}", entity(e.agent.as_deref().unwrap()), entity(&e.targets[0]));
                if let Some(f) = e.score.as_deref().and_then(|id| out.figure(id)) {
                    s = format!("{s} {}", f.text);
                }
                if e.negated {
                    s.push_str(" (negated)");
                }
                if let Some(m) = &e.modality {
                    s = format!("{s} ({m})");
                }
                s
            })
            .collect();
        if got != *want {
            failures.push(format!("{name}: {text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows fail:\n{}", failures.len(), DEFEATS.len(), failures.join("\n"));
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

/// Issue 14: clock times, scores, numbers inside names, dates in story
/// order, fractions and odds. Each row: a name, a sentence, its document
/// date, and every figure as "text|kind|value" (value as
/// `Figure::value_text` renders it).
const ISSUE_14: &[(&str, &str, &str, &[&str])] = &[
    // Times.
    ("time am glued", "The blast happened at 9:15am near the station.", "2025-11-14", &["9:15am|time|T09:15"]),
    ("time 24-hour", "The train left at 21:05 from the capital.", "2025-11-14", &["21:05|time|T21:05"]),
    (
        "time military zone linked",
        "The strike began at 0400 GMT on Tuesday.",
        "2025-11-14",
        &["0400 GMT|time|2025-11-11 T04:00Z", "Tuesday|date|2025-11-11"],
    ),
    ("time p.m.", "Polls close at 7 p.m. in most states.", "2025-11-14", &["7 p.m.|time|T19:00"]),
    (
        "time zone offset",
        "The speech is set for 10:30 p.m. EST tonight.",
        "2025-11-14",
        &["10:30 p.m. EST|time|2025-11-14 T22:30-05:00", "tonight|date|2025-11-14 P0D"],
    ),
    ("time hour am", "Firefighters arrived at 5am.", "2025-11-14", &["5am|time|T05:00"]),
    ("time noon", "The market closed at noon.", "2025-11-14", &["noon|time|T12:00"]),
    ("time midnight", "The curfew starts at midnight.", "2025-11-14", &["midnight|time|T00:00"]),
    ("time dotted", "Officials met at 7.30pm in the town hall.", "2025-11-14", &["7.30pm|time|T19:30"]),
    (
        "time local",
        "The ferry docked around 6:45 a.m. local time.",
        "2025-11-14",
        &["6:45 a.m. local time|time|T06:45"],
    ),
    ("time hours", "Rescuers reached the site at 1400 hours.", "2025-11-14", &["1400 hours|time|T14:00"]),
    ("time o'clock", "The shop opens at nine o'clock.", "2025-11-14", &["nine o'clock|time|T09:00"]),
    (
        "time with full date",
        "The quake struck at 02:13 UTC on March 3, 2024.",
        "2025-11-14",
        &["02:13 UTC|time|2024-03-03 T02:13Z", "March 3, 2024|date|2024-03-03"],
    ),
    (
        "race clock is a duration",
        "She crossed the line in 2:14:04 in Berlin.",
        "2025-11-14",
        &["2:14:04|duration|PT2H14M4S"],
    ),
    ("time 12 noon", "The vote ended at 12 noon.", "2025-11-14", &["12 noon|time|T12:00"]),
    (
        "time PM weekday",
        "Sirens sounded at 3:30 PM on Friday.",
        "2025-11-14",
        &["3:30 PM|time|2025-11-14 T15:30", "Friday|date|2025-11-14"],
    ),
    (
        "time two zones",
        "The plane landed at 11:20 (0920 GMT).",
        "2025-11-14",
        &["11:20|time|T11:20", "0920 GMT|time|T09:20Z"],
    ),
    (
        "time pm glued",
        "Voting runs until 8pm tonight.",
        "2025-11-14",
        &["8pm|time|2025-11-14 T20:00", "tonight|date|2025-11-14 P0D"],
    ),
    ("time spaced pm", "Schools will close at 1:45 pm.", "2025-11-14", &["1:45 pm|time|T13:45"]),
    ("verse is no time", "The pastor quoted Sanders 3:16 at length.", "2025-11-14", &[]),
    ("ratio is no time", "The board backed the plan by a 2:1 margin.", "2025-11-14", &["2|number|2", "1|number|1"]),
    // Scores.
    ("score beat", "Leeds beat Chelsea 3-1 at home.", "2025-11-14", &["3-1|score|3-1"]),
    ("score two sets", "She won the final 6-2 6-4.", "2025-11-14", &["6-2|score|6-2", "6-4|score|6-4"]),
    ("score en dash", "The hosts won 2–0 in front of a full stadium.", "2025-11-14", &["2–0|score|2-0"]),
    ("score victory", "It was a 24-17 victory for the visitors.", "2025-11-14", &["24-17|score|24-17"]),
    ("score drew", "The two sides drew 1-1 in the rain.", "2025-11-14", &["two|count|2", "1-1|score|1-1"]),
    ("score lost", "The champions lost 0-3 to the newcomers.", "2025-11-14", &["0-3|score|0-3"]),
    ("score draw", "After a 4-4 draw, the match went to penalties.", "2025-11-14", &["4-4|score|4-4"]),
    ("range without sports", "Between 10-15 people were hurt.", "2025-11-14", &["10-15|count|10..15"]),
    (
        "range of a counted noun",
        "The company won 10-15 contracts last year.",
        "2025-11-14",
        &["10-15|count|10..15", "last year|date|2024 -P1Y"],
    ),
    ("age range", "Voters aged 18-25 stayed home.", "2025-11-14", &["18-25|number|18..25"]),
    (
        "score spaced",
        "The team defeated its rivals 28 - 14 on Sunday.",
        "2025-11-14",
        &["28 - 14|score|28-14", "Sunday|date|2025-11-09"],
    ),
    ("score match", "The match ended 5-3 after extra time.", "2025-11-14", &["5-3|score|5-3"]),
    ("score cricket", "Rain stopped play with the score at 120-4.", "2025-11-14", &["120-4|score|120-4"]),
    ("score edged", "United edged City 2-1 in the derby.", "2025-11-14", &["2-1|score|2-1"]),
    ("percent in a win", "The mayor won with 55 percent.", "2025-11-14", &["55 percent|percent|55"]),
    // Numbers inside names.
    ("aircraft model", "A Boeing 747 landed safely.", "2025-11-14", &[]),
    ("interstate", "Traffic on Interstate 95 was halted.", "2025-11-14", &[]),
    ("flight", "Flight 17 was delayed.", "2025-11-14", &[]),
    ("category", "The Category 4 storm hit the coast.", "2025-11-14", &[]),
    ("category lower case", "It became a category 3 hurricane.", "2025-11-14", &[]),
    ("storm name", "Forecasters named Storm Two on Monday.", "2025-11-14", &["Monday|date|2025-11-10"]),
    ("storm name first", "Storm Two was named by forecasters.", "2025-11-14", &[]),
    ("virus code", "Cases of H5N1 rose.", "2025-11-14", &[]),
    ("hyphen code", "New COVID-19 rules apply.", "2025-11-14", &[]),
    ("7/7", "The 7/7 attacks shocked London.", "2025-11-14", &[]),
    ("24/7", "The helpline is open 24/7 for callers.", "2025-11-14", &[]),
    ("airbus", "He flew an Airbus A320 last year.", "2025-11-14", &["last year|date|2024 -P1Y"]),
    ("route", "Route 66 attracts tourists.", "2025-11-14", &[]),
    ("gate", "She waited at Gate 12 of the airport.", "2025-11-14", &[]),
    ("article", "Britain invoked Article 50 in the spring.", "2025-11-14", &[]),
    ("model with count", "The jet was a Boeing 737-800 with 180 seats.", "2025-11-14", &["180|count|180"]),
    ("software", "Sales of Windows 11 rose 5%.", "2025-11-14", &["5%|percent|5"]),
    ("room", "Room 101 held 30 people.", "2025-11-14", &["30|count|30"]),
    ("car model", "The Tesla Model 3 costs $40,000.", "2025-11-14", &["$40,000|money|40000 USD"]),
    ("mission", "The crew of Apollo 11 returned in 1969.", "2025-11-14", &["1969|date|1969"]),
    ("bomber", "He was a B-52 pilot.", "2025-11-14", &[]),
    ("event with a year stays a year", "Fans cheered at Euro 2020 in London.", "2025-11-14", &["2020|date|2020"]),
    (
        "flight then minutes",
        "The flight 10 minutes later was full.",
        "2025-11-14",
        &["10 minutes later|date|2025-11-14 PT10M"],
    ),
    ("headline keeps numbers", "Storm Kills 12 In Coastal Towns", "2025-11-14", &["12|number|12"]),
    ("sentence start is no name", "Only 40 homes remain.", "2025-11-14", &["40|count|40"]),
    ("bracketed repeat", "Police found five (5) weapons.", "2025-11-14", &["five (5)|count|5"]),
    ("designator with a number word", "By noon, phase two of the plan began.", "2025-11-14", &["noon|time|T12:00"]),
    ("measure word after a name", "He was an All-Star 18 times.", "2025-11-14", &["18|number|18"]),
    // Dates in story order.
    ("future month-day", "Trump will take office on January 20.", "2025-11-14", &["January 20|date|2026-01-20"]),
    ("nearest month-day", "Police described the December 30 raid.", "2026-01-05", &["December 30|date|2025-12-30"]),
    (
        "future weekday",
        "The storm is expected to make landfall on Thursday.",
        "2025-11-14",
        &["Thursday|date|2025-11-20"],
    ),
    ("past weekday", "The storm made landfall on Thursday.", "2025-11-14", &["Thursday|date|2025-11-13"]),
    (
        "days later",
        "The suspect was arrested on March 3, 2024. Two days later he was charged.",
        "2025-11-14",
        &["March 3, 2024|date|2024-03-03", "Two days later|date|2024-03-05"],
    ),
    (
        "the next day",
        "The plant opened on June 2, 2020. The next day it shut.",
        "2025-11-14",
        &["June 2, 2020|date|2020-06-02", "The next day|date|2020-06-03"],
    ),
    (
        "next years ordered",
        "Growth is forecast over the next three years.",
        "2025-11-14",
        &["over the next three years|date|2025/2028 P3Y"],
    ),
    (
        "past years ordered",
        "Prices rose in the past two years.",
        "2025-11-14",
        &["in the past two years|date|2023/2025 -P2Y"],
    ),
    ("future month", "The vote will be held in March.", "2025-11-14", &["March|date|2026-03"]),
    ("past month", "The vote was held in March.", "2025-11-14", &["March|date|2025-03"]),
    (
        "years later",
        "The firm was founded in 2015; five years later it was sold.",
        "2025-11-14",
        &["2015|date|2015", "five years later|date|2020"],
    ),
    ("scheduled", "Talks are scheduled for February 2.", "2025-11-14", &["February 2|date|2026-02-02"]),
    ("past recent", "He died on October 3.", "2025-11-14", &["October 3|date|2025-10-03"]),
    ("past far", "The singer died on May 3.", "2025-11-14", &["May 3|date|2025-05-03"]),
    (
        "later after a weekday",
        "The fair opened on Saturday, and three days later it closed.",
        "2025-11-14",
        &["Saturday|date|2025-11-08", "three days later|date|2025-11-11"],
    ),
    ("near future", "Ministers will meet again on November 20.", "2025-11-14", &["November 20|date|2025-11-20"]),
    (
        "past across the new year",
        "The court was told the attack took place on December 28.",
        "2025-02-10",
        &["December 28|date|2024-12-28"],
    ),
    ("until", "The ban lasts until April 30.", "2025-11-14", &["April 30|date|2026-04-30"]),
    (
        "the following week",
        "The following week, the plant reopened.",
        "2025-11-14",
        &["The following week|date|2025-W47"],
    ),
    (
        "future seen from the past",
        "The storm was expected to pass the island on Thursday.",
        "2025-11-14",
        &["Thursday|date|2025-11-13"],
    ),
    (
        "future seen from the past, ahead",
        "The storm was forecast to reach land on Sunday.",
        "2025-11-14",
        &["Sunday|date|2025-11-16"],
    ),
    (
        "month of last year",
        "A similar fire broke out in August last year.",
        "2025-11-14",
        &["August last year|date|2024-08"],
    ),
    (
        "due to is a cause",
        "The road closed due to a landslide on Saturday.",
        "2025-11-14",
        &["Saturday|date|2025-11-08"],
    ),
    ("passive future", "The election will be held on February 12.", "2025-11-14", &["February 12|date|2026-02-12"]),
    // Fractions and odds.
    ("fraction words", "Three quarters of voters agreed.", "2025-11-14", &["Three quarters|number|0.75"]),
    ("a quarter", "A quarter of the staff left.", "2025-11-14", &["A quarter|number|0.25"]),
    ("by a fifth", "Output fell by a fifth.", "2025-11-14", &["a fifth|number|0.2"]),
    ("more than half", "More than half of the homes flooded.", "2025-11-14", &["half|number|~0.5 >=0.5"]),
    ("digit fraction", "He ran 3/4 of the course.", "2025-11-14", &["3/4|number|0.75"]),
    ("ordinal before a noun", "A third suspect was arrested.", "2025-11-14", &["third|ordinal|3"]),
    ("ordinal vote", "A fourth vote is planned.", "2025-11-14", &["fourth|ordinal|4"]),
    ("fraction of", "A fifth of the budget went on roads.", "2025-11-14", &["A fifth|number|0.2"]),
    ("half a million", "Half a million people marched.", "2025-11-14", &["Half a million|count|500000"]),
    ("odds words", "One in four voters backed the plan.", "2025-11-14", &["One in four|number|0.25"]),
    ("odds digits", "Only one in 10 homes has power.", "2025-11-14", &["one in 10|number|0.1"]),
    ("odds hyphenated", "One-in-five pupils were absent.", "2025-11-14", &["One-in-five|number|0.2"]),
    (
        "basis points",
        "The bank cut rates by 50 basis points.",
        "2025-11-14",
        &["50 basis points|quantity|50 basis point"],
    ),
    // Zones as data: Atlantic, generic North American zones by the season of the document date.
    ("zone AST", "The storm made landfall at 8:00 p.m. AST.", "2025-11-14", &["8:00 p.m. AST|time|T20:00-04:00"]),
    ("zone ET summer", "Trading resumed at 9:30 a.m. ET.", "2025-07-14", &["9:30 a.m. ET|time|T09:30-04:00"]),
    ("zone ET winter", "Trading resumed at 9:30 a.m. ET.", "2025-11-14", &["9:30 a.m. ET|time|T09:30-05:00"]),
    ("zone PT", "The launch is set for 6 p.m. PT.", "2025-11-14", &["6 p.m. PT|time|T18:00-08:00"]),
    ("zone UK time", "Polls close at 10pm UK time.", "2025-06-02", &["10pm UK time|time|T22:00+01:00"]),
    ("zone India", "The match starts at 7:30 pm IST.", "2025-11-14", &["7:30 pm IST|time|T19:30+05:30"]),
    ("zone Azores", "The ferry left at 0730 AZOT.", "2025-11-14", &["0730 AZOT|time|T07:30-01:00"]),
    // A four-digit clock before a weekday; ranges, units and names from the reading.
    (
        "clock before weekday and zone",
        "Liftoff came at 2053 Wednesday night, UTC.",
        "2025-11-14",
        &["2053|time|2025-11-12 T20:53Z", "Wednesday|date|2025-11-12"],
    ),
    (
        "clock before weekday",
        "The polls shut at 1430 Tuesday.",
        "2025-11-14",
        &["1430|time|2025-11-11 T14:30", "Tuesday|date|2025-11-11"],
    ),
    ("year before a noun", "The 2053 budget was cut.", "2025-11-14", &["2053|date|2053"]),
    (
        "range sharing a scale",
        "Two to three hundred people gathered.",
        "2025-11-14",
        &["Two to three hundred|count|200..300"],
    ),
    (
        "between sharing a scale",
        "Between 3 and 5 million tourists came.",
        "2025-11-14",
        &["Between 3 and 5 million|count|3000000..5000000"],
    ),
    ("range scale not shared", "Some 50 to 3 thousand birds died.", "2025-11-14", &["50 to 3 thousand|count|50..3000"]),
    ("unit before full stop", "The top speed is 95 mph.", "2025-11-14", &["95 mph|quantity|95 mile per hour"]),
    (
        "approximate range",
        "Winds of about 60–90 km/h are expected.",
        "2025-11-14",
        &["60–90 km/h|quantity|60..90 kilometre per hour"],
    ),
    (
        "one-letter unit with conversion",
        "The cliffs stood around 30 m (98 ft) tall.",
        "2025-11-14",
        &["30 m|quantity|~30 metre", "98 ft|quantity|98 foot"],
    ),
    (
        "one-letter unit alone",
        "The fund raised 30 m last year.",
        "2025-11-14",
        &["30|number|30", "last year|date|2024 -P1Y"],
    ),
    (
        "model word",
        "Pilots trained on the 787 Dreamliner for three weeks.",
        "2025-11-14",
        &["three weeks|duration|3 P3W"],
    ),
    ("model word Max", "Airlines grounded the 737 Max in March.", "2025-11-14", &["March|date|2025-03"]),
    ("one in slogan", "Their motto was 'one in, all in' from the start.", "2025-11-14", &[]),
    ("one in ratio", "One in five homes lost power.", "2025-11-14", &["One in five|number|0.2"]),
    // Ordinal words that are no figure; ordinals used as nouns.
    ("first adverb passive", "She was first elected to the council in 2012.", "2025-11-14", &["2012|date|2012"]),
    ("at first", "At first, nobody noticed the smoke.", "2025-11-14", &[]),
    ("first of all", "First of all, we thank the volunteers.", "2025-11-14", &[]),
    ("first at clause end", "He saw himself as a painter first.", "2025-11-14", &[]),
    ("first responders", "The blast injured first responders near the gate.", "2025-11-14", &[]),
    ("a second moment", "For a second, the crowd went silent.", "2025-11-14", &[]),
    ("ordinal in a name", "The appeal now goes to the Ninth Circuit for review by the judges.", "2025-11-14", &[]),
    ("ordinal before a noun kept", "Nevada became the first state to do so.", "2025-11-14", &["first|ordinal|1"]),
    (
        "a fourth as a noun",
        "Two came from Chile and a fourth from Peru.",
        "2025-11-14",
        &["Two|number|2", "fourth|ordinal|4"],
    ),
    ("a third by", "Sales fell by a third.", "2025-11-14", &["a third|number|0.3333333333333333"]),
    // Dates from the reading.
    (
        "month of last year",
        "He was arrested in January of last year.",
        "2025-11-14",
        &["January of last year|date|2024-01"],
    ),
    ("month ahead, past cue", "The wreck was found in December.", "2025-02-10", &["December|date|2024-12"]),
    (
        "month ahead, no cue",
        "The recorder, recovered in November, held data.",
        "2025-01-16",
        &["November|date|2024-11"],
    ),
    ("month near ahead, no cue", "The memoir is out in May.", "2025-01-16", &["May|date|2025-05"]),
    (
        "this coming weekday",
        "The court must rule by this coming Friday.",
        "2025-11-11",
        &["this coming Friday|date|2025-11-14"],
    ),
    ("year range", "Numbers fell during 2017–2018 in the bay.", "2025-11-14", &["2017–2018|date|2017/2018"]),
    ("year range short", "The winter of 2006-07 was harsh.", "2025-11-14", &["2006-07|date|2006/2007"]),
    (
        "year range long",
        "She led the party, 1979–2011, with an iron hand.",
        "2025-11-14",
        &["1979–2011|date|1979/2011"],
    ),
    ("year-like count range", "Between 2000-2005 fans attended.", "2025-11-14", &["2000-2005|count|2000..2005"]),
    ("newspaper name", "The editors of USA Today said so.", "2025-11-14", &[]),
    ("dialled number", "A neighbour dialled 999 at once.", "2025-11-14", &[]),
    (
        "money then scale",
        "Repairs will cost between US$300 and 400 billion.",
        "2025-11-14",
        &["between US$300 and 400 billion|money|300000000000..400000000000 USD"],
    ),
    (
        "zone phrase",
        "The call came at 11:25am US east coast time.",
        "2025-11-14",
        &["11:25am US east coast time|time|T11:25-05:00"],
    ),
    ("modal may", "The governor said she can and may call the guard.", "2025-11-14", &[]),
    (
        "zloty with its letter",
        "The deal is worth 400 million złotys.",
        "2025-11-14",
        &["400 million złotys|money|400000000 PLN"],
    ),
    ("pounds weighed", "The boy weighed 60 pounds when found.", "2025-11-14", &["60 pounds|quantity|60 pound"]),
    (
        "pounds converted",
        "The bag held 50 pounds (23 kg) of rice.",
        "2025-11-14",
        &["50 pounds|quantity|50 pound", "23 kg|quantity|23 kilogram"],
    ),
    ("pounds money", "The fine was 50 pounds.", "2025-11-14", &["50 pounds|money|50 GBP"]),
    ("duration range", "The fire burned for 10-15 minutes.", "2025-11-14", &["10-15 minutes|duration|10..15 PT1M"]),
    (
        "duration range words",
        "Repairs take between two and three weeks.",
        "2025-11-14",
        &["between two and three weeks|duration|2..3 P1W"],
    ),
    ("range before ago stays", "It began 10-15 minutes ago.", "2025-11-14", &["10-15|number|10..15"]),
    (
        "square km",
        "The reserve spans 0.5 square km of forest.",
        "2025-11-14",
        &["0.5 square km|quantity|0.5 square kilometre"],
    ),
    (
        "house number",
        "Protesters gathered outside 10 Downing Street on Friday.",
        "2025-11-14",
        &["Friday|date|2025-11-14"],
    ),
    ("house number foreign", "The office at 12 Rue de Rivoli closed.", "2025-11-14", &[]),
    ("count before a street", "Police arrested 12 people on Oak Avenue.", "2025-11-14", &["12|count|12"]),
    (
        "approximate duration",
        "She served almost nine years of her sentence.",
        "2025-11-14",
        &["nine years|duration|~9 <=9 P9Y"],
    ),
    ("over a span", "Over 3 years, the town grew.", "2025-11-14", &["3 years|duration|3 P3Y"]),
    ("or more count", "Ten or more people were hurt.", "2025-11-14", &["Ten or more|count|~10 >=10"]),
    (
        "or more unit",
        "He carried 500 or more kilograms of cargo.",
        "2025-11-14",
        &["500 or more kilograms|quantity|~500 >=500 kilogram"],
    ),
    ("or fewer", "Groups of 50 or fewer may meet.", "2025-11-14", &["50 or fewer|number|~50 <=50"]),
    // Dates inside quotations count from the day the quotation was said.
    (
        "quote today said on weekday",
        "\"We finished the work today,\" the mayor said on Tuesday.",
        "2025-11-14",
        &["today|date|2025-11-11", "Tuesday|date|2025-11-11"],
    ),
    (
        "quote yesterday attribution first",
        "The minister told reporters on Monday: \"Yesterday the talks failed.\"",
        "2025-11-14",
        &["Monday|date|2025-11-10", "Yesterday|date|2025-11-09"],
    ),
    ("quote without its day", "\"We won today,\" the coach said.", "2025-11-14", &["today|date|2025-11-14 P0D"]),
    (
        "quote last year dated",
        "“Sales fell last year,” the chief executive said on January 3, 2024.",
        "2025-11-14",
        &["last year|date|2023", "January 3, 2024|date|2024-01-03"],
    ),
    (
        "quote ago said yesterday",
        "\"Two days ago the river rose,\" she said yesterday.",
        "2025-11-14",
        &["Two days ago|date|2025-11-11", "yesterday|date|2025-11-13 -P1D"],
    ),
    (
        "quote date without speech verb",
        "\"Today is the day\" was printed on Monday.",
        "2025-11-14",
        &["Today|date|2025-11-14 P0D", "Monday|date|2025-11-10"],
    ),
    // Number words.
    ("a couple of", "A couple of protesters were detained.", "2025-11-14", &["A couple|count|~2"]),
    ("a few", "Only a few homes had power.", "2025-11-14", &["a few|count|~3"]),
    ("a couple hundred", "About a couple hundred fans waited.", "2025-11-14", &["a couple hundred|count|~200"]),
    ("a few weeks", "The repairs will take a few weeks.", "2025-11-14", &["a few weeks|duration|~3 P3W"]),
    ("plural scale", "The plan cost three billions in all.", "2025-11-14", &["three billions|number|3000000000"]),
    ("out of", "Two out of five pupils passed.", "2025-11-14", &["Two out of five|number|0.4"]),
    (
        "spelled decimal",
        "Inflation hit three point five percent.",
        "2025-11-14",
        &["three point five percent|percent|3.5"],
    ),
    ("compound ordinal", "The team came twenty first overall.", "2025-11-14", &["twenty first|ordinal|21"]),
    ("negative", "Temperatures fell to minus 12 overnight.", "2025-11-14", &["minus 12|number|-12"]),
];

#[test]
fn issue_14_table() {
    assert!(ISSUE_14.len() >= 80);
    let mut failures = Vec::new();
    for (name, text, date, want) in ISSUE_14 {
        let out = extract(text, Some(date));
        let got: Vec<String> =
            out.figures.iter().map(|f| format!("{}|{}|{}", f.text, kind_name(f.kind), f.value_text())).collect();
        if got != *want {
            failures.push(format!("{name}: {text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows fail:\n{}", failures.len(), ISSUE_14.len(), failures.join("\n"));
}

fn kind_name(k: FigureKind) -> String {
    serde_json::to_value(k).unwrap().as_str().unwrap().to_string()
}
