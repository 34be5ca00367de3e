//! `check --format checkstyle` and `--format junit`: the XML formats that
//! Jenkins, GitLab and most other CI systems read.

use std::io::{self, Write};

use super::{Checked, Emitter};
use crate::rules::{RuleFile, Severity};
use crate::span::LineIndex;

/// Checkstyle XML: one `<file>` per document, one `<error>` per finding.
#[derive(Default)]
pub struct Checkstyle {
    started: bool,
}

impl Checkstyle {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            self.started = true;
            writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
            writeln!(out, "<checkstyle version=\"4.3\">")?;
        }
        Ok(())
    }
}

impl Emitter for Checkstyle {
    fn document(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        self.start(out)?;
        let src = &checked.doc.src;
        let index = LineIndex::new(src);
        writeln!(out, "  <file name=\"{}\">", escape(&checked.doc.path))?;
        for d in checked.diagnostics {
            let at = index.line_col(src, d.span.start);
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            writeln!(
                out,
                "    <error line=\"{}\" column=\"{}\" severity=\"{severity}\" message=\"{}\" source=\"attrib.{}\"/>",
                at.line,
                at.column,
                escape(&d.message),
                escape(&d.rule)
            )?;
        }
        writeln!(out, "  </file>")
    }

    fn finish(&mut self, out: &mut dyn Write, _: &RuleFile) -> io::Result<()> {
        self.start(out)?;
        writeln!(out, "</checkstyle>")
    }
}

/// JUnit XML: one test case per document, failing with its findings.
#[derive(Default)]
pub struct Junit {
    cases: Vec<String>,
    failures: usize,
}

impl Emitter for Junit {
    fn document(&mut self, _: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        let src = &checked.doc.src;
        let index = LineIndex::new(src);
        let path = escape(&checked.doc.path);
        let mut case = format!("    <testcase classname=\"attrib\" name=\"{path}\"");
        if checked.diagnostics.is_empty() {
            case.push_str("/>");
        } else {
            self.failures += 1;
            let lines: Vec<String> = checked
                .diagnostics
                .iter()
                .map(|d| {
                    let at = index.line_col(src, d.span.start);
                    format!(
                        "{}:{}:{}: {}[{}]: {}",
                        checked.doc.path, at.line, at.column, d.severity, d.rule, d.message
                    )
                })
                .collect();
            case.push_str(&format!(
                ">\n      <failure message=\"{} findings\">{}</failure>\n    </testcase>",
                checked.diagnostics.len(),
                escape(&lines.join("\n"))
            ));
        }
        self.cases.push(case);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &RuleFile) -> io::Result<()> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(out, "<testsuites>")?;
        writeln!(
            out,
            "  <testsuite name=\"attrib\" tests=\"{}\" failures=\"{}\" errors=\"0\">",
            self.cases.len(),
            self.failures
        )?;
        for case in &self.cases {
            writeln!(out, "{case}")?;
        }
        writeln!(out, "  </testsuite>")?;
        writeln!(out, "</testsuites>")
    }
}

/// XML attribute and text escaping; control characters XML 1.0 forbids are
/// dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            super::escape("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;"
        );
    }
}
