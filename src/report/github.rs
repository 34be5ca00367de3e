//! `check --format github`: GitHub Actions workflow commands, which GitHub
//! shows as annotations on the pull request's changed lines.

use std::io::{self, Write};

use super::{Checked, Emitter};
use crate::rules::{RuleFile, Severity};
use crate::span::LineIndex;

pub struct Github;

impl Emitter for Github {
    fn document(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        let src = &checked.doc.src;
        let index = LineIndex::new(src);
        for d in checked.diagnostics {
            let start = index.line_col(src, d.span.start);
            let end = index.line_col(src, d.span.end);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&checked.doc.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&format!("attrib {}", d.rule)),
                escape_data(&d.message)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &mut dyn Write, _: &RuleFile) -> io::Result<()> {
        Ok(())
    }
}

/// Escaping from the workflow-command specification (actions/toolkit).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(escape_data("50% of\nthem"), "50%25 of%0Athem");
        assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
    }
}
