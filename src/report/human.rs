//! Human diagnostics: `path:line:col: severity[rule]: message`, then the
//! line excerpt with a caret underline under the span.

use std::fmt::Write;

use crate::rules::Diagnostic;
use crate::span::LineIndex;

/// Longest excerpt shown, in characters; long lines are windowed around the span.
const WIDTH: usize = 100;

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
        let line: Vec<char> = index.line_text(src, lc.line).chars().collect();
        let start = lc.column as usize - 1;
        let span_chars = d
            .span
            .text(src)
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .count()
            .max(1);
        let end = (start + span_chars).min(line.len()).max(start + 1);
        let from = if line.len() > WIDTH {
            start.saturating_sub(40).min(line.len() - WIDTH)
        } else {
            0
        };
        let to = (from + WIDTH).min(line.len());
        let shown: String = line[from..to].iter().collect();
        let lead = if from > 0 { "…" } else { "" };
        let tail = if to < line.len() { "…" } else { "" };
        let gutter = lc.line.to_string().len();
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{} | {lead}{shown}{tail}", lc.line);
        let pad = start - from + lead.chars().count();
        let carets = end.min(to) - start;
        let _ = writeln!(
            out,
            "{:gutter$} | {}{}",
            "",
            " ".repeat(pad),
            "^".repeat(carets.max(1))
        );
    }
    out
}
