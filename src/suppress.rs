//! Inline suppressions, typed by editors in the article itself:
//!
//! - Markdown and HTML: `<!-- attrib-disable vague-source -->` …
//!   `<!-- attrib-enable -->`, and `<!-- attrib-disable-next-line -->`;
//! - plain text: the same words in square brackets on a line of their own,
//!   `[attrib-disable vague-source]`.
//!
//! No rule list means every rule. A suppression that suppresses nothing is
//! reported, so stale ones do not pile up.

use crate::input::{Document, Format};
use crate::rules::{Diagnostic, Severity};
use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
}

#[derive(Debug, Clone)]
struct Directive {
    kind: Kind,
    /// Empty: every rule.
    rules: Vec<String>,
    span: Span,
}

/// A region where some rules are off, and the directive that made it.
struct Region {
    rules: Vec<String>,
    range: Span,
    directive: usize,
}

/// Finds directives: inside HTML comments for Markdown and HTML, bracketed
/// lines for plain text.
fn directives(doc: &Document) -> Vec<Directive> {
    let src = &doc.src;
    let mut out = Vec::new();
    // nearly every article has none: one fast search instead of a trim per line
    if !doc.may_have_directives() {
        return out;
    }
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let trimmed = line.trim();
        let body = match doc.format {
            Format::Text => trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')),
            Format::Markdown | Format::Html => trimmed
                .strip_prefix("<!--")
                .and_then(|t| t.strip_suffix("-->")),
        };
        if let Some(body) = body {
            let mut words = body
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty());
            let kind = match words.next() {
                Some("attrib-disable") => Some(Kind::Disable),
                Some("attrib-enable") => Some(Kind::Enable),
                Some("attrib-disable-next-line") => Some(Kind::NextLine),
                _ => None,
            };
            if let Some(kind) = kind {
                let start = offset + (line.len() - line.trim_start().len());
                out.push(Directive {
                    kind,
                    rules: words.map(String::from).collect(),
                    span: Span::new(start, start + trimmed.len()),
                });
            }
        }
        offset += line.len();
    }
    out
}

fn regions(src: &str, directives: &[Directive]) -> Vec<Region> {
    let mut regions = Vec::new();
    let mut open: Vec<(usize, &Directive)> = Vec::new();
    for (i, d) in directives.iter().enumerate() {
        match d.kind {
            Kind::Disable => open.push((i, d)),
            Kind::Enable => {
                // closes the matching disables (all of them without a rule list)
                open.retain(|(j, o)| {
                    let closes = d.rules.is_empty() || o.rules.iter().any(|r| d.rules.contains(r));
                    if closes {
                        regions.push(Region {
                            rules: o.rules.clone(),
                            range: Span::new(o.span.end as usize, d.span.start as usize),
                            directive: *j,
                        });
                    }
                    !closes
                });
            }
            Kind::NextLine => {
                // the next line that is not blank
                let after = &src[d.span.end as usize..];
                let skip = after.find('\n').map_or(after.len(), |n| n + 1);
                let rest = &after[skip..];
                let blank = rest.len() - rest.trim_start().len();
                let start = d.span.end as usize + skip + blank;
                let end = src[start..].find('\n').map_or(src.len(), |n| start + n);
                regions.push(Region {
                    rules: d.rules.clone(),
                    range: Span::new(start, end),
                    directive: i,
                });
            }
        }
    }
    for (j, o) in open {
        regions.push(Region {
            rules: o.rules.clone(),
            range: Span::new(o.span.end as usize, src.len()),
            directive: j,
        });
    }
    regions
}

/// Drops suppressed diagnostics and adds an `unused-suppression` warning for
/// each directive that suppressed nothing.
pub fn apply(doc: &Document, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let found = directives(doc);
    if found.is_empty() {
        return diagnostics;
    }
    let regions = regions(&doc.src, &found);
    let mut used = vec![false; found.len()];
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| {
            let hit = regions.iter().find(|r| {
                r.range.start <= d.span.start
                    && d.span.start < r.range.end.max(r.range.start + 1)
                    && (r.rules.is_empty() || r.rules.contains(&d.rule))
            });
            if let Some(r) = hit {
                used[r.directive] = true;
            }
            hit.is_none()
        })
        .collect();
    for (d, used) in found.iter().zip(used) {
        if !used && d.kind != Kind::Enable {
            let what = if d.rules.is_empty() {
                "every rule".to_string()
            } else {
                d.rules.join(", ")
            };
            kept.push(Diagnostic {
                span: d.span,
                rule: "unused-suppression".to_string(),
                severity: Severity::Warning,
                message: format!("this suppression of {what} suppresses nothing; remove it"),
            });
        }
    }
    kept.sort();
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::from_string;

    fn diag(text: &str, needle: &str, rule: &str) -> Diagnostic {
        let start = text.find(needle).unwrap();
        Diagnostic {
            span: Span::new(start, start + needle.len()),
            rule: rule.into(),
            severity: Severity::Warning,
            message: String::new(),
        }
    }

    #[test]
    fn markdown_disable_enable_and_next_line() {
        let text = "Critics say A.\n\n<!-- attrib-disable vague-source -->\nCritics say B.\n<!-- attrib-enable -->\n\nCritics say C.\n\n<!-- attrib-disable-next-line -->\n\nCritics say D.\n";
        let doc = from_string("a.md", text.into(), Format::Markdown);
        let all =
            ["A", "B", "C", "D"].map(|x| diag(text, &format!("Critics say {x}"), "vague-source"));
        let kept: Vec<&str> = apply(&doc, all.to_vec())
            .iter()
            .map(|d| d.span.text(text))
            .collect();
        assert_eq!(kept, ["Critics say A", "Critics say C"]);
    }

    #[test]
    fn plain_text_form_and_unused_suppressions() {
        let text = "[attrib-disable-next-line loaded-verb]\nShe claimed it.\n[attrib-disable vague-source]\nNothing here.\n";
        let doc = from_string("a.txt", text.into(), Format::Text);
        let out = apply(&doc, vec![diag(text, "claimed", "loaded-verb")]);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].rule, "unused-suppression");
        assert_eq!(out[0].span.text(text), "[attrib-disable vague-source]");
    }

    #[test]
    fn other_rules_are_not_suppressed() {
        let text = "<!-- attrib-disable-next-line vague-source -->\nShe claimed critics say so.\n";
        let doc = from_string("a.md", text.into(), Format::Markdown);
        let out = apply(
            &doc,
            vec![
                diag(text, "claimed", "loaded-verb"),
                diag(text, "critics", "vague-source"),
            ],
        );
        let rules: Vec<&str> = out.iter().map(|d| d.rule.as_str()).collect();
        assert_eq!(rules, ["loaded-verb"]);
    }
}
