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
    files: usize,
    attributions: usize,
    by_severity: BTreeMap<Severity, usize>,
}

impl Human {
    pub fn new(quiet: bool) -> Human {
        Human {
            quiet,
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
        out.write_all(render(&checked.doc.path, &checked.doc.src, checked.diagnostics).as_bytes())
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
            .map(|(severity, &n)| plural(n, &severity.to_string()))
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

pub fn render(path: &str, src: &str, diagnostics: &[Diagnostic]) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diagnostics {
        let lc = index.line_col(src, d.span.start);
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}[{}]: {}",
            lc.line, lc.column, d.severity, d.rule, d.message
        );
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
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{} | {lead}{shown}{tail}", lc.line);
        let _ = writeln!(
            out,
            "{:gutter$} | {}{}",
            "",
            " ".repeat(pad),
            "^".repeat(carets)
        );
    }
    out
}
