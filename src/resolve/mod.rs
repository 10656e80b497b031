//! The resolve stage: one mention per span, then mentions grouped into
//! entities.

pub(crate) mod coref;
pub(crate) mod overlap;
