//! Show an article with everything factum found in it highlighted.
//!
//! ```text
//! cargo run --release --example highlight -- ARTICLE.txt -o out.html
//! cargo run --release --example highlight -- --format ansi ARTICLE.txt     # in a terminal
//! ```
//!
//! `html` (the default) writes one self-contained page: no external script,
//! font or style sheet. Mentions are plain `<mark>` elements with their kind
//! in the class and data attributes, so the highlighting needs no
//! JavaScript (hovering shows the entity in a tooltip); the small script
//! only adds the interactions: the entity panel, the other mentions of an
//! entity, and a fact's or figure's evidence highlighted when its table row
//! is selected. `ansi` prints the same highlighting with terminal colours.
//!
//! A figure that overlaps a mention is not highlighted in the text (the
//! mention wins); it is still in the figures table.

use clap::{Parser, ValueEnum};
use factum::{Date, Entity, EntityKind, Extraction, Extractor, Figure, Mention, Options, Span};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "highlight", about = "Highlight the entities, figures and facts factum finds in an article")]
struct Args {
    /// The article, a UTF-8 text file; `-` reads standard input.
    file: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Html)]
    format: Format,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<String>,
    /// The document date (YYYY-MM-DD), for relative dates such as "five years ago".
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One self-contained HTML page.
    Html,
    /// The article with terminal colours and kind labels, then the summary.
    Ansi,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse().map_err(|e: factum::Error| e.to_string())
}

fn main() -> ExitCode {
    let args = Args::parse();
    let name = if args.file == "-" { "<stdin>" } else { args.file.as_str() };
    let mut bytes = Vec::new();
    let read = if args.file == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(&args.file).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("factum: {name}: {e}");
        return ExitCode::FAILURE;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("factum: {name}: invalid UTF-8 replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    // Explain mode adds the list line of each mention to the entity panel.
    let options = Options { document_date: args.date, explain: true, ..Options::default() };
    let out = Extractor::default().extract_with(&text, &options);
    let rendered = match args.format {
        Format::Html => html(name, &text, &out),
        Format::Ansi => ansi(&text, &out, use_colour(args.output.is_none())),
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, rendered),
        None => io::stdout().lock().write_all(rendered.as_bytes()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factum: {}: {e}", args.output.as_deref().unwrap_or("<stdout>"));
            ExitCode::FAILURE
        }
    }
}

/// What is highlighted at one span of the text.
#[derive(Clone, Copy)]
enum Mark<'a> {
    Mention(&'a Entity, &'a Mention),
    Figure(&'a Figure),
}

/// The marks in text order, never overlapping: every mention, then each
/// figure that overlaps no mention and no figure before it.
fn marks(out: &Extraction) -> Vec<(Span, Mark<'_>)> {
    let mut mentions: Vec<(Span, Mark<'_>)> =
        out.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.span, Mark::Mention(e, m)))).collect();
    mentions.sort_by_key(|(s, _)| (s.start, s.end));
    let overlaps_mention = |s: Span| {
        let i = mentions.partition_point(|(m, _)| m.end <= s.start);
        mentions.get(i).is_some_and(|(m, _)| m.start < s.end)
    };
    let figures: Vec<(Span, Mark<'_>)> =
        out.figures.iter().filter(|f| !overlaps_mention(f.span)).map(|f| (f.span, Mark::Figure(f))).collect();
    let mut all = mentions;
    all.extend(figures);
    all.sort_by_key(|(s, _)| (s.start, s.end));
    // Resolve keeps mentions apart; this keeps the markup well nested whatever comes.
    let mut end = 0;
    all.retain(|(s, _)| {
        let keep = s.start >= end && s.end > s.start;
        if keep {
            end = s.end;
        }
        keep
    });
    all
}

/// Colours only for a terminal, and never when `NO_COLOR` is set to anything
/// non-empty (<https://no-color.org>).
fn use_colour(to_stdout: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    to_stdout && io::stdout().is_terminal() && !no_color
}

/// Text for HTML content and attribute values. CR and NUL are written as
/// references so the parser keeps one char for each (it would drop NUL and
/// fold CR LF), which keeps the page's char offsets those of the text.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            '\0' => out.push_str("&#65533;"),
            c => out.push(c),
        }
    }
    out
}

/// The entity data the page's script shows in its panel.
#[derive(Serialize)]
struct PanelEntity<'a> {
    name: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtype: Option<&'a str>,
    roles: &'a [String],
    ids: &'a BTreeMap<String, String>,
    /// Each distinct form with its count, in order of first use.
    forms: Vec<(&'a str, usize)>,
}

fn html(name: &str, text: &str, out: &Extraction) -> String {
    let mut page = String::with_capacity(text.len() * 3 + 16_000);
    let mentions: usize = out.entities.iter().map(|e| e.mentions.len()).sum();
    let count = |k: EntityKind| out.entities.iter().filter(|e| e.kind == k).count();
    let _ = write!(
        page,
        r#"<!DOCTYPE html>
<html lang="en" data-js="off">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — factum</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="meta">{entities} entities in {mentions} mentions · {figures} figures · {facts} facts — factum {version}</p>
<ul class="legend">
<li><mark class="ent person" data-label="PER">person</mark> {per}</li>
<li><mark class="ent place" data-label="LOC">place</mark> {loc}</li>
<li><mark class="ent organization" data-label="ORG">organization</mark> {org}</li>
<li><mark class="ent misc" data-label="MISC">misc</mark> {misc}</li>
<li><mark class="fig" data-label="">figure</mark> {figures}</li>
</ul>
<p class="hint">Hover or click a mention to see its entity; select a row of the tables below to see its evidence.</p>
</header>
<main>
<article id="text">"#,
        title = esc(name),
        entities = out.entities.len(),
        figures = out.figures.len(),
        facts = out.facts.len(),
        version = env!("CARGO_PKG_VERSION"),
        per = count(EntityKind::Person),
        loc = count(EntityKind::Place),
        org = count(EntityKind::Organization),
        misc = count(EntityKind::Misc),
    );
    let offsets = factum::CharOffsets::new(text);
    let mut pos = 0;
    let mut anchored = std::collections::HashSet::new();
    for (span, mark) in marks(out) {
        let (Some(before), Some(inside)) = (text.get(pos..span.start), text.get(span.range())) else { continue };
        page.push_str(&esc(before));
        let (start, end) = (offsets.char_offset(span.start), offsets.char_offset(span.end));
        match mark {
            Mark::Mention(e, m) => {
                let kind = e.kind.as_str();
                let subtype = e.subtype.as_deref().map(|s| format!("/{s}")).unwrap_or_default();
                let source = m.source.as_deref().map(|s| format!(" · {s}")).unwrap_or_default();
                let title = format!("{} · {kind}{subtype} · {} · rule {}{source}", e.name, e.id, m.rule);
                // The first mention is the entity's anchor, for the index's links without script.
                let anchor = if anchored.insert(&e.id) { format!(r#" id="m-{}""#, esc(&e.id)) } else { String::new() };
                let _ = write!(
                    page,
                    r#"<mark{anchor} class="ent {kind}" data-kind="{kind}" data-label="{label}" data-entity="{id}" data-rule="{rule}"{src} data-start="{start}" data-end="{end}" title="{title}">{inside}</mark>"#,
                    label = factum::formats::ner_label(e, m),
                    id = esc(&e.id),
                    rule = esc(&m.rule),
                    src = m.source.as_deref().map(|s| format!(r#" data-source="{}""#, esc(s))).unwrap_or_default(),
                    title = esc(&title),
                    inside = esc(inside),
                );
            }
            Mark::Figure(f) => {
                let kind = f.kind.as_str();
                let title = format!("{} · {kind} · {} · rule {}", f.id, f.value_text(), f.rule);
                let _ = write!(
                    page,
                    r#"<mark class="fig" data-kind="{kind}" data-label="{label}" data-figure="{id}" data-rule="{rule}" data-start="{start}" data-end="{end}" title="{title}">{inside}</mark>"#,
                    label = factum::formats::figure_label(f.kind),
                    id = esc(&f.id),
                    rule = esc(&f.rule),
                    title = esc(&title),
                    inside = esc(inside),
                );
            }
        }
        pos = span.end;
    }
    page.push_str(&esc(text.get(pos..).unwrap_or("")));
    page.push_str("</article>\n<aside id=\"panel\">\n<div id=\"info\"><p class=\"hint\">Hover over a highlighted name, or pick one below.</p></div>\n");
    page.push_str("<nav id=\"index\">\n");
    for kind in [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Misc] {
        let of_kind: Vec<&Entity> = out.entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(page, "<h4>{}</h4><ul>", kind.as_str());
        for e in of_kind {
            let _ = write!(
                page,
                r##"<li><a href="#m-{id}" data-entity="{id}"><i class="{kind}"></i>{name}</a> <span class="n">×{n}</span></li>"##,
                id = esc(&e.id),
                kind = kind.as_str(),
                name = esc(&e.name),
                n = e.mentions.len(),
            );
        }
        page.push_str("</ul>\n");
    }
    page.push_str("</nav>\n</aside>\n</main>\n");

    page.push_str("<section>\n<h2>Figures</h2>\n");
    if out.figures.is_empty() {
        page.push_str("<p class=\"hint\">None.</p>\n");
    } else {
        page.push_str(
            "<table id=\"figures\"><thead><tr><th>id</th><th>kind</th><th>text</th><th>value</th><th>sentence</th><th>rule</th></tr></thead><tbody>\n",
        );
        for f in &out.figures {
            let _ = writeln!(
                page,
                r#"<tr id="{id}" tabindex="0" data-start="{}" data-end="{}"><td>{id}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>"#,
                f.char_start,
                f.char_end,
                format!("{:?}", f.kind).to_lowercase(),
                esc(&f.text),
                esc(&f.value_text()),
                f.sentence,
                esc(&f.rule),
                id = esc(&f.id),
            );
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("<h2>Facts</h2>\n");
    if out.facts.is_empty() {
        page.push_str("<p class=\"hint\">None.</p>\n");
    } else {
        page.push_str(
            "<table id=\"facts\"><thead><tr><th>id</th><th>kind</th><th>fact</th><th>evidence</th><th>rule</th></tr></thead><tbody>\n",
        );
        for x in &out.facts {
            let _ = writeln!(
                page,
                r#"<tr id="{id}" tabindex="0" data-start="{}" data-end="{}"><td>{id}</td><td>{}</td><td>{}</td><td class="ev">{}</td><td><code>{}</code></td></tr>"#,
                x.evidence.char_start,
                x.evidence.char_end,
                x.detail.kind(),
                esc(&out.fact_summary(x)),
                esc(&x.evidence.text),
                esc(&x.rule),
                id = esc(&x.id),
            );
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");

    let panel: BTreeMap<&str, PanelEntity<'_>> = out
        .entities
        .iter()
        .map(|e| {
            let mut forms: Vec<(&str, usize)> = Vec::new();
            for m in &e.mentions {
                match forms.iter_mut().find(|(f, _)| *f == m.text) {
                    Some(f) => f.1 += 1,
                    None => forms.push((&m.text, 1)),
                }
            }
            let entity = PanelEntity {
                name: &e.name,
                kind: e.kind.as_str(),
                subtype: e.subtype.as_deref(),
                roles: &e.roles,
                ids: &e.ids,
                forms,
            };
            (e.id.as_str(), entity)
        })
        .collect();
    // In a script element only "</script" could end the data early; no "<" at all is simplest.
    let data = serde_json::to_string(&panel).unwrap_or_else(|_| "{}".to_string()).replace('<', "\\u003c");
    let _ = write!(
        page,
        "<script type=\"application/json\" id=\"entities\">{data}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    page
}

const STYLE: &str = r#"
:root { --per: #c9bffd; --loc: #fed89a; --org: #9ff0f0; --misc: #c8efc1; --fig: #e6e8d8; --ink: #1d2125; --mute: #5f6870; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1.25rem 1.5rem 3rem; color: var(--ink); background: #fbfbf9;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.35rem; margin: 0 0 .2rem; word-break: break-all; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
.meta, .hint { color: var(--mute); font-size: .88rem; margin: .2rem 0; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.1rem; padding: 0; margin: .6rem 0 .3rem; font-size: .9rem; }
main { display: grid; grid-template-columns: minmax(0, 46rem) minmax(15rem, 1fr); gap: 2rem; align-items: start; margin-top: 1rem; }
@media (max-width: 62rem) { main { grid-template-columns: minmax(0, 1fr); } #panel { position: static; } }
article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "DejaVu Serif", serif; font-size: 1.06rem; line-height: 2.05;
  background: #fff; border: 1px solid #e3e3dc; border-radius: 8px; padding: 1.1rem 1.4rem; }
mark { color: inherit; border-radius: .3em; padding: .12em .3em; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: default; }
mark::after { content: attr(data-label); font: 600 .6em/1 system-ui, "DejaVu Sans", sans-serif; letter-spacing: .04em;
  vertical-align: middle; margin-left: .35em; padding: .15em .3em; border-radius: .25em; background: rgba(255,255,255,.7); color: #333; }
mark.person { background: var(--per); }
mark.place { background: var(--loc); }
mark.organization { background: var(--org); }
mark.misc { background: var(--misc); }
mark.fig { background: var(--fig); box-shadow: inset 0 -2px 0 #b7bb9c; }
article mark.ent { cursor: pointer; }
mark.same { box-shadow: inset 0 0 0 2px #4b45a8; }
mark.current { box-shadow: inset 0 0 0 2px #111, 0 0 0 1px #111; }
::highlight(evidence) { background: #ffe45c; }
.evidence { background: #ffe45c; }
#panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; font-size: .92rem; }
#info, #index { background: #fff; border: 1px solid #e3e3dc; border-radius: 8px; padding: .8rem 1.1rem; margin-bottom: 1rem; }
#info .hint { margin: 0; }
#info h3 { margin: 0 0 .15rem; font-size: 1.15rem; }
#index h4 { margin: .5rem 0 .2rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--mute); }
#index h4:first-child { margin-top: 0; }
#index ul { list-style: none; margin: 0; padding: 0; columns: 2 13rem; column-gap: 1rem; }
#index li { break-inside: avoid; }
#index a { color: inherit; text-decoration: none; }
#index a:hover { text-decoration: underline; }
#index i { display: inline-block; width: .7em; height: .7em; border-radius: 50%; margin-right: .4em; }
#index i.person { background: var(--per); } #index i.place { background: var(--loc); }
#index i.organization { background: var(--org); } #index i.misc { background: var(--misc); }
#index .n { color: var(--mute); font-size: .85em; }
mark[data-label=""]::after { display: none; }
#panel dl { margin: .5rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: .2rem .8rem; }
#panel dt { color: var(--mute); }
#panel dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
#panel .tag { display: inline-block; padding: 0 .4em; border-radius: .25em; font-size: .8em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .3rem .55rem; border-bottom: 1px solid #e8e8e2; }
th { color: var(--mute); font-weight: 600; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr:focus { background: #fff7cc; outline: none; }
tbody tr.selected { background: #ffe45c; }
td.ev { max-width: 28rem; }
code { font-size: .85em; color: #4b5259; }
"#;

const SCRIPT: &str = r##"
(function () {
  "use strict";
  var art = document.getElementById("text");
  var info = document.getElementById("info");
  var entities = JSON.parse(document.getElementById("entities").textContent);
  var pinned = null;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", term));
    var dd = el("dd");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    dl.appendChild(dd);
  }
  // Entity or figure of a mark, in the panel; the entity's other mentions outlined.
  function show(m) {
    info.textContent = "";
    var dl = el("dl");
    var tag = el("span", m.dataset.label + " · " + m.dataset.kind, "tag");
    tag.style.background = getComputedStyle(m).backgroundColor;
    if (m.dataset.entity) {
      var e = entities[m.dataset.entity] || {};
      info.appendChild(el("h3", e.name));
      if (e.subtype) tag.textContent += "/" + e.subtype;
      info.appendChild(tag);
      row(dl, "id", m.dataset.entity);
      row(dl, "mentions", (e.forms || []).map(function (f) { return f[1] > 1 ? f[0] + " ×" + f[1] : f[0]; }).join(" · "));
      row(dl, "roles", (e.roles || []).join("; "));
      var ids = e.ids || {};
      Object.keys(ids).forEach(function (k) {
        var v = ids[k];
        if (k === "wikidata" && /^Q[0-9]+$/.test(v)) {
          var a = el("a", v);
          a.href = "https://www.wikidata.org/wiki/" + v;
          row(dl, k, a);
        } else {
          row(dl, k, v);
        }
      });
    } else {
      info.appendChild(el("h3", m.textContent));
      info.appendChild(tag);
      row(dl, "id", m.dataset.figure);
      row(dl, "value", m.title.split(" · ")[2]);
    }
    row(dl, "this mention", "“" + m.textContent + "”");
    row(dl, "rule", m.dataset.rule);
    row(dl, "source", m.dataset.source);
    info.appendChild(dl);
    art.querySelectorAll("mark.same, mark.current").forEach(function (x) { x.classList.remove("same", "current"); });
    if (m.dataset.entity) {
      art.querySelectorAll('mark[data-entity="' + m.dataset.entity + '"]').forEach(function (x) { x.classList.add("same"); });
    }
    m.classList.add("current");
  }
  art.addEventListener("mouseover", function (ev) {
    var m = ev.target.closest("mark");
    if (m && !pinned) show(m);
  });
  art.addEventListener("click", function (ev) {
    var m = ev.target.closest("mark");
    pinned = m && m !== pinned ? m : null;
    if (m) show(m);
  });
  // Char (code point) offsets, as the data attributes hold them, to a DOM range.
  function units(s, chars) {
    var i = 0;
    for (var c of s) { if (chars-- <= 0) break; i += c.length; }
    return i;
  }
  function rangeOf(start, end) {
    var walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
    var range = document.createRange(), pos = 0, started = false, node;
    while ((node = walker.nextNode())) {
      var len = Array.from(node.data).length;
      if (!started && start <= pos + len) { range.setStart(node, units(node.data, start - pos)); started = true; }
      if (started && end <= pos + len) { range.setEnd(node, units(node.data, end - pos)); return range; }
      pos += len;
    }
    return null;
  }
  // A fact's or figure's evidence, highlighted in the article.
  function select(tr, scroll) {
    document.querySelectorAll("tr.selected").forEach(function (x) { x.classList.remove("selected"); });
    tr.classList.add("selected");
    var range = rangeOf(+tr.dataset.start, +tr.dataset.end);
    if (!range) return;
    if (window.CSS && CSS.highlights && window.Highlight) {
      CSS.highlights.set("evidence", new Highlight(range));
    } else {
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    var box = range.getBoundingClientRect();
    if (scroll && (box.top < 0 || box.bottom > window.innerHeight)) {
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: "smooth" });
    }
  }
  document.querySelectorAll("tbody tr[data-start]").forEach(function (tr) {
    tr.addEventListener("click", function () { select(tr, true); });
    tr.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(tr, true); }
    });
  });
  // An address ending in #E3 pins entity E3 (scrolling only to bring it into view), #X2 selects
  // fact X2: links from the index, or shared.
  function go() {
    var id = decodeURIComponent(location.hash.slice(1));
    var m = id && art.querySelector('mark[data-entity="' + CSS.escape(id) + '"]');
    if (m) {
      pinned = m;
      show(m);
      var box = m.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) m.scrollIntoView({ block: "center" });
      return;
    }
    var tr = id && document.getElementById(id);
    if (tr && tr.tagName === "TR") select(tr, false);
  }
  document.getElementById("index").addEventListener("click", function (ev) {
    var a = ev.target.closest("a[data-entity]");
    if (!a) return;
    ev.preventDefault();
    if (location.hash === "#" + a.dataset.entity) go(); else location.hash = a.dataset.entity;
  });
  window.addEventListener("hashchange", go);
  go();
  document.documentElement.dataset.js = "ready";
})();
"##;

/// Terminal colours (256-colour backgrounds, black text) by kind.
fn ansi_colour(mark: &Mark<'_>) -> &'static str {
    match mark {
        Mark::Mention(e, _) => match e.kind {
            EntityKind::Person => "\x1b[30;48;5;183m",
            EntityKind::Place => "\x1b[30;48;5;222m",
            EntityKind::Organization => "\x1b[30;48;5;123m",
            _ => "\x1b[30;48;5;151m",
        },
        Mark::Figure(_) => "\x1b[30;48;5;253m",
    }
}

/// The text for a terminal: control characters other than line breaks and
/// tabs shown as U+FFFD, so the text cannot drive the terminal; CR left out
/// (CR LF line ends).
fn safe(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '\r')
        .map(|c| if c.is_control() && c != '\n' && c != '\t' { '\u{FFFD}' } else { c })
        .collect()
}

/// The article with its marks for a terminal: coloured, or, when `colour` is
/// off (not a terminal, or `NO_COLOR` set), each mark as `[text LABEL]`.
fn ansi(text: &str, out: &Extraction, colour: bool) -> String {
    const RESET: &str = "\x1b[0m";
    let mut page = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    for (span, mark) in marks(out) {
        let (Some(before), Some(inside)) = (text.get(pos..span.start), text.get(span.range())) else { continue };
        page.push_str(&safe(before));
        let label = match mark {
            Mark::Mention(e, m) => factum::formats::ner_label(e, m),
            Mark::Figure(f) => factum::formats::figure_label(f.kind),
        };
        if colour {
            let _ = write!(page, "{}{} \x1b[1;2m{label}{RESET}", ansi_colour(&mark), safe(inside));
        } else {
            let _ = write!(page, "[{} {label}]", safe(inside));
        }
        pos = span.end;
    }
    page.push_str(&safe(text.get(pos..).unwrap_or("")));
    if !page.ends_with('\n') {
        page.push('\n');
    }
    page.push('\n');
    if !colour {
        page.push_str(&safe(&out.to_text()));
        return page;
    }
    let legend = [
        ("\x1b[30;48;5;183m", "PER person"),
        ("\x1b[30;48;5;222m", "LOC place"),
        ("\x1b[30;48;5;123m", "ORG organization"),
        ("\x1b[30;48;5;151m", "MISC misc"),
        ("\x1b[30;48;5;253m", "figure"),
    ];
    for (colour, name) in legend {
        let _ = write!(page, "{colour} {name} {RESET} ");
    }
    page.push_str("\n\n");
    page.push_str(&safe(&out.to_text()));
    page
}
