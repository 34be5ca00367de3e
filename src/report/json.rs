//! `check --format json`: an array of diagnostics, each a span plus
//! path, rule, severity and message.

use serde::Serialize;

use super::SpanOut;
use crate::input::Document;
use crate::rules::{Diagnostic, Severity};
use crate::span::LineIndex;

#[derive(Debug, Serialize)]
pub struct DiagnosticOut {
    pub path: String,
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    #[serde(flatten)]
    pub span: SpanOut,
}

pub fn diagnostics(doc: &Document, diagnostics: &[Diagnostic]) -> Vec<DiagnosticOut> {
    let index = LineIndex::new(&doc.src);
    diagnostics
        .iter()
        .map(|d| DiagnosticOut {
            path: doc.path.clone(),
            rule: d.rule.clone(),
            severity: d.severity,
            message: d.message.clone(),
            span: SpanOut::new(d.span, doc, &index),
        })
        .collect()
}
