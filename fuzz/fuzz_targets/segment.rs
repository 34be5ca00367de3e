//! Segmentation of arbitrary bytes: never panics; sentences are in bounds,
//! on character boundaries and in order.
#![no_main]

use attrib::input::{Format, from_bytes};
use attrib::vocab::Vocabulary;
use libfuzzer_sys::fuzz_target;

static VOCAB: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(Vocabulary::default_set);

fuzz_target!(|data: &[u8]| {
    let vocab = &*VOCAB;
    for (format, lossy) in [
        (Format::Text, false),
        (Format::Markdown, false),
        (Format::Text, true),
    ] {
        let Ok(doc) = from_bytes("fuzz", data.to_vec(), format, lossy) else {
            continue;
        };
        assert!(doc.original_offset(doc.src.len() as u32) as usize == data.len());
        let seg = attrib::segment::segment(&doc, vocab);
        let mut last_end = 0;
        for s in &seg.sentences {
            assert!(s.span.start >= last_end && s.span.start <= s.span.end);
            assert!(doc.src.is_char_boundary(s.span.start as usize));
            assert!(doc.src.is_char_boundary(s.span.end as usize));
            last_end = s.span.end;
        }
        assert!(last_end as usize <= doc.src.len());
    }
});
