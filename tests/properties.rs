//! Properties that hold for any input (proptest): spans point into the
//! text, sentences tile the prose, the analysis is deterministic, and the
//! Markdown and plain-text paths agree where there is no Markdown.

use attrib::input::{Format, from_string};
use attrib::report;
use attrib::rules::RuleFile;
use attrib::span::Span;
use attrib::vocab::Vocabulary;
use proptest::prelude::*;

fn vocab() -> &'static Vocabulary {
    static V: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    V.get_or_init(Vocabulary::default_set)
}

fn rules() -> &'static RuleFile {
    static R: std::sync::OnceLock<RuleFile> = std::sync::OnceLock::new();
    R.get_or_init(RuleFile::default_set)
}

/// News-like text: words the grammar knows, punctuation, quotes of every
/// kind, abbreviations, numbers, and paragraph breaks.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said"),
        Just("according to"),
        Just("the"),
        Just("officials"),
        Just("He"),
        Just("reportedly"),
        Just("alleged"),
        Just("that"),
        Just("Smith"),
        Just("critics"),
        Just("it is alleged"),
        Just("claimed"),
        Just(","),
        Just("."),
        Just("?"),
        Just(":"),
        Just("\""),
        Just("“"),
        Just("”"),
        Just("''"),
        Just("’s"),
        Just("Mr."),
        Just("U.S."),
        Just("3.5"),
        Just("1,000"),
        Just("12 percent"),
        Just("…"),
        Just("\n\n"),
        Just("\n"),
        Just("é"),
        Just("👩‍👩‍👧"),
        Just("\u{301}"),
        Just("—"),
        Just("which"),
        Just("who"),
    ];
    prop::collection::vec((piece, prop::bool::ANY), 0..60).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(p, space)| {
                if space {
                    format!("{p} ")
                } else {
                    p.to_string()
                }
            })
            .collect()
    })
}

fn all_spans(text: &str, format: Format) -> (Vec<Span>, Vec<Span>, String) {
    let doc = from_string("t", text.to_string(), format);
    let analysis = attrib::analyse_document(&doc, vocab());
    let mut spans = analysis.spans();
    spans.extend(rules().check(&analysis, text).iter().map(|d| d.span));
    let sentences = analysis.sentences.iter().map(|s| s.span).collect();
    let claims = serde_json::to_string(&report::claims::build(&doc, &analysis)).unwrap();
    (spans, sentences, claims)
}

fn check_spans(text: &str, format: Format) -> Result<(), TestCaseError> {
    let (spans, sentences, _) = all_spans(text, format);
    for s in spans.iter().chain(&sentences) {
        prop_assert!(s.start <= s.end, "{s:?}");
        prop_assert!(s.end as usize <= text.len(), "{s:?} past the end");
        prop_assert!(
            text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize)
        );
    }
    // sentences are in order and never overlap
    for pair in sentences.windows(2) {
        prop_assert!(pair[0].end <= pair[1].start, "{pair:?} overlap");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_in_bounds_for_any_text(text in any::<String>()) {
        check_spans(&text, Format::Text)?;
        check_spans(&text, Format::Markdown)?;
        check_spans(&text, Format::Html)?;
    }

    #[test]
    fn spans_are_in_bounds_for_html_like_text(
        parts in prop::collection::vec(prop_oneof![
            Just("<p>"), Just("</p>"), Just("<script>"), Just("</script>"), Just("<article>"),
            Just("</article>"), Just("<!--"), Just("-->"), Just("&ldquo;"), Just("&rdquo;"),
            Just("&amp;"), Just("said"), Just("Officials"), Just(" "), Just("."), Just("<a href='>'>"),
            Just("\""), Just("é"), Just("<"), Just(">"),
        ], 0..50)
    ) {
        check_spans(&parts.concat(), Format::Html)?;
    }

    #[test]
    fn spans_are_in_bounds_for_news_like_text(text in newsy()) {
        check_spans(&text, Format::Text)?;
        check_spans(&text, Format::Markdown)?;
    }

    #[test]
    fn sentences_cover_every_word_of_the_prose(text in newsy()) {
        let doc = from_string("t", text.clone(), Format::Text);
        let (_, sentences, _) = all_spans(&text, Format::Text);
        // every word character outside a sentence would be prose the
        // analysis never looked at
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() && doc.prose().as_bytes()[i] == text.as_bytes()[i] {
                prop_assert!(sentences.iter().any(|s| s.start as usize <= i && i < s.end as usize), "byte {i} ({c}) in no sentence");
            }
        }
    }

    #[test]
    fn analysis_is_deterministic(text in newsy()) {
        prop_assert_eq!(all_spans(&text, Format::Text).2, all_spans(&text, Format::Text).2);
    }

    #[test]
    fn markdown_and_text_agree_without_markdown_syntax(
        paragraphs in prop::collection::vec("[A-Za-z][A-Za-z ,.\"“”’]{0,80}", 1..5)
    ) {
        // paragraphs separated by blank lines, no line breaks inside, no
        // Markdown punctuation: both readers see the same prose
        let text = paragraphs.join("\n\n");
        let (spans_t, sentences_t, _) = all_spans(&text, Format::Text);
        let (spans_m, sentences_m, _) = all_spans(&text, Format::Markdown);
        prop_assert_eq!(sentences_t, sentences_m);
        prop_assert_eq!(spans_t, spans_m);
    }
}
