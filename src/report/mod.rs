//! Reports: one module per output format. Each turns plain data (analysis,
//! diagnostics) into text; line and column are computed here, at the edge.

pub mod claims;
pub mod human;
pub mod json;

use serde::Serialize;

use crate::span::{LineIndex, Span};

/// A span as every machine format prints it.
#[derive(Debug, Clone, Serialize)]
pub struct SpanOut {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub column: u32,
    pub text: String,
}

impl SpanOut {
    pub fn new(span: Span, src: &str, index: &LineIndex) -> SpanOut {
        let lc = index.line_col(src, span.start);
        SpanOut {
            start: span.start,
            end: span.end,
            line: lc.line,
            column: lc.column,
            text: span.text(src).to_string(),
        }
    }
}
