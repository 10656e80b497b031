//! Places by cue, where the text says so: "the city of X", "the town of X",
//! "the village of X" (`place:cue`), and "X-based" (`place:based`).

use super::View;
use crate::candidate::Candidate;
use crate::kinds::EntityKind;

const CUE: i32 = 60;
const CUE_NOUNS: [&str; 7] = ["city", "town", "village", "port", "capital", "province", "region"];

pub(super) fn find(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    let range = v.sentence_range(s);
    for i in range.clone() {
        // "the city of Mosul"
        if CUE_NOUNS.contains(&v.word(i)) && v.word(i + 1) == "of" && i + 2 < range.end && v.name_word(i + 2) {
            let mut last = i + 2;
            while last + 1 < range.end && v.name_word(last + 1) && last < i + 5 {
                last += 1;
            }
            out.push(v.candidate(i + 2, last, EntityKind::Place, "place:cue", CUE));
        }
        // "Kyiv-based", "a London-based firm"
        if v.word(i + 1) == "-"
            && v.word(i + 2) == "based"
            && v.name_word(i)
            && v.touching(i, i + 1)
            && v.touching(i + 1, i + 2)
            && !v.listed.contains_key(&i)
        {
            out.push(v.candidate(i, i, EntityKind::Place, "place:based", CUE));
        }
    }
}
