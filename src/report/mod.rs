//! Reports: one module per output format. Each turns plain data (analysis,
//! diagnostics) into text; line and column are computed here, at the edge.

pub mod claims;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod xml;

use std::io::{self, Write};

use serde::Serialize;

use crate::input::Document;
use crate::rules::{Diagnostic, RuleFile};
use crate::span::{LineIndex, Span};

/// One checked document, as every diagnostics format sees it.
pub struct Checked<'a> {
    pub doc: &'a Document,
    pub diagnostics: &'a [Diagnostic],
    pub attributions: usize,
}

/// A diagnostics output format. Documents arrive one at a time, in order;
/// `finish` writes whatever a format must hold back until the end (a JSON
/// array, a SARIF log).
pub trait Emitter {
    fn document(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()>;
    fn finish(&mut self, out: &mut dyn Write, rules: &RuleFile) -> io::Result<()>;
}

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
