//! `check --format json`: an array of diagnostics, each a span plus
//! path, rule, severity and message; `--format jsonl`: the same objects, one
//! per line, written as each document is checked.

use std::io::{self, Write};

use serde::Serialize;

use super::{Checked, Emitter, SpanOut};
use crate::input::Document;
use crate::rules::{Diagnostic, RuleFile, Severity};
use crate::span::LineIndex;

/// `--format json`: one array at the end.
#[derive(Default)]
pub struct Json {
    all: Vec<DiagnosticOut>,
}

impl Emitter for Json {
    fn document(&mut self, _: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        self.all
            .extend(diagnostics(checked.doc, checked.diagnostics));
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &RuleFile) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.all)?;
        writeln!(out)
    }
}

/// `--format jsonl`: one object per line, streamed.
pub struct JsonLines;

impl Emitter for JsonLines {
    fn document(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        for d in diagnostics(checked.doc, checked.diagnostics) {
            serde_json::to_writer(&mut *out, &d)?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &mut dyn Write, _: &RuleFile) -> io::Result<()> {
        Ok(())
    }
}

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
