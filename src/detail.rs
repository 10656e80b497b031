//! The kinds of fact and their slots, on the ground floor: the facts stage
//! fills them with typed references to entities and figures, and the
//! output holds them with the ids those references get ("E3", "F2").

use crate::kinds::Number;
use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// The kinds of fact, each with its own slots. In the output, slots that
/// name an entity hold its id ("E3") and slots that name a figure hold its id
/// ("F2"): `R` is `String`. Inside the pipeline the facts stage fills them
/// with typed references, and the extractor numbers them once, at the end
/// ([`FactDetail::map_refs`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[serde(tag = "kind", rename_all = "lowercase")]
#[non_exhaustive]
pub enum FactDetail<R = String> {
    /// "123 prisoners released by Belarus".
    Count(CountFact<R>),
    /// "the US lifted sanctions on potash exports".
    Event(EventFact<R>),
    /// "'She is free,' Khomich said".
    Quote(QuoteFact<R>),
    /// "John Coale, special envoy for Belarus".
    Role(RoleFact<R>),
    /// "Her sister, Tatiana Khomich".
    Relation(RelationFact<R>),
}

/// How many of what, and what happened to them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[non_exhaustive]
pub struct CountFact<R = String> {
    /// The figure counted ("F1").
    pub figure: R,
    /// The count's value (exact, or the lower bound of an approximation).
    pub quantity: Number,
    /// Whether the count is approximate.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
    /// How the count is hedged: `at_least`, `more_than`, `up_to`, `about`,
    /// `estimate`, `range` or `vague_plural` ("hundreds").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The counted noun as written ("prisoners"), or the noun an elided count
    /// stands for ("three more"), or empty.
    pub object: String,
    /// Its lemma ("prisoner").
    pub lemma: String,
    /// The event type ("release", "arrest", "kill").
    pub event: String,
    /// The verb or noun as written ("released").
    pub trigger: String,
    /// Who did it, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<R>,
    /// Where, or the destination of a transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<R>,
    /// When: a date figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<R>,
    /// Whether the text says it did not happen.
    #[serde(default, skip_serializing_if = "is_false")]
    pub negated: bool,
    /// "planned", "possible", …; absent when it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
}

/// Agent – action – target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[non_exhaustive]
pub struct EventFact<R = String> {
    /// The action type ("lift_sanctions", "release").
    pub action: String,
    /// The verb phrase as written.
    pub trigger: String,
    /// Who acted: an entity id or a description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<R>,
    /// Who or what was acted on: entity ids or descriptions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<R>,
    /// Where, or the destinations of a transfer: place entity ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<R>,
    /// When: a date figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<R>,
    /// Whether the text says it did not happen.
    #[serde(default, skip_serializing_if = "is_false")]
    pub negated: bool,
    /// "planned", "possible", …; absent when it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// The result of a `defeat`: a score figure ("3-1").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<R>,
}

/// Who said what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[non_exhaustive]
pub struct QuoteFact<R = String> {
    /// The speaker: an entity id, or a description ("a spokesperson for …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<R>,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The reporting verb ("said", "stated").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Whether the words are reported ("told AFP that …") rather than quoted.
    #[serde(default, skip_serializing_if = "is_false")]
    pub indirect: bool,
}

/// A role or title a person holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[non_exhaustive]
pub struct RoleFact<R = String> {
    /// The person (entity id).
    pub person: R,
    /// The role as written ("special envoy for Belarus").
    pub role: String,
    /// The normalized head ("envoy").
    pub head: String,
    /// The organization, place or person the role is of, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<R>,
    /// Whether the text marks the role as past ("former", "ex-", "then-").
    #[serde(default, skip_serializing_if = "is_false")]
    pub former: bool,
}

/// A relation between two entities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "R: Deserialize<'de>"))]
#[non_exhaustive]
pub struct RelationFact<R = String> {
    /// The relation ("sister_of", "spokesperson_for", "member_of").
    pub relation: String,
    /// The first entity (entity id).
    pub subject: R,
    /// The second entity (entity id), or `None` where the text leaves it unresolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<R>,
}

impl<R> FactDetail<R> {
    /// The same fact with every reference to an entity or a figure passed
    /// through `f`, and nothing else changed: how the extractor turns the
    /// facts stage's typed references into output ids.
    ///
    /// ```
    /// use factum::{Extractor, FactDetail};
    /// let out = Extractor::default().extract("Belarus freed 123 prisoners.");
    /// let FactDetail::Count(c) = &out.facts[0].detail else { panic!("a count") };
    /// assert_eq!((c.figure.as_str(), c.agent.as_deref()), ("F1", Some("E1")));
    /// // Ids to indices into `figures` and `entities`.
    /// let index = |id: String| id[1..].parse::<usize>().unwrap() - 1;
    /// let FactDetail::Count(c) = out.facts[0].detail.clone().map_refs(index) else { unreachable!() };
    /// assert_eq!((c.figure, c.agent), (0, Some(0)));
    /// ```
    pub fn map_refs<S>(self, mut f: impl FnMut(R) -> S) -> FactDetail<S> {
        match self {
            FactDetail::Count(c) => FactDetail::Count(CountFact {
                figure: f(c.figure),
                quantity: c.quantity,
                approx: c.approx,
                modifier: c.modifier,
                object: c.object,
                lemma: c.lemma,
                event: c.event,
                trigger: c.trigger,
                agent: c.agent.map(&mut f),
                place: c.place.map(&mut f),
                time: c.time.map(&mut f),
                negated: c.negated,
                modality: c.modality,
            }),
            FactDetail::Event(e) => FactDetail::Event(EventFact {
                action: e.action,
                trigger: e.trigger,
                agent: e.agent.map(&mut f),
                targets: e.targets.into_iter().map(&mut f).collect(),
                places: e.places.into_iter().map(&mut f).collect(),
                time: e.time.map(&mut f),
                negated: e.negated,
                modality: e.modality,
                score: e.score.map(&mut f),
            }),
            FactDetail::Quote(q) => FactDetail::Quote(QuoteFact {
                speaker: q.speaker.map(&mut f),
                text: q.text,
                cue: q.cue,
                indirect: q.indirect,
            }),
            FactDetail::Role(r) => FactDetail::Role(RoleFact {
                person: f(r.person),
                role: r.role,
                head: r.head,
                of: r.of.map(&mut f),
                former: r.former,
            }),
            FactDetail::Relation(r) => FactDetail::Relation(RelationFact {
                relation: r.relation,
                subject: f(r.subject),
                object: r.object.map(&mut f),
            }),
        }
    }
}
