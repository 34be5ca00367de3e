//! Human diagnostics: `path:line:col: severity[rule]: message`, then the
//! line excerpt with a caret underline under the span.

use std::fmt::Write;

use crate::rules::Diagnostic;
use crate::span::LineIndex;

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
