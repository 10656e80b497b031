//! One candidate per span. Candidates are taken leftmost first, the longest
//! at each position, then the best evidence (score), then the lowest entry
//! index so the choice is deterministic. A candidate overlapping one already
//! taken is rejected; on request the rejected ones are kept with their winner.

use crate::candidate::Candidate;

/// A candidate that lost to an overlapping one.
#[derive(Clone, Debug)]
pub(crate) struct Rejected {
    pub candidate: Candidate,
    pub winner: Candidate,
}

/// Choose non-overlapping candidates, in text order; the losers go to
/// `rejected` when given.
pub(crate) fn select(mut candidates: Vec<Candidate>, mut rejected: Option<&mut Vec<Rejected>>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.len().cmp(&a.span.len()))
            .then(b.score.cmp(&a.score))
            .then(a.entry.cmp(&b.entry))
            .then(a.rule.cmp(&b.rule))
    });
    let mut kept: Vec<Candidate> = Vec::new();
    for c in candidates {
        match kept.last_mut() {
            // A listed entry of the same kind and span beats a rule's guess
            // at it: "Erling Haaland" is the listed footballer, not a name
            // read from its first name.
            Some(last) if last.span == c.span && last.kind == c.kind && last.entry.is_none() && c.entry.is_some() => {
                let beaten = std::mem::replace(last, c);
                if let Some(r) = rejected.as_deref_mut() {
                    r.push(Rejected { candidate: beaten, winner: last.clone() });
                }
            }
            Some(last) if last.span.overlaps(c.span) => {
                if let Some(r) = rejected.as_deref_mut() {
                    r.push(Rejected { candidate: c, winner: last.clone() });
                }
            }
            _ => kept.push(c),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::EntityKind;
    use crate::Span;

    fn cand(start: usize, end: usize, score: i32, entry: u32) -> Candidate {
        Candidate {
            span: Span::new(start, end),
            kind: EntityKind::Place,
            entry: Some(entry),
            rule: String::new(),
            score,
            weak: false,
            subtype: None,
        }
    }

    #[test]
    fn leftmost_longest_then_score() {
        let all = vec![cand(0, 3, 5, 1), cand(0, 8, 1, 2), cand(4, 8, 9, 3), cand(10, 12, 1, 4), cand(10, 12, 7, 5)];
        let mut rejected = Vec::new();
        let kept = select(all, Some(&mut rejected));
        let got: Vec<(usize, u32)> = kept.iter().map(|c| (c.span.start, c.entry.unwrap())).collect();
        assert_eq!(got, vec![(0, 2), (10, 5)]);
        let lost: Vec<(u32, u32)> =
            rejected.iter().map(|r| (r.candidate.entry.unwrap(), r.winner.entry.unwrap())).collect();
        assert_eq!(lost, vec![(1, 2), (3, 2), (4, 5)]);
    }
}
