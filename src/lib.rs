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

/// Documents are analysed in sections of whole paragraphs of about this
/// many bytes, so that tokens and words (about 15 times the text) are held
/// for one section at a time, and stay in cache. A news article is one
/// section; in an archive file only a pronoun running across a section
/// boundary is cut (a section never ends before a paragraph that opens
/// with a quotation, which may go on with the speaker before it). (256 KB
/// rather than 1 MB: 5-10% faster and 35 MB less memory on 100 MB of news.)
pub const SECTION_BYTES: usize = 1 << 18;

/// Runs segmentation, detection and analysis over one document. Sections
/// are independent, so a large file uses every core too (rayon's pool, which
/// `--threads` sizes); they are joined in order, so the result is the same.
pub fn analyse_document(doc: &Document, vocab: &Vocabulary) -> Analysis {
    use rayon::prelude::*;
    let mut sections = Vec::new();
    let mut rest = doc.blocks.as_slice();
    let mut paragraph = 0;
    while !rest.is_empty() {
        let first = rest[0].start as usize;
        let mut n = rest
            .iter()
            .position(|b| b.end as usize - first >= SECTION_BYTES)
            .map_or(rest.len(), |i| i + 1);
        // a paragraph that opens with a quotation may go on with the
        // speaker of the one before: it stays in that one's section (a few
        // dozen of them, so that a file of nothing but quotations is still
        // read a section at a time)
        let end = rest.len().min(n + 32);
        while n < end && opens_with_quotation(rest[n].text(doc.prose())) {
            n += 1;
        }
        let (section, after) = rest.split_at(n);
        sections.push((section, paragraph));
        paragraph += section.len();
        rest = after;
    }
    // a batch of sections at a time, two per thread: the tokens of a whole
    // large file are never held at once. A batch is joined to the analysis
    // while the next one is analysed (joining is a tenth of the time a
    // batch takes on two threads: not a step to wait for).
    let mut analysis = Analysis::default();
    let mut finished: Vec<Analysis> = Vec::new();
    for batch in sections.chunks(2 * rayon::current_num_threads()) {
        let (analyses, ()) = rayon::join(
            || {
                batch
                    .par_iter()
                    .map(|&(blocks, paragraph)| {
                        analyse_blocks(doc.prose(), blocks, paragraph, vocab)
                    })
                    .collect()
            },
            || finished.drain(..).for_each(|next| analysis.append(next)),
        );
        finished = analyses;
    }
    finished.into_iter().for_each(|next| analysis.append(next));
    analysis
}

/// Whether a paragraph opens with a quotation mark (straight, curly, or the
/// ``…'' of some newswires).
fn opens_with_quotation(paragraph: &str) -> bool {
    paragraph
        .trim_start()
        .starts_with(['"', '“', '‘', '\'', '`'])
}

fn analyse_blocks(
    prose: &str,
    blocks: &[span::Span],
    first_paragraph: usize,
    vocab: &Vocabulary,
) -> Analysis {
    let seg = segment::segment_blocks(prose, blocks, first_paragraph, vocab);
    let (start, end) = (blocks[0].start, blocks[blocks.len() - 1].end);
    // ASCII lowercasing keeps every byte offset where it was.
    let lower = prose[start as usize..end as usize].to_ascii_lowercase();
    let words = detect::words(prose, &lower, start, &seg, vocab);
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
    suppress::apply(doc, rules.check(analysis, doc.prose()))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A document longer than several sections is analysed as its
    /// articles would be one by one: same attributions, with sentence,
    /// attribution and paragraph numbers continuing across sections.
    #[test]
    fn sections_join_into_one_analysis() {
        let vocab = Vocabulary::default_set();
        // quotations, pronouns and carried attribution, in paragraphs
        let article = ["interview-quotes.txt", "council-budget.txt"]
            .map(|name| std::fs::read_to_string(format!("tests/fixtures/{name}")).unwrap())
            .join("\n")
            // and what reaches past its sentence: a quotation carried into
            // the next paragraph, a label's paragraph
            + "\n\"We will win,\" Delgado said.\n\n\"We always do.\"\n\nROSA DELGADO: We stay. We win.\n";
        assert!(article.ends_with('\n'));
        let one = analyse_document(
            &input::from_string("a.txt", article.clone(), input::Format::Text),
            &vocab,
        );
        assert!(one.sentences.iter().any(|s| s.carried_by.is_some()));
        assert!(one.quotes.iter().any(|q| q.speaker.is_some()));
        // more sections than one batch on two threads, so that batches are
        // joined while the next is analysed
        let copies = 9 * SECTION_BYTES / article.len();
        let archive = vec![article.as_str(); copies].join("\n");
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let all = pool.install(|| {
            analyse_document(
                &input::from_string("all.txt", archive, input::Format::Text),
                &vocab,
            )
        });
        assert_eq!(all.attributions.len(), copies * one.attributions.len());
        assert_eq!(all.sentences.len(), copies * one.sentences.len());
        let stride = (article.len() + 1) as u32;
        let paragraphs = one.sentences.last().unwrap().paragraph + 1;
        for (i, a) in all.attributions.iter().enumerate() {
            let copy = i / one.attributions.len();
            let first = &one.attributions[i % one.attributions.len()];
            assert_eq!(
                a.cue.span.start,
                first.cue.span.start + copy as u32 * stride
            );
            assert_eq!(a.sentence, first.sentence + copy * one.sentences.len());
            let shifted = |c: crate::span::Span| {
                (c.start + copy as u32 * stride, c.end + copy as u32 * stride)
            };
            assert_eq!(
                a.content.map(|c| (c.start, c.end)),
                first.content.map(shifted),
                "{i}"
            );
            assert!(all.sentences[a.sentence].attributions.contains(&i));
        }
        for (i, s) in all.sentences.iter().enumerate() {
            let first = &one.sentences[i % one.sentences.len()];
            let copy = i / one.sentences.len();
            assert_eq!(s.paragraph, first.paragraph + copy * paragraphs);
            let shift = copy * one.attributions.len();
            assert_eq!(
                s.carried_by,
                first.carried_by.map(|a| a + shift),
                "sentence {i}"
            );
        }
        for (i, q) in all.quotes.iter().enumerate() {
            let first = &one.quotes[i % one.quotes.len()];
            let shift = i / one.quotes.len() * one.attributions.len();
            assert_eq!(q.speaker, first.speaker.map(|a| a + shift), "quote {i}");
        }
    }
}
