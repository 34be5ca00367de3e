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

/// Lines formatted by one parallel job: a large file's findings are
/// otherwise a serial step after its parallel analysis.
const LINES_PER_JOB: usize = 2048;

impl Emitter for JsonLines {
    fn document(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        use rayon::prelude::*;
        let doc = checked.doc;
        let index = LineIndex::new(&doc.src);
        let jobs: Vec<Vec<u8>> = checked
            .diagnostics
            .par_chunks(LINES_PER_JOB)
            .map(|chunk| {
                let mut lines = Vec::new();
                for d in chunk {
                    serde_json::to_writer(&mut lines, &DiagnosticOut::new(doc, d, &index))?;
                    lines.push(b'\n');
                }
                Ok(lines)
            })
            .collect::<io::Result<_>>()?;
        for lines in jobs {
            out.write_all(&lines)?;
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

impl DiagnosticOut {
    fn new(doc: &Document, d: &Diagnostic, index: &LineIndex) -> DiagnosticOut {
        DiagnosticOut {
            path: doc.path.clone(),
            rule: d.rule.clone(),
            severity: d.severity,
            message: d.message.clone(),
            span: SpanOut::new(d.span, doc, index),
        }
    }
}

fn diagnostics(doc: &Document, diagnostics: &[Diagnostic]) -> Vec<DiagnosticOut> {
    let index = LineIndex::new(&doc.src);
    diagnostics
        .iter()
        .map(|d| DiagnosticOut::new(doc, d, &index))
        .collect()
}
