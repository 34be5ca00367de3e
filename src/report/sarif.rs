//! `check --format sarif`: a SARIF 2.1.0 log, with the rules' metadata so
//! that code scanning (GitHub, Azure DevOps) shows each rule's help.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Checked, Emitter};
use crate::rules::{RuleFile, Severity};
use crate::span::LineIndex;

#[derive(Default)]
pub struct Sarif {
    results: Vec<Value>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

impl Emitter for Sarif {
    fn document(&mut self, _: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        let src = &checked.doc.src;
        let index = LineIndex::new(src);
        for d in checked.diagnostics {
            let start = index.line_col(src, d.span.start);
            let end = index.line_col(src, d.span.end);
            let doc = checked.doc;
            self.results.push(json!({
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&doc.path)},
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                            "byteOffset": doc.original_offset(d.span.start),
                            "byteLength": doc.original_offset(d.span.end) - doc.original_offset(d.span.start),
                        }
                    }
                }]
            }));
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, rules: &RuleFile) -> io::Result<()> {
        let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        for r in &mut self.results {
            let index = ids.iter().position(|id| r["ruleId"] == *id);
            r["ruleIndex"] = json!(index);
        }
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "attrib",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules.rules.iter().map(|r| json!({
                        "id": r.id,
                        "shortDescription": {"text": r.message},
                        "fullDescription": {"text": r.rationale},
                        "help": {"text": r.rationale},
                        "defaultConfiguration": {"level": level(r.severity)},
                    })).collect::<Vec<_>>(),
                }},
                // columns count Unicode code points, as attrib's do
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }]
        });
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

/// A relative URI for a path (stdin is reported as `stdin`).
fn uri(path: &str) -> String {
    let path = if path == "-" {
        "stdin"
    } else {
        path.trim_start_matches("./")
    };
    path.replace('\\', "/").replace(' ', "%20")
}
