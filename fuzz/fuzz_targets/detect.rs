//! The whole pipeline on arbitrary text: analysis, rules and both reports
//! never panic, and every span is inside the text.
#![no_main]

use attrib::input::{Format, from_string};
use attrib::report;
use attrib::rules::RuleFile;
use attrib::vocab::Vocabulary;
use libfuzzer_sys::fuzz_target;

static RULES: std::sync::LazyLock<RuleFile> = std::sync::LazyLock::new(RuleFile::default_set);
static VOCAB: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(Vocabulary::default_set);

fuzz_target!(|text: &str| {
    let vocab = &*VOCAB;
    let rules = &*RULES;
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let doc = from_string("fuzz", text.to_string(), format);
        let analysis = attrib::analyse_document(&doc, vocab);
        let diagnostics = rules.check(&analysis, doc.prose());
        for d in &diagnostics {
            assert!(d.span.start <= d.span.end && d.span.end as usize <= text.len());
        }
        for s in analysis.spans() {
            assert!(s.start <= s.end && s.end as usize <= text.len());
            assert!(
                text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize)
            );
        }
        let _ = report::human::render("fuzz", &doc.src, &diagnostics);
        let _ = serde_json::to_string(&report::claims::build(&doc, &analysis));
    }
});
