//! Reading an [`Extraction`] without string plumbing: fact slots resolved to
//! entities, facts of one kind with their typed details, entities of one kind.

use crate::output::{
    CountFact, Entity, EntityKind, EventFact, Extraction, Fact, FactDetail, QuoteFact, RelationFact, RoleFact,
};
use std::fmt;

/// What a fact's slot (`agent`, `speaker`, `targets`, `person`, `of`, …)
/// names: an entity of the extraction, or a description the text gives
/// where no entity stands ("a spokesperson for the ministry").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot<'a> {
    /// The slot holds an entity id.
    Entity(&'a Entity),
    /// The slot holds text.
    Text(&'a str),
}

impl<'a> Slot<'a> {
    /// The entity's canonical name, or the text.
    pub fn name(&self) -> &'a str {
        match *self {
            Slot::Entity(e) => &e.name,
            Slot::Text(t) => t,
        }
    }

    /// The entity, if the slot names one.
    pub fn entity(&self) -> Option<&'a Entity> {
        match *self {
            Slot::Entity(e) => Some(e),
            Slot::Text(_) => None,
        }
    }
}

impl fmt::Display for Slot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! facts_of_kind {
    ($(#[$doc:meta])* $name:ident, $variant:ident, $detail:ty) => {
        $(#[$doc])*
        pub fn $name(&self) -> impl Iterator<Item = (&Fact, &$detail)> + '_ {
            self.facts.iter().filter_map(|fact| match &fact.detail {
                FactDetail::$variant(d) => Some((fact, d)),
                _ => None,
            })
        }
    };
}

impl Extraction {
    /// What a slot names: the entity with that id, or the slot's text.
    ///
    /// ```
    /// use factum::{Extractor, Slot};
    /// let out = Extractor::default().extract("Belarus has released 123 prisoners.");
    /// let (_, count) = out.counts().next().unwrap();
    /// let agent = out.resolve(count.agent.as_deref().unwrap());
    /// assert!(matches!(agent, Slot::Entity(e) if e.name == "Belarus"));
    /// assert_eq!(agent.to_string(), "Belarus");
    /// assert_eq!(out.resolve("a spokesperson"), Slot::Text("a spokesperson"));
    /// ```
    pub fn resolve<'a>(&'a self, slot: &'a str) -> Slot<'a> {
        self.entity(slot).map_or(Slot::Text(slot), Slot::Entity)
    }

    /// The entities of one kind, in order of first mention.
    ///
    /// ```
    /// use factum::{EntityKind, Extractor};
    /// let out = Extractor::default().extract("Maria Kolesnikova was freed by Belarus and flown to Kyiv.");
    /// let people: Vec<&str> = out.entities_of(EntityKind::Person).map(|e| e.name.as_str()).collect();
    /// assert_eq!(people, ["Maria Kolesnikova"]);
    /// ```
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> + '_ {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    facts_of_kind!(
        /// The count facts with their details: "123 prisoners released".
        ///
        /// ```
        /// let out = factum::Extractor::default().extract("Belarus has released 123 prisoners.");
        /// let (fact, count) = out.counts().next().unwrap();
        /// assert_eq!((count.quantity.0, count.object.as_str(), count.event.as_str()), (123.0, "prisoners", "release"));
        /// assert_eq!(fact.evidence.text, "Belarus has released 123 prisoners");
        /// ```
        counts, Count, CountFact
    );
    facts_of_kind!(
        /// The event facts with their details: agent, action, targets.
        events, Event, EventFact
    );
    facts_of_kind!(
        /// The quote facts with their details: speaker, words, cue.
        ///
        /// ```
        /// let out = factum::Extractor::default().extract("\"We are free,\" Maria Kolesnikova said.");
        /// let (_, quote) = out.quotes().next().unwrap();
        /// assert_eq!(quote.text, "We are free");
        /// assert_eq!(out.resolve(quote.speaker.as_deref().unwrap()).name(), "Maria Kolesnikova");
        /// ```
        quotes, Quote, QuoteFact
    );
    facts_of_kind!(
        /// The role facts with their details: person, role, head.
        roles, Role, RoleFact
    );
    facts_of_kind!(
        /// The relation facts with their details: subject, relation, object.
        relations, Relation, RelationFact
    );
}
