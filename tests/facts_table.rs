//! Table tests for the quote, role and relation patterns: one row per rule,
//! each on a sentence written for the test (name, text, expected).

use factum::{Extraction, Extractor, FactDetail};
use once_cell::sync::Lazy;

static EX: Lazy<Extractor> = Lazy::new(Extractor::default);

/// The name of an entity id, or the description as written.
fn name(out: &Extraction, id: Option<&str>) -> String {
    let Some(id) = id else { return "?".to_string() };
    out.entities.iter().find(|e| e.id == id).map_or(id.to_string(), |e| e.name.clone())
}

/// (speaker, text, indirect, rule) of every quote fact.
fn quotes(text: &str) -> Vec<(String, String, bool, String)> {
    let out = EX.extract(text);
    out.facts
        .iter()
        .filter_map(|f| match &f.detail {
            FactDetail::Quote(q) => {
                Some((name(&out, q.speaker.as_deref()), q.text.clone(), q.indirect, f.rule.clone()))
            }
            _ => None,
        })
        .collect()
}

/// (person, role, of, former) of every role fact.
fn roles(text: &str) -> Vec<(String, String, String, bool)> {
    let out = EX.extract(text);
    out.facts
        .iter()
        .filter_map(|f| match &f.detail {
            FactDetail::Role(r) => {
                Some((name(&out, Some(&r.person)), r.role.clone(), name(&out, r.of.as_deref()), r.former))
            }
            _ => None,
        })
        .collect()
}

/// (name, text, speaker, start of the quoted words).
const DIRECT: &[(&str, &str, &str, &str)] = &[
    ("no comma before", "Anna Kowalski said \"The bridge is safe to cross.\"", "Anna Kowalski", "The bridge is safe"),
    (
        "a quoted sentence after a colon is said by the subject of the clause before it",
        "Brazilian President Jair Bolsonaro rejected the offer: \"The plan ignores our sovereignty.\"",
        "Jair Bolsonaro",
        "The plan ignores",
    ),
    (
        "a described subject before the colon speaks too",
        "The ministry issued the following statement: \"All schools will reopen on Monday.\"",
        "The ministry",
        "All schools will",
    ),
    (
        "a description of lower-case words and titles before the person after the verb",
        "\"The statues stand where the water is,\" said study co-author Professor Carl Lindqvist of Harlow University.",
        "Carl Lindqvist",
        "The statues stand",
    ),
    (
        "a possessive description before the person after the verb",
        "\"We are heartbroken and numb,\" writes his longtime tag team partner Erick Rowland on Instagram.",
        "Erick Rowland",
        "We are heartbroken",
    ),
    (
        "a speech verb in the infinitive after a phrase",
        "Carl Lindqvist led the study. He went on to add \"The springs explain where the statues stand.\"",
        "Carl Lindqvist",
        "The springs explain",
    ),
    (
        "a recounting verb",
        "Co-developer Jing Wang recounted, \"Nothing sticks to the coated surface.\"",
        "Jing Wang",
        "Nothing sticks",
    ),
    (
        "a participle's speaker is the pronoun opening the main clause, not the object",
        "NASA paused its broadcast. It also credited Lena Brandt with the rescue, noting \"her crew saved the station\".",
        "NASA",
        "her crew saved",
    ),
    (
        "a participle's speaker is the subject of the main clause's verb",
        "Maria Lenz thanked Tom Reyes for the rescue, saying \"they worked through the night\".",
        "Maria Lenz",
        "they worked through",
    ),
    (
        "title before the speaker, after",
        "\"We will rebuild the harbour,\" Prime Minister Keir Starmer said on Friday.",
        "Keir Starmer",
        "We will rebuild the harbour",
    ),
    (
        "verb then titled speaker",
        "\"The vault was empty when we arrived,\" said Detective Inspector Mark Ellis, a police officer.",
        "Mark Ellis",
        "The vault was empty",
    ),
    (
        "place, title, person after the verb",
        "\"The fund is broke,\" said Texas Attorney General Laura Benton.",
        "Laura Benton",
        "The fund is broke",
    ),
    (
        "pronoun with a colon",
        "Maria Lopez opened the new school in Leeds. She added: \"Every child deserves a library.\"",
        "Maria Lopez",
        "Every child deserves",
    ),
    (
        "pronoun after the quote",
        "Peter Novak sold the farm last year. \"It was time to go\", he noted.",
        "Peter Novak",
        "It was time to go",
    ),
    (
        "material between speaker and verb",
        "Tom Becker, speaking to reporters on Monday, said \"The match will go ahead.\"",
        "Tom Becker",
        "The match will go ahead",
    ),
    (
        "relative clause between",
        "Sarah Quinn, who saw the fire, said, \"The smoke was everywhere.\"",
        "Sarah Quinn",
        "The smoke was everywhere",
    ),
    (
        "participle clause",
        "Daniel Reyes thanked the volunteers, adding, \"Without them we would have lost the town.\"",
        "Daniel Reyes",
        "Without them we would",
    ),
    (
        "fragment after a characterising verb",
        "Opposition leader Helen Marsh called the plan a \"betrayal of every voter\".",
        "Helen Marsh",
        "betrayal of every voter",
    ),
    (
        "fragment after said she was",
        "Julia Fenwick said she was \"deeply shocked by the verdict\" on Tuesday.",
        "Julia Fenwick",
        "deeply shocked by the verdict",
    ),
    (
        "organization in a statement",
        "The Northern Rail Company, in its statement, said the delay was \"entirely avoidable\".",
        "Northern Rail Company",
        "entirely avoidable",
    ),
    (
        "document for its issuer",
        "Greenpeace released a statement on Sunday. \"The spill will harm the coast for years,\" the statement read.",
        "Greenpeace",
        "The spill will harm",
    ),
    (
        "unnamed speaker",
        "\"The line will reopen tomorrow,\" an official from the railway stated.",
        "an official from the railway",
        "The line will reopen",
    ),
    (
        "according to a description",
        "According to local fire officials, the blaze spread \"faster than anyone expected\" overnight.",
        "local fire officials",
        "faster than anyone expected",
    ),
    (
        "pronoun: the subject of the sentence before",
        "Paul Carter endorsed his old rival, Simon Marsh. \"We need unity now,\" he said.",
        "Paul Carter",
        "We need unity now",
    ),
    (
        "lead-in wins over the next sentence's clause",
        "In a letter, the chairman, Oliver Grant, said, \"The club is safe.\" Grant also asked fans to \"stay patient for a while\".",
        "Oliver Grant",
        "The club is safe",
    ),
    (
        "a sentence in capitals after a verb and an adverbial",
        "Anna Kowalski wrote on Twitter, \"WE WON THE VOTE BY A MILE!\"",
        "Anna Kowalski",
        "WE WON THE VOTE",
    ),
    (
        "passive reporting verb: its agent speaks",
        "The treaty was described by the United Nations as \"a turning point for the region.\"",
        "United Nations",
        "a turning point",
    ),
    (
        "according to the owner of a document",
        "The NBA closed its offices on Friday. According to its press release, the league was \"pausing every game until further notice.\"",
        "National Basketball Association",
        "pausing every game",
    ),
    (
        "a participle after the quote takes no speaker after it",
        "The prosecutor, Maria Lopes, said the men must face \"fraud and bribery charges\", adding Brazil will ask for their return.",
        "Maria Lopes",
        "fraud and bribery charges",
    ),
    (
        "dash parenthetical skipped",
        "Mayor Ruth Olsen commented on the vote — which the Times noted as close — \"The people have spoken clearly.\"",
        "Ruth Olsen",
        "The people have spoken",
    ),
];

#[test]
fn direct_quotes() {
    for (case, text, speaker, starts) in DIRECT {
        let qs = quotes(text);
        assert!(
            qs.iter().any(|q| q.0 == *speaker && q.1.starts_with(starts) && !q.2),
            "{case}: no quote of {speaker} starting {starts:?} in {qs:#?}"
        );
    }
}

#[test]
fn split_coordinated_and_continued_quotes() {
    // Split: two items, one speaker.
    let qs = quotes("\"The roof is gone,\" said Laura Kim, the site manager, \"but nobody was hurt.\"");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert!(qs.iter().all(|q| q.0 == "Laura Kim"), "{qs:#?}");
    assert_eq!(qs[1].3, "quote:split");
    // Coordinated fragments.
    let qs = quotes("Siemens said the review \"covers only two models\", and \"does not affect safety\".");
    assert_eq!(qs.iter().filter(|q| q.0 == "Siemens").count(), 2, "{qs:#?}");
    // Continuation: the next quoted sentence, same paragraph.
    let qs = quotes("\"We won the cup,\" coach Brian Hale told reporters. \"Nobody believed in us.\"");
    assert!(qs.iter().any(|q| q.0 == "Brian Hale" && q.1 == "Nobody believed in us." && q.3 == "quote:continuation"));
    // A lead-in before a finished quote wins over the next sentence's clause.
    let qs = quotes(
        "In a letter, the chairman, Oliver Grant, said, \"The club is safe.\" Grant also asked fans to \"stay patient for a while\".",
    );
    assert!(qs.iter().any(|q| q.1 == "The club is safe." && q.3 == "quote:before"), "{qs:#?}");
    // A quote after a paragraph break shares no attribution with the one before.
    let qs = quotes(
        "\"We won the cup,\" coach Brian Hale told reporters. \"Nobody believed in us.\"\n\n\"The league must change its rules now.\" It was unclear who said so.",
    );
    assert!(!qs.iter().any(|q| q.1.starts_with("The league")), "{qs:#?}");
    // A new paragraph is no continuation.
    let qs = quotes("\"We won the cup,\" coach Brian Hale told reporters.\n\n\"Nobody believed in us.\"");
    assert_eq!(qs.len(), 1, "{qs:#?}");
}

#[test]
fn quoted_words_that_are_no_quotes() {
    for (case, text) in [
        ("single word", "Jane Doe said the plan was \"bold\"."),
        ("modifier of a noun", "Jane Doe said the city would adopt a \"zero tolerance\" policy."),
        ("title in capitals", "Jane Doe said she watched \"Gone With The Wind\" twice."),
        ("no reporting verb", "The \"smart home\" trend grew in the 2010s."),
        ("a name in apposition after the verb", "Jane Doe says her festival, \"Rock The Harbour Again\", will return."),
        ("a name after a naming verb", "Jane Doe runs a reading club called \"Books Together\" for teenagers."),
        ("a phrase after a colon, not a sentence", "The report has one aim: \"to cut emissions by half\"."),
    ] {
        let qs = quotes(text);
        assert!(qs.iter().all(|q| q.2), "{case}: {qs:#?}");
    }
    // A clause that opens the next quote is not the previous one's.
    let qs = quotes("\"The store is closed.\" Inspector Dan Walsh said: \"We are looking for two men.\"");
    assert!(!qs.iter().any(|q| q.1.starts_with("The store") && q.0 == "Dan Walsh"), "{qs:#?}");
}

#[test]
fn reported_speech() {
    for (case, text, speaker, starts) in [
        ("said that", "Karen Holt said that the road would reopen in May.", "Karen Holt", "the road would reopen"),
        ("said without that", "Karen Holt said the road was closed for repairs.", "Karen Holt", "the road was closed"),
        ("told reporters", "Karen Holt told reporters she had resigned.", "Karen Holt", "she had resigned"),
        (
            "pronoun speaker",
            "Victor Lang chairs the council. He said the budget was approved.",
            "Victor Lang",
            "the budget was approved",
        ),
        (
            "pronoun prefers a person of its gender before its sentence",
            "Anna Weiss married Robin Hale in 1990. Robin Hale left in 1995. She said the marriage had been difficult.",
            "Anna Weiss",
            "the marriage had been",
        ),
        (
            "time after a described speaker",
            "The Harbour Authority on Monday announced the port would close for a week.",
            "The Harbour Authority",
            "the port would close",
        ),
    ] {
        let qs = quotes(text);
        assert!(
            qs.iter().any(|q| q.0 == speaker && q.1.starts_with(starts) && q.2),
            "{case}: no reported speech of {speaker} in {qs:#?}"
        );
    }
    // A verb with an object is no report: "said on Monday"; nor is a
    // relative clause a speaker ("far from where the records predicted").
    for text in [
        "Karen Holt said on Monday.",
        "The wreck lay far from where the old records predicted it would be.",
        "The museum posted a video dedicated to the painter.",
        "It was reported the painter had died.",
        // A speech verb's form after a number or a determiner is a noun.
        "Vermont was one of four states that had delayed the vote.",
        "The minister rejected the claims that the vote was rigged.",
    ] {
        let qs = quotes(text);
        assert!(qs.is_empty(), "{text}: {qs:#?}");
    }
}

/// (name, text, person, role, of, former).
const ROLES: &[(&str, &str, &str, &str, &str, bool)] = &[
    ("place premodifier", "Ohio Governor Mark Dalton signed the bill.", "Mark Dalton", "Governor", "Ohio", false),
    ("past marker", "former Senator Alice Grey spoke first.", "Alice Grey", "Senator", "?", true),
    (
        "a title with its postpositive qualifier",
        "The funeral of Bishop Emeritus Dinualdo Marquez was held on Monday.",
        "Dinualdo Marquez",
        "Bishop Emeritus",
        "?",
        false,
    ),
    (
        "an occupation before a name with a rare first name",
        "The agency mourned the death of cosmonaut Alexei Vorontsyn on Friday.",
        "Alexei Vorontsyn",
        "cosmonaut",
        "?",
        false,
    ),
    ("qualifier kept", "acting President Omar Haddad arrived.", "Omar Haddad", "acting President", "?", false),
    (
        "title phrase before the name",
        "The mayor of London, Sadiq Khan, opened the bridge.",
        "Sadiq Khan",
        "mayor",
        "London",
        false,
    ),
    (
        "possessive pronoun opener",
        "His running mate, Kamala Harris, spoke next.",
        "Kamala Harris",
        "running mate",
        "?",
        false,
    ),
    (
        "apposition with a former title of a place",
        "George Ryan, the former governor of Illinois, was released.",
        "George Ryan",
        "governor of Illinois",
        "Illinois",
        true,
    ),
    (
        "organization possessor in an apposition",
        "Anna Berg, Tesco's director for Poland, resigned.",
        "Anna Berg",
        "director for Poland",
        "Tesco",
        false,
    ),
    (
        "title of a country before the name",
        "Vice President of the United States Mike Pence visited.",
        "Mike Pence",
        "Vice President",
        "United States",
        false,
    ),
    (
        "abbreviation between title and name",
        "Member of Parliament (MP) Laura Smith voted against.",
        "Laura Smith",
        "Member of Parliament",
        "?",
        false,
    ),
    (
        "title of an unlisted name before the person",
        "The then-manager of Harbourside Rowing, Peter Walsh, resigned.",
        "Peter Walsh",
        "manager",
        "?",
        true,
    ),
    (
        "coordinated title phrases before the person",
        "The chairman of Lakeside Books and director of Hill Farm Trust, Emma Ross, spoke.",
        "Emma Ross",
        "director",
        "Hill Farm Trust",
        false,
    ),
    (
        "plural title shared by two names: the first",
        "Presidents Emmanuel Macron and Joe Biden met in Paris.",
        "Emmanuel Macron",
        "president",
        "?",
        false,
    ),
    (
        "plural title shared by two names: the second",
        "Presidents Emmanuel Macron and Joe Biden met in Paris.",
        "Joe Biden",
        "president",
        "?",
        false,
    ),
    (
        "plural title with a modifier, three names",
        "Foreign ministers Annalena Baerbock, Antony Blinken and Penny Wong signed the letter.",
        "Penny Wong",
        "foreign minister",
        "?",
        false,
    ),
    (
        "plural title of a body, the second name",
        "The mayor thanked members of the Harbour Council Jane Doyle and Mark Fenn for their work.",
        "Mark Fenn",
        "member",
        "Harbour Council",
        false,
    ),
    (
        "stacked titles make one",
        "Detective Inspector Sarah Cole led the search.",
        "Sarah Cole",
        "Detective Inspector",
        "?",
        false,
    ),
];

#[test]
fn role_table() {
    for (case, text, person, role, of, former) in ROLES {
        let rs = roles(text);
        assert!(
            rs.iter().any(|r| r.0 == *person && r.1 == *role && r.2 == *of && r.3 == *former),
            "{case}: no role {role:?} of {person} (of {of}, former {former}) in {rs:#?}"
        );
    }
}

/// Kinship before a name is a relation, not a role.
#[test]
fn kinship_before_a_name_is_no_role() {
    let rs = roles("The band was founded by guitarist Eddie Moreno and his brother Alex Moreno in 1972.");
    assert!(rs.iter().any(|r| r.0 == "Eddie Moreno" && r.1 == "guitarist"), "{rs:#?}");
    assert!(!rs.iter().any(|r| r.1 == "brother"), "{rs:#?}");
}

/// A singular title before coordinated names is the first name's only.
#[test]
fn a_singular_title_is_not_shared() {
    let rs = roles("President Emmanuel Macron and Joe Biden met in Paris.");
    assert!(rs.iter().any(|r| r.0 == "Emmanuel Macron"), "{rs:#?}");
    assert!(!rs.iter().any(|r| r.0 == "Joe Biden"), "{rs:#?}");
}

#[test]
fn two_titles_give_two_roles() {
    let rs = roles("Microsoft President and CEO Brad Smith announced the deal.");
    for role in ["President", "CEO"] {
        assert!(rs.iter().any(|r| r.0 == "Brad Smith" && r.1 == role && r.2 == "Microsoft"), "{role}: {rs:#?}");
    }
    let rs = roles("Jonas Weber, formerly the president and chief executive officer of Siemens, retired.");
    assert!(rs.iter().any(|r| r.1 == "president" && r.3), "{rs:#?}");
    assert!(rs.iter().any(|r| r.1 == "chief executive officer" && r.3), "{rs:#?}");
}

#[test]
fn relations_from_appositions() {
    let out = EX.extract(
        "Anna Petrova, the daughter of Boris Petrov, spoke on Monday. Yvette Cooper, a member of the Labour Party, agreed.",
    );
    let rel: Vec<(String, String, String)> = out
        .facts
        .iter()
        .filter_map(|f| match &f.detail {
            FactDetail::Relation(r) => {
                Some((r.relation.clone(), name(&out, Some(&r.subject)), name(&out, r.object.as_deref())))
            }
            _ => None,
        })
        .collect();
    assert!(rel.contains(&("daughter_of".into(), "Anna Petrova".into(), "Boris Petrov".into())), "{rel:#?}");
    assert!(rel.contains(&("member_of".into(), "Yvette Cooper".into(), "Labour Party".into())), "{rel:#?}");
}

/// Honorifics are forms of address, not roles (the guide skips "Dr.", "Mr."
/// and the religious "Rev.").
#[test]
fn honorifics_are_no_roles() {
    for text in ["The service was led by Rev. Mark Ellison on Sunday.", "Dr. Ana Ruiz spoke to the committee."] {
        let rs = roles(text);
        assert!(rs.is_empty(), "{text}: {rs:#?}");
    }
}
