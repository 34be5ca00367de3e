//! Human diagnostics: `path:line:col: severity[rule]: message`, then the
//! line excerpt with a caret underline under the span.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::io;

use super::{Checked, Emitter};
use crate::rules::{Diagnostic, RuleFile, Severity};
use crate::span::LineIndex;

/// `--format human`: diagnostics as they come, then a summary line
/// (`3 files, 12 attributions, 4 findings: 1 error, 3 warnings`).
#[derive(Default)]
pub struct Human {
    pub quiet: bool,
    pub color: bool,
    files: usize,
    attributions: usize,
    by_severity: BTreeMap<Severity, usize>,
}

impl Human {
    pub fn new(quiet: bool, color: bool) -> Human {
        Human {
            quiet,
            color,
            ..Human::default()
        }
    }
}

impl Emitter for Human {
    fn document(&mut self, out: &mut dyn io::Write, checked: &Checked) -> io::Result<()> {
        self.files += 1;
        self.attributions += checked.attributions;
        for d in checked.diagnostics {
            *self.by_severity.entry(d.severity).or_default() += 1;
        }
        let palette = if self.color {
            Palette::COLOR
        } else {
            Palette::PLAIN
        };
        let text = render_with(
            &checked.doc.path,
            &checked.doc.src,
            checked.diagnostics,
            palette,
        );
        out.write_all(text.as_bytes())
    }

    fn finish(&mut self, out: &mut dyn io::Write, _: &RuleFile) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let findings: usize = self.by_severity.values().sum();
        let mut line = format!(
            "{}, {}, {}",
            plural(self.files, "file"),
            plural(self.attributions, "attribution"),
            plural(findings, "finding")
        );
        let parts: Vec<String> = self
            .by_severity
            .iter()
            .rev()
            .map(|(severity, &n)| match severity {
                Severity::Info => format!("{n} info"),
                _ => plural(n, &severity.to_string()),
            })
            .collect();
        if !parts.is_empty() {
            line.push_str(&format!(": {}", parts.join(", ")));
        }
        writeln!(out, "{line}")
    }
}

/// Longest excerpt shown, in characters; long lines are windowed around the span.
const WIDTH: usize = 100;
/// Characters of context shown before the span on a long line.
const LEAD: usize = 40;

/// ANSI styles, or nothing when colour is off.
#[derive(Clone, Copy)]
pub struct Palette {
    on: bool,
}

impl Palette {
    pub const PLAIN: Palette = Palette { on: false };
    pub const COLOR: Palette = Palette { on: true };

    fn paint(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, severity: Severity, text: &str) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, text)
    }
}

pub fn render(path: &str, src: &str, diagnostics: &[Diagnostic]) -> String {
    render_with(path, src, diagnostics, Palette::PLAIN)
}

pub fn render_with(path: &str, src: &str, diagnostics: &[Diagnostic], palette: Palette) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diagnostics {
        let lc = index.line_col(src, d.span.start);
        let location = palette.paint("1", &format!("{path}:{}:{}:", lc.line, lc.column));
        let label = palette.severity(d.severity, &format!("{}[{}]", d.severity, d.rule));
        let _ = writeln!(out, "{location} {label}: {}", d.message);
        let line = index.line_span(src, lc.line);
        // a window of the line around the span, found without walking the
        // whole line (lines can be megabytes long)
        let before = &src[line.start as usize..d.span.start as usize];
        let lead_chars: Vec<(usize, char)> = before.char_indices().rev().take(LEAD).collect();
        let from = lead_chars
            .last()
            .map_or(d.span.start as usize, |(i, _)| line.start as usize + i);
        let cut_before = from > line.start as usize;
        let after = &src[from..line.end as usize];
        let shown: String = after.chars().take(WIDTH).collect();
        let cut_after = shown.len() < after.len();
        let lead = if cut_before { "…" } else { "" };
        let tail = if cut_after { "…" } else { "" };
        let pad = lead_chars.len() + lead.chars().count();
        let span_text = d.span.text(src).lines().next().unwrap_or("");
        let carets = span_text
            .chars()
            .count()
            .clamp(1, (WIDTH - lead_chars.len()).max(1));
        let gutter = lc.line.to_string().len();
        let bar = palette.paint("34", "|");
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(
            out,
            "{} {bar} {lead}{shown}{tail}",
            palette.paint("34", &lc.line.to_string())
        );
        let underline = palette.severity(d.severity, &"^".repeat(carets));
        let _ = writeln!(out, "{:gutter$} {bar} {}{underline}", "", " ".repeat(pad));
    }
    out
}
