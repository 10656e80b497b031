//! Facts evaluation: factum's counts, direct quotes and roles scored against
//! the facts gold (`tests/data/facts-gold/dev.jsonl`), with the matching rules
//! of the reference scorer `score_facts.py` implemented exactly (event lemma
//! groups, noun heads, last names, role heads, maximum matching by augmenting
//! paths in the same order), so both print the same table on the same
//! predictions.
//!
//! Shared by `examples/evaluate.rs` (`--facts`) and `tests/facts.rs`, which
//! include this file by path. It depends on nothing but `factum` and
//! `serde_json`.
#![allow(dead_code)]

use factum::{Date, Extraction, Extractor, FactDetail, Options};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The three kinds scored, in table order.
pub const KINDS: [&str; 3] = ["counts", "quotes", "roles"];

fn span_key(kind: &str) -> &'static str {
    match kind {
        "counts" => "quantity_span",
        "quotes" => "quote_span",
        _ => "span",
    }
}

// ------------------------------------------------------------ event lemmas

const EVENT_GROUPS: &[&[&str]] = &[
    &["kill", "die", "death", "dead", "slay", "murder", "perish", "fatality", "shoot"],
    &["injure", "wound", "hurt", "injury", "hospitalise", "hospitalisation", "treat"],
    &["arrest", "detain", "detention", "apprehend", "custody", "hold", "capture"],
    &["release", "free", "discharge", "publish", "issue"],
    &["evacuate", "evacuation", "flee", "relocate"],
    &["displace", "displacement", "homeless"],
    &["rescue", "save", "extricate", "extract", "recover", "retrieve", "pull"],
    &["charge", "indict", "accuse", "face", "prosecute", "count"],
    &["sentence", "jail", "imprison", "convict"],
    &["plead", "admit", "confess"],
    &["vote", "elect", "win", "ballot", "eligible"],
    &[
        "attend",
        "gather",
        "protest",
        "rally",
        "march",
        "demonstrate",
        "turn out",
        "turnout",
        "assemble",
        "participate",
        "join",
        "draw",
        "visit",
        "form",
    ],
    &["sign", "ratify", "join", "approve"],
    &["find", "discover", "expose", "leak", "locate", "uncover"],
    &["harvest", "collect", "scrape", "obtain"],
    &["board", "aboard", "carry", "transport", "onboard", "passenger"],
    &["search", "involve", "deploy", "use", "send"],
    &["employ", "hire", "work", "employee"],
    &["infect", "infection", "test positive", "case"],
    &["donate", "give", "contribute"],
    &["bid", "apply", "compete", "run"],
    &["lay off", "layoff", "cut", "fire", "dismiss"],
    &["miss", "missing", "disappear", "lost"],
];

const IRREGULAR: &[(&str, &str)] = &[
    ("died", "die"),
    ("dying", "die"),
    ("dead", "die"),
    ("killed", "kill"),
    ("wounded", "wound"),
    ("hurt", "hurt"),
    ("freed", "free"),
    ("fled", "flee"),
    ("held", "hold"),
    ("found", "find"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("won", "win"),
    ("gave", "give"),
    ("given", "give"),
    ("ran", "run"),
    ("sent", "send"),
    ("shot", "shoot"),
    ("slain", "slay"),
    ("lost", "lost"),
    ("hospitalized", "hospitalise"),
    ("hospitalised", "hospitalise"),
    ("hospitalize", "hospitalise"),
    ("turned out", "turn out"),
    ("laid off", "lay off"),
];

fn known(w: &str) -> bool {
    EVENT_GROUPS.iter().any(|g| g.contains(&w))
}

/// The scorer's small lemmatiser for event words.
pub fn event_lemma(word: &str) -> String {
    let w = word.to_lowercase().replace(['_', '-'], " ");
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    let w = w.replace("ize", "ise").replace("yze", "yse");
    if let Some(&(_, l)) = IRREGULAR.iter().find(|(f, _)| *f == w) {
        return l.to_string();
    }
    if known(&w) {
        return w;
    }
    let n = w.chars().count();
    for (suf, rep) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if w.ends_with(suf) && n > suf.len() + 2 {
            let cand = format!("{}{rep}", &w[..w.len() - suf.len()]);
            if known(&cand) {
                return cand;
            }
            let c: Vec<char> = cand.chars().collect();
            if (suf == "ed" || suf == "ing") && c.len() > 2 && c[c.len() - 1] == c[c.len() - 2] {
                let shorter: String = c[..c.len() - 1].iter().collect();
                if known(&shorter) {
                    return shorter;
                }
            }
        }
    }
    w
}

fn str_of(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Whether two event words agree: same lemma, or one synonym group.
pub fn events_agree(a: Option<&Value>, b: Option<&Value>) -> bool {
    let (la, lb) = (event_lemma(&str_of(a)), event_lemma(&str_of(b)));
    if la.is_empty() || lb.is_empty() {
        return false;
    }
    la == lb || EVENT_GROUPS.iter().any(|g| g.contains(&la.as_str()) && g.contains(&lb.as_str()))
}

// ------------------------------------------------------------ nouns, names, roles

/// Case-fold and strip combining accents.
pub fn fold(s: &str) -> String {
    s.to_lowercase().nfkd().filter(|c| !is_combining_mark(*c)).collect()
}

fn singular(w: &str) -> String {
    let n = w.chars().count();
    for (suf, rep) in [("ies", "y"), ("men", "man"), ("people", "people"), ("ses", "s"), ("s", "")] {
        if w.ends_with(suf) && n > suf.chars().count() + 1 {
            return format!("{}{rep}", &w[..w.len() - suf.len()]);
        }
    }
    w.to_string()
}

fn noun_head(noun: &str) -> String {
    let f = fold(noun).replace('-', " ");
    match f.split_whitespace().last() {
        Some(t) => singular(t.trim_matches(|c| ".,;:'\"".contains(c))),
        None => String::new(),
    }
}

fn truthy(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

fn nouns_agree(gold: &Value, pred: &Value) -> bool {
    let g = truthy(gold.get("noun")).or_else(|| truthy(gold.get("noun_implied")));
    let p = truthy(pred.get("noun")).or_else(|| truthy(pred.get("noun_implied")));
    match (g, p) {
        (Some(g), Some(p)) => noun_head(&g) == noun_head(&p),
        _ => false,
    }
}

const NAME_SUFFIXES: [&str; 8] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd"];

fn last_name(person: &str) -> String {
    let f = fold(person);
    let mut toks: Vec<&str> =
        f.split_whitespace().map(|t| t.trim_matches(|c| ".,;:'\"()".contains(c))).filter(|t| !t.is_empty()).collect();
    while toks.len() > 1 && (NAME_SUFFIXES.contains(toks.last().unwrap()) || *toks.last().unwrap() == "md") {
        toks.pop();
    }
    toks.last().map_or(String::new(), |t| t.to_string())
}

const COMPOUND_HEADS: [&str; 9] = [
    "vice president",
    "prime minister",
    "crown prince",
    "chief executive",
    "attorney general",
    "secretary general",
    "secretary-general",
    "secretary of state",
    "member of parliament",
];

fn head_synonym(h: &str) -> String {
    match h {
        "spokesman" | "spokeswoman" => "spokesperson",
        "chairman" | "chairwoman" | "chairperson" => "chair",
        "advisor" => "adviser",
        "secretary-general" => "secretary general",
        "premier" => "prime minister",
        "mp" => "member of parliament",
        "ceo" => "chief executive",
        "vp" => "vice president",
        other => other,
    }
    .to_string()
}

fn role_head(role: &str) -> String {
    let mut r = fold(role).split_whitespace().collect::<Vec<_>>().join(" ");
    for pre in ["former ", "ex-", "then-", "then ", "acting ", "current ", "incumbent "] {
        if let Some(rest) = r.strip_prefix(pre) {
            r = rest.to_string();
        }
    }
    for c in COMPOUND_HEADS {
        if r.ends_with(c) || r.starts_with(&format!("{c} ")) {
            return head_synonym(c);
        }
    }
    for sep in [" of ", " for ", " to ", " at ", " in "] {
        if let Some((head, _)) = r.split_once(sep) {
            r = head.to_string();
        }
    }
    head_synonym(r.split_whitespace().last().unwrap_or(""))
}

// ------------------------------------------------------------ matching

fn span_of(item: &Value, key: &str) -> Option<(i64, i64)> {
    let a = item.get(key)?.as_array()?;
    if a.len() != 2 {
        return None;
    }
    let int = |v: &Value| v.as_i64().or_else(|| v.as_f64().map(|f| f.trunc() as i64));
    Some((int(&a[0])?, int(&a[1])?))
}

fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

/// `cands[g]`: the predictions acceptable for gold `g`, best first. A
/// maximum matching {gold: prediction} by augmenting paths, in the scorer's order.
fn max_matching(cands: &[Vec<usize>]) -> Vec<(usize, usize)> {
    fn try_g(g: usize, cands: &[Vec<usize>], seen: &mut HashSet<usize>, match_p: &mut HashMap<usize, usize>) -> bool {
        for &p in &cands[g] {
            if !seen.insert(p) {
                continue;
            }
            let free = match match_p.get(&p) {
                None => true,
                Some(&other) => try_g(other, cands, seen, match_p),
            };
            if free {
                match_p.insert(p, g);
                return true;
            }
        }
        false
    }
    let mut match_p = HashMap::new();
    for g in 0..cands.len() {
        try_g(g, cands, &mut HashSet::new(), &mut match_p);
    }
    let mut m: Vec<(usize, usize)> = match_p.into_iter().map(|(p, g)| (g, p)).collect();
    m.sort_unstable();
    m
}

fn num(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn qty_ok(gold: &Value, pred: &Value) -> bool {
    let Some(q) = num(pred.get("quantity")) else { return false };
    if let (Some(min), Some(max)) = (gold.get("min"), gold.get("max")) {
        if !min.is_null() {
            if let (Some(lo), Some(hi)) = (num(Some(min)), num(Some(max))) {
                if lo - 1e-9 <= q && q <= hi + 1e-9 {
                    return true;
                }
            }
        }
    }
    let g = num(gold.get("quantity")).unwrap_or(f64::NAN);
    (q - g).abs() <= 1e-9 * g.abs().max(1.0)
}

fn sort_cands(mut lst: Vec<(i64, i64, usize)>) -> Vec<usize> {
    lst.sort_unstable();
    lst.into_iter().map(|(_, _, j)| j).collect()
}

fn match_counts(gold: &[&Value], pred: &[&Value]) -> (Vec<(usize, usize)>, [usize; 2]) {
    let cands: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            let gs = span_of(g, "quantity_span").unwrap_or((0, 0));
            let lst = pred
                .iter()
                .enumerate()
                .filter_map(|(j, p)| {
                    let ps = span_of(p, "quantity_span")?;
                    (overlap(gs, ps) > 0 && qty_ok(g, p)).then(|| {
                        let agree =
                            i64::from(events_agree(g.get("event"), p.get("event"))) + i64::from(nouns_agree(g, p));
                        (-agree, -overlap(gs, ps), j)
                    })
                })
                .collect();
            sort_cands(lst)
        })
        .collect();
    let m = max_matching(&cands);
    let ev = m.iter().filter(|&&(g, p)| events_agree(gold[g].get("event"), pred[p].get("event"))).count();
    let nn = m.iter().filter(|&&(g, p)| nouns_agree(gold[g], pred[p])).count();
    (m, [ev, nn])
}

fn speaker_ok(gold: &Value, pred: &Value) -> bool {
    let g = fold(&str_of(gold.get("speaker")));
    let Some(last) = g.split_whitespace().last() else { return false };
    fold(&str_of(pred.get("speaker"))).contains(last.trim_matches(|c| ".,'\"".contains(c)))
}

fn match_quotes(gold: &[&Value], pred: &[&Value]) -> (Vec<(usize, usize)>, [usize; 2]) {
    let cands: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            let gs = span_of(g, "quote_span").unwrap_or((0, 0));
            let glen = (gs.1 - gs.0).max(1);
            let lst = pred
                .iter()
                .enumerate()
                .filter_map(|(j, p)| {
                    let ps = span_of(p, "quote_span")?;
                    (2 * overlap(gs, ps) >= glen).then(|| (-i64::from(speaker_ok(g, p)), -overlap(gs, ps), j))
                })
                .collect();
            sort_cands(lst)
        })
        .collect();
    let m = max_matching(&cands);
    let sp = m.iter().filter(|&&(g, p)| speaker_ok(gold[g], pred[p])).count();
    (m, [sp, 0])
}

fn role_key(item: &Value) -> (String, String) {
    (last_name(&str_of(item.get("person"))), role_head(&str_of(item.get("role"))))
}

fn match_roles(gold: &[&Value], pred: &[&Value]) -> (Vec<(usize, usize)>, [usize; 2]) {
    let keys: Vec<_> = pred.iter().map(|p| role_key(p)).collect();
    let cands: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            let gk = role_key(g);
            (0..pred.len()).filter(|&j| !gk.0.is_empty() && keys[j] == gk).collect()
        })
        .collect();
    (max_matching(&cands), [0, 0])
}

// ------------------------------------------------------------ scoring

/// The totals of one kind.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    /// counts: event agreement; quotes: speaker agreement; roles: duplicates removed.
    pub agree_a: usize,
    /// counts: noun agreement.
    pub agree_b: usize,
}

impl Totals {
    pub fn precision(&self) -> f64 {
        round4(if self.pred == 0 { 0.0 } else { self.matched as f64 / self.pred as f64 })
    }
    pub fn recall(&self) -> f64 {
        round4(if self.gold == 0 { 0.0 } else { self.matched as f64 / self.gold as f64 })
    }
    pub fn f1(&self) -> f64 {
        let p = if self.pred == 0 { 0.0 } else { self.matched as f64 / self.pred as f64 };
        let r = if self.gold == 0 { 0.0 } else { self.matched as f64 / self.gold as f64 };
        round4(if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }
}

fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// The scores of every kind, and the misses and false positives as lines.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub counts: Totals,
    pub quotes: Totals,
    pub roles: Totals,
    pub warnings: Vec<String>,
    pub errors: Vec<String>,
}

impl Scores {
    pub fn kind(&self, kind: &str) -> &Totals {
        match kind {
            "counts" => &self.counts,
            "quotes" => &self.quotes,
            _ => &self.roles,
        }
    }
    fn kind_mut(&mut self, kind: &str) -> &mut Totals {
        match kind {
            "counts" => &mut self.counts,
            "quotes" => &mut self.quotes,
            _ => &mut self.roles,
        }
    }

    /// The reference scorer's table.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:7} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}  agreement among matched\n",
            "kind", "gold", "pred", "match", "P", "R", "F1"
        );
        for kind in KINDS {
            let t = self.kind(kind);
            let agree = match kind {
                "counts" => format!("event {}/{}, noun {}/{}", t.agree_a, t.matched, t.agree_b, t.matched),
                "quotes" => format!("speaker {}/{}", t.agree_a, t.matched),
                _ => format!("({} duplicate predictions removed)", t.agree_a),
            };
            let _ = writeln!(
                out,
                "{kind:7} {:5} {:5} {:5} {:6.3} {:6.3} {:6.3}  {agree}",
                t.gold,
                t.pred,
                t.matched,
                t.precision(),
                t.recall(),
                t.f1()
            );
        }
        out
    }
}

/// JSON lines keyed by `file`, in file order.
pub fn load_jsonl(text: &str) -> Result<Vec<Value>, String> {
    let mut out: Vec<Value> = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line).map_err(|e| format!("line {}: invalid JSON: {e}", n + 1))?;
        let Some(file) = rec.get("file").and_then(Value::as_str) else {
            return Err(format!("line {}: record has no \"file\" key", n + 1));
        };
        if out.iter().any(|r| r["file"] == file) {
            return Err(format!("line {}: duplicate record for {file}", n + 1));
        }
        out.push(rec);
    }
    Ok(out)
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Score `preds` against `gold` (both as [`load_jsonl`] reads them), the
/// articles read from `articles`.
pub fn score(gold: &[Value], preds: &[Value], articles: &Path, skip_title: bool) -> Result<Scores, String> {
    let mut s = Scores::default();
    let pred_of = |f: &str| preds.iter().find(|p| p["file"] == f);
    let mut gold_files: Vec<&str> = gold.iter().filter_map(|g| g["file"].as_str()).collect();
    gold_files.sort_unstable();
    let mut extra: Vec<&str> =
        preds.iter().filter_map(|p| p["file"].as_str()).filter(|f| !gold_files.contains(f)).collect();
    extra.sort_unstable();
    for f in extra {
        s.warnings.push(format!("prediction for {f} ignored: not in gold"));
    }
    for f in gold_files {
        let g_rec = gold.iter().find(|g| g["file"] == f).expect("listed");
        let path = articles.join(f);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read article {}: {e}", path.display()))?;
        let text_chars: Vec<char> = text.chars().collect();
        let title_end = text.find('\n').map_or(text_chars.len(), |b| chars(&text[..b])) as i64;
        let p_rec = pred_of(f);
        if p_rec.is_none() {
            s.warnings.push(format!("no prediction for {f}: all its gold items count as misses"));
        }
        for kind in KINDS {
            let key = span_key(kind);
            let mut g_items: Vec<&Value> =
                g_rec.get(kind).and_then(Value::as_array).map_or(vec![], |a| a.iter().collect());
            let mut p_items: Vec<&Value> = p_rec
                .and_then(|p| p.get(kind))
                .and_then(Value::as_array)
                .map_or(vec![], |a| a.iter().filter(|v| v.is_object()).collect());
            let bad = p_items
                .iter()
                .filter(|p| {
                    kind != "roles"
                        && !span_of(p, key).is_some_and(|(a, b)| 0 <= a && a <= b && b <= text_chars.len() as i64)
                })
                .count();
            if bad > 0 {
                s.warnings
                    .push(format!("{f}: {bad} predicted {kind} with missing/out-of-range span (kept, cannot match)"));
            }
            if skip_title {
                let in_title = |v: &&Value| span_of(v, key).is_some_and(|(_, e)| e <= title_end);
                g_items.retain(|v| !in_title(v));
                p_items.retain(|v| !in_title(v));
            }
            if kind == "roles" {
                let mut seen = HashSet::new();
                let before = p_items.len();
                p_items.retain(|p| seen.insert(role_key(p)));
                s.roles.agree_a += before - p_items.len();
            }
            let (m, extra) = match kind {
                "counts" => match_counts(&g_items, &p_items),
                "quotes" => match_quotes(&g_items, &p_items),
                _ => match_roles(&g_items, &p_items),
            };
            let t = s.kind_mut(kind);
            t.gold += g_items.len();
            t.pred += p_items.len();
            t.matched += m.len();
            if kind != "roles" {
                t.agree_a += extra[0];
                t.agree_b += extra[1];
            }
            let show = |item: &Value| -> String {
                let snip = match span_of(item, key) {
                    Some((a, b)) if 0 <= a && a <= b && b as usize <= text_chars.len() => {
                        let t: String = text_chars[a as usize..b as usize].iter().take(60).collect();
                        format!("{t:?}")
                    }
                    _ => "?".to_string(),
                };
                let fields: Vec<String> = ["quantity", "noun", "event", "speaker", "person", "role"]
                    .iter()
                    .filter_map(|k| item.get(*k).map(|v| format!("{k}: {v}")))
                    .collect();
                format!("{snip} {{{}}}", fields.join(", "))
            };
            for (i, g) in g_items.iter().enumerate() {
                if !m.iter().any(|&(mg, _)| mg == i) {
                    s.errors.push(format!("  MISS {kind:6} {f}: {}", show(g)));
                }
            }
            for (j, p) in p_items.iter().enumerate() {
                if !m.iter().any(|&(_, mp)| mp == j) {
                    s.errors.push(format!("  FP   {kind:6} {f}: {}", show(p)));
                }
            }
            for &(gi, pj) in &m {
                let (g, p) = (g_items[gi], p_items[pj]);
                let differ = match kind {
                    "counts" => !events_agree(g.get("event"), p.get("event")),
                    "quotes" => !speaker_ok(g, p),
                    _ => false,
                };
                if differ {
                    s.errors.push(format!("  DIFF {kind:6} {f}: gold {} / found {}", show(g), show(p)));
                }
            }
        }
    }
    Ok(s)
}

// ------------------------------------------------------------ predictions

/// factum's facts on one article in the scorer's prediction format:
/// counts (figure span, quantity, object as noun, event), direct quotes
/// (the quoted words' span, the speaker's name or description) and roles
/// (person name, role, evidence span). Indirect quotes are left out.
pub fn predictions(file: &str, text: &str, ex: &Extraction) -> Value {
    let char_at = |byte: usize| chars(&text[..byte]);
    // The guide names a speaker or person by "the fullest name the article
    // gives": the entity's longest mention (its canonical name may be shorter:
    // "Ford" for "Ford Motor Company").
    let name = |id: &str| -> String {
        let Some(e) = ex.entities.iter().find(|e| e.id == id) else { return id.to_string() };
        let longest =
            e.mentions.iter().map(|m| m.text.as_str()).fold("", |a, b| if chars(b) > chars(a) { b } else { a });
        if chars(longest) > chars(&e.name) {
            longest.to_string()
        } else {
            e.name.clone()
        }
    };
    let (mut counts, mut quotes, mut roles) = (Vec::new(), Vec::new(), Vec::new());
    for f in &ex.facts {
        match &f.detail {
            FactDetail::Count(c) => {
                let Some(fig) = ex.figures.iter().find(|g| g.id == c.figure) else { continue };
                counts.push(json!({
                    "quantity": c.quantity.0,
                    "quantity_span": [fig.char_start, fig.char_end],
                    "noun": c.object,
                    "event": c.event,
                }));
            }
            FactDetail::Quote(q) if !q.indirect => {
                let ev = f.evidence.span;
                let start = match text[ev.range()].find(q.text.as_str()) {
                    Some(i) => Some(ev.start + i),
                    None => text.find(q.text.as_str()),
                };
                let Some(start) = start else { continue };
                let s = char_at(start);
                quotes.push(json!({
                    "speaker": q.speaker.as_deref().map_or(String::new(), name),
                    "quote_span": [s, s + chars(&q.text)],
                }));
            }
            FactDetail::Role(r) => {
                roles.push(json!({
                    "person": name(&r.person),
                    "role": r.role,
                    "span": [f.evidence.char_start, f.evidence.char_end],
                }));
            }
            _ => {}
        }
    }
    json!({"file": file, "counts": counts, "quotes": quotes, "roles": roles})
}

/// Run factum on every gold article (with the gold line's `date`) and return
/// the predictions, one per gold line.
pub fn predict_all(ex: &Extractor, gold: &[Value], articles: &Path) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for g in gold {
        let file = g["file"].as_str().unwrap_or_default();
        let path = articles.join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read article {}: {e}", path.display()))?;
        let date: Option<Date> = g.get("date").and_then(Value::as_str).and_then(|d| d.parse().ok());
        let options = Options { document_date: date, ..Options::default() };
        let ex_out = ex.extract_with(&text, &options);
        out.push(predictions(file, &text, &ex_out));
    }
    Ok(out)
}
