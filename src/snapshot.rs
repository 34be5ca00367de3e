//! `attrib snapshot`: a per-article attribution listing for review, kept
//! beside the article (`story.md.attrib.yaml`) and compared on later runs.
//!
//! The listing says, in text order, who says what and what the rules found.
//! Positions (`at: line:column`, `paragraph`) help a reader find things but
//! are not compared: an edit earlier in the story moves them without
//! changing what the story attributes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::analyse::Analysis;
use crate::input::Document;
use crate::rules::Diagnostic;
use crate::span::{LineIndex, Span};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub path: String,
    pub attributions: Vec<Entry>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub at: String,
    pub paragraph: usize,
    pub mode: String,
    pub cue: String,
    pub source: Option<String>,
    pub class: Option<String>,
    pub content: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub at: String,
    pub paragraph: usize,
    pub rule: String,
    pub severity: String,
    pub message: String,
}

fn name<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// One line of text, whitespace runs folded, for a readable listing.
fn flat(span: Span, src: &str) -> String {
    span.text(src)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn build(doc: &Document, analysis: &Analysis, diagnostics: &[Diagnostic]) -> Snapshot {
    let src = &doc.src;
    let index = LineIndex::new(src);
    let at = |span: Span| {
        let lc = index.line_col(src, span.start);
        format!("{}:{}", lc.line, lc.column)
    };
    let paragraph_of = |offset: u32| {
        let n = analysis.sentences.partition_point(|s| s.span.end <= offset);
        analysis.sentences.get(n).map_or(0, |s| s.paragraph) + 1
    };
    Snapshot {
        path: doc.path.clone(),
        attributions: analysis
            .attributions
            .iter()
            .map(|a| Entry {
                at: at(a.cue.span),
                paragraph: analysis.sentences[a.sentence].paragraph + 1,
                mode: name(a.mode),
                cue: flat(a.cue.span, src),
                source: a.source.as_ref().map(|s| flat(s.span, src)),
                class: a.source.as_ref().map(|s| name(s.class)),
                content: a.content.map(|c| flat(c, src)),
            })
            .collect(),
        findings: diagnostics
            .iter()
            .map(|d| Finding {
                at: at(d.span),
                paragraph: paragraph_of(d.span.start),
                rule: d.rule.clone(),
                severity: d.severity.to_string(),
                message: d.message.clone(),
            })
            .collect(),
    }
}

pub fn render(snapshot: &Snapshot) -> String {
    let header = "# attrib snapshot: who says what in this article, and what the rules found.\n\
                  # Review changes like code; `attrib snapshot --check` ignores `at` and `paragraph`.\n";
    format!(
        "{header}{}",
        serde_yaml::to_string(snapshot).unwrap_or_default()
    )
}

/// Where an article's snapshot lives: beside it, or under `dir` with the
/// article's path inside it.
pub fn location(article: &str, dir: Option<&Path>) -> PathBuf {
    let file = format!("{article}.attrib.yaml");
    match dir {
        Some(d) => d.join(file.trim_start_matches("./").trim_start_matches('/')),
        None => PathBuf::from(file),
    }
}

/// Writes through a temporary file in the same folder and a rename, so a
/// reader never sees half a snapshot.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The snapshot without positions: what is compared.
fn positionless(s: &Snapshot) -> Snapshot {
    let mut s = s.clone();
    for e in &mut s.attributions {
        e.at.clear();
        e.paragraph = 0;
    }
    for f in &mut s.findings {
        f.at.clear();
        f.paragraph = 0;
    }
    s
}

/// What changed between the accepted snapshot and now, in words, followed
/// by a unified diff of the position-free listings; `None` when nothing did.
pub fn compare(old: &Snapshot, new: &Snapshot) -> Option<String> {
    let (old_p, new_p) = (positionless(old), positionless(new));
    if old_p == new_p {
        return None;
    }
    let mut lines = Vec::new();
    // attributions: matched by cue and content; a changed source is news
    let key = |e: &Entry| (e.cue.clone(), e.content.clone());
    let old_by_key: BTreeMap<_, &Entry> = old.attributions.iter().map(|e| (key(e), e)).collect();
    let new_by_key: BTreeMap<_, &Entry> = new.attributions.iter().map(|e| (key(e), e)).collect();
    for e in &new.attributions {
        match old_by_key.get(&key(e)) {
            Some(o) if o.source != e.source || o.class != e.class => lines.push(format!(
                "paragraph {}: source of \"{}\" changed from {} to {}",
                e.paragraph,
                e.cue,
                describe(&o.source, &o.class),
                describe(&e.source, &e.class)
            )),
            Some(_) => {}
            None => lines.push(format!(
                "paragraph {}: new attribution: {} \"{}\" {}",
                e.paragraph,
                describe(&e.source, &e.class),
                e.cue,
                e.content
                    .as_deref()
                    .map(|c| format!("\"{}\"", short(c)))
                    .unwrap_or_default()
            )),
        }
    }
    for o in &old.attributions {
        if !new_by_key.contains_key(&key(o)) {
            lines.push(format!(
                "attribution gone: {} \"{}\"",
                describe(&o.source, &o.class),
                o.cue
            ));
        }
    }
    let finding_key = |f: &Finding| (f.rule.clone(), f.message.clone());
    let mut old_findings: Vec<_> = old.findings.iter().map(finding_key).collect();
    for f in &new.findings {
        match old_findings.iter().position(|k| *k == finding_key(f)) {
            Some(i) => {
                old_findings.remove(i);
            }
            None => lines.push(format!(
                "paragraph {}: new {} [{}]: {}",
                f.paragraph, f.severity, f.rule, f.message
            )),
        }
    }
    for (rule, message) in old_findings {
        lines.push(format!("resolved [{rule}]: {message}"));
    }
    let (a, b) = (render(&old_p), render(&new_p));
    let diff = similar::TextDiff::from_lines(&a, &b)
        .unified_diff()
        .context_radius(2)
        .header("accepted", "now")
        .to_string();
    Some(format!("{}\n{diff}", lines.join("\n")))
}

fn describe(source: &Option<String>, class: &Option<String>) -> String {
    match (source, class) {
        (Some(s), Some(c)) => format!("'{s}' ({c})"),
        (Some(s), None) => format!("'{s}'"),
        _ => "no source".to_string(),
    }
}

fn short(text: &str) -> String {
    crate::rules::excerpt(text, 50)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: &str, paragraph: usize, source: &str) -> Entry {
        Entry {
            at: at.into(),
            paragraph,
            mode: "indirect".into(),
            cue: "said".into(),
            source: Some(source.into()),
            class: Some("anonymous".into()),
            content: Some("the talks stalled".into()),
        }
    }

    fn snap(entries: Vec<Entry>) -> Snapshot {
        Snapshot {
            path: "a.md".into(),
            attributions: entries,
            findings: vec![],
        }
    }

    #[test]
    fn moved_text_is_not_a_change() {
        assert_eq!(
            compare(
                &snap(vec![entry("3:1", 3, "officials")]),
                &snap(vec![entry("9:4", 5, "officials")])
            ),
            None
        );
    }

    #[test]
    fn a_changed_source_is_said_in_words() {
        let report = compare(
            &snap(vec![entry("3:1", 3, "officials")]),
            &snap(vec![entry("3:1", 3, "a senior official")]),
        )
        .unwrap();
        assert!(
            report.starts_with("paragraph 3: source of \"said\" changed from 'officials' (anonymous) to 'a senior official' (anonymous)"),
            "{report}"
        );
        assert!(
            report.contains("-  source: officials\n+  source: a senior official"),
            "{report}"
        );
    }
}
