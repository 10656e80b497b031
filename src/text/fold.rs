//! A folded view of the text for matching: lower case, no diacritics, one
//! apostrophe and one dash. "BELARUS’", "Belarus'" and "belarus'" fold alike,
//! and so do "Bialiatski"/"BIALIATSKI" or "Łukasz"/"Lukasz".
//!
//! Folding may change byte lengths ("’" is 3 bytes, "'" is 1), so the view
//! keeps a map back to the original: normalization never moves the offsets
//! factum reports.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The folded text and the way back to original byte offsets.
#[derive(Clone, Debug)]
pub(crate) struct Folded {
    /// The folded text.
    pub(crate) text: String,
    /// Points (folded offset, original offset) where the two stop advancing
    /// together; between points the offsets move in step. Sorted.
    map: Vec<(usize, usize)>,
}

impl Folded {
    /// Fold `original`. Linear in its length; ASCII text costs one lower-casing pass.
    pub(crate) fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::new();
        let mut at = 0;
        while at < original.len() {
            // A run of ASCII is copied and lower-cased in one go.
            let run = original.as_bytes()[at..].iter().position(|b| !b.is_ascii()).unwrap_or(original.len() - at);
            if run > 0 {
                let start = text.len();
                text.push_str(&original[at..at + run]);
                text[start..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let c = original[at..].chars().next().expect("a char at a char boundary");
            let before = text.len();
            fold_char(c, &mut text);
            let (folded_len, orig_len) = (text.len() - before, c.len_utf8());
            if folded_len != orig_len {
                map.push((before, at));
                map.push((text.len(), at + orig_len));
            }
            at += orig_len;
        }
        Folded { text, map }
    }

    /// The original byte offset of folded offset `f` (a char boundary of the folded text).
    pub(crate) fn original(&self, f: usize) -> usize {
        let i = self.map.partition_point(|&(ff, _)| ff <= f);
        match i.checked_sub(1).map(|i| self.map[i]) {
            Some((ff, oo)) => oo + (f - ff),
            None => f,
        }
    }
}

/// Fold one string the same way (for gazetteer names).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append `s`, folded, to `out`: the same folding without a string of its own.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, out);
        }
    }
}

fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
        // Latin letters with no canonical decomposition.
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'ø' | 'Ø' => out.push('o'),
        'ı' => out.push('i'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ß' => out.push_str("ss"),
        'þ' | 'Þ' => out.push_str("th"),
        _ => {
            let mut any = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
                any = true;
            });
            if !any {
                out.extend(c.to_lowercase());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_apostrophes_dashes() {
        assert_eq!(fold("BELARUS’ Łukasz Bialiatski–US Café"), "belarus' lukasz bialiatski-us cafe");
        assert_eq!(fold("Ærø İstanbul"), "aero istanbul");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let original = "Kyiv’s Café – Łódź and US";
        let f = Folded::new(original);
        for (fo, _) in f.text.char_indices() {
            let o = f.original(fo);
            assert!(original.is_char_boundary(o), "folded {fo} → {o}");
        }
        let us = f.text.find("us").unwrap();
        assert_eq!(&original[f.original(us)..f.original(us + 2)], "US");
        let lodz = f.text.find("lodz").unwrap();
        assert_eq!(&original[f.original(lodz)..f.original(lodz + 4)], "Łódź");
        assert_eq!(f.original(f.text.len()), original.len());
    }
}
