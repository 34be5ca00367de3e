//! attrib: finds who says what in news text, and lints its sourcing.
//!
//! The pipeline is a chain of pure stages, one module each:
//! `input` → `segment` → `detect` → `analyse` → `rules` → `report`.

pub mod analyse;
pub mod config;
pub mod detect;
pub mod eval;
pub mod files;
pub mod html;
pub mod input;
pub mod loader;
pub mod report;
pub mod rules;
pub mod segment;
pub mod snapshot;
pub mod span;
pub mod suppress;
pub mod vocab;

use analyse::Analysis;
use input::Document;
use vocab::Vocabulary;

/// Runs segmentation, detection and analysis over one document.
pub fn analyse_document(doc: &Document, vocab: &Vocabulary) -> Analysis {
    let seg = segment::segment(doc, vocab);
    // ASCII lowercasing keeps every byte offset where it was.
    let lower = doc.prose.to_ascii_lowercase();
    let words = detect::words(&doc.prose, &lower, &seg, vocab);
    let found = detect::detect(&words, &seg, vocab);
    analyse::analyse(&words, &seg, found, vocab)
}

/// The findings for one document: the rules over its analysis, less what the
/// article's own suppression comments turn off.
pub fn diagnose(
    doc: &Document,
    analysis: &Analysis,
    rules: &rules::RuleFile,
) -> Vec<rules::Diagnostic> {
    suppress::apply(doc, rules.check(analysis, &doc.prose))
}

/// Checks one plain-text article in a single call: analysis, the rules, and
/// the article's own suppressions.
pub fn check_text(
    text: &str,
    rules: &rules::RuleFile,
    vocab: &Vocabulary,
) -> Vec<rules::Diagnostic> {
    let doc = input::from_string("text", text.to_string(), input::Format::Text);
    diagnose(&doc, &analyse_document(&doc, vocab), rules)
}
