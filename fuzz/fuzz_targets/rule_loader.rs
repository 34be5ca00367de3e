//! Rule files of any content load or fail with an error; never a panic.
#![no_main]

use attrib::rules::RuleFile;
use attrib::vocab::Vocabulary;
use libfuzzer_sys::fuzz_target;

static VOCAB: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(Vocabulary::default_set);

fuzz_target!(|text: &str| {
    let vocab = &*VOCAB;
    if let Err(e) = RuleFile::from_yaml("fuzz.yaml", text, vocab) {
        assert!(!e.to_string().is_empty());
    }
});
