//! Reports: one module per output format. Each turns plain data (analysis,
//! diagnostics) into text; line and column are computed here, at the edge.

pub mod claims;
pub mod human;
pub mod json;

use serde::Serialize;

use crate::input::Document;
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
    /// `start`/`end` are offsets in the original input (they differ from
    /// offsets into the decoded text only where `--lossy` replaced bytes).
    pub fn new(span: Span, doc: &Document, index: &LineIndex) -> SpanOut {
        let lc = index.line_col(&doc.src, span.start);
        SpanOut {
            start: doc.original_offset(span.start),
            end: doc.original_offset(span.end),
            line: lc.line,
            column: lc.column,
            text: span.text(&doc.src).to_string(),
        }
    }
}
