//! Pathological input finishes in time linear in its size: each case is
//! timed against ordinary news text of the same size (a ratio, not a
//! wall-clock bound), through the whole pipeline and both reports.

use std::time::{Duration, Instant};

use attrib::input::{Format, from_string};
use attrib::report;
use attrib::rules::RuleFile;
use attrib::vocab::Vocabulary;

/// Size of each input. Large enough that quadratic work would dominate.
const SIZE: usize = 250_000;
/// A case may cost this many times ordinary text of the same size. Linear
/// cases measure well under it; a quadratic one at this size is far above.
const MAX_RATIO: f64 = 8.0;

fn news() -> String {
    std::fs::read_to_string("tests/fixtures/seed-article.txt").unwrap()
        + &std::fs::read_to_string("tests/fixtures/interview-quotes.txt").unwrap()
}

fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    s
}

/// The whole pipeline: analysis, rules, human and claims output.
fn run(text: &str, vocab: &Vocabulary, rules: &RuleFile) -> Duration {
    let best = (0..3)
        .map(|_| {
            let start = Instant::now();
            let doc = from_string("t.txt", text.to_string(), Format::Text);
            let analysis = attrib::analyse_document(&doc, vocab);
            let diagnostics = rules.check(&analysis, doc.prose());
            let human = report::human::render("t.txt", &doc.src, &diagnostics);
            let claims = report::claims::build(&doc, &analysis);
            let json = serde_json::to_string(&claims).unwrap();
            std::hint::black_box((human.len(), json.len()));
            start.elapsed()
        })
        .min()
        .unwrap();
    best.max(Duration::from_micros(1))
}

#[test]
fn pathological_inputs_cost_about_as_much_as_news() {
    let (vocab, rules) = (Vocabulary::default_set(), RuleFile::default_set());
    let news = news();
    let normal = repeat_to(&news, SIZE);
    let baseline = run(&normal, &vocab, &rules);
    let no_sentence_end: String = normal
        .chars()
        .filter(|c| !matches!(c, '.' | '!' | '?' | '\n'))
        .collect();
    let one_line: String = normal
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let cases = [
        ("paragraph with no sentence end", no_sentence_end),
        ("one line", one_line),
        ("unbalanced straight quotes", repeat_to("\" said \"", SIZE)),
        ("nested curly quotes", repeat_to("“he said “", SIZE)),
        ("bare quote marks", repeat_to("\"", SIZE)),
        (
            "consecutive abbreviations",
            repeat_to("Mr. Dr. U.S. Sen. ", SIZE),
        ),
        ("periods", repeat_to(". ", SIZE)),
        (
            "emoji, combining marks, joiners",
            repeat_to("👩‍👩‍👧 said e\u{301}\u{302} \u{200d}\u{200c} ", SIZE),
        ),
        (
            "right-to-left text",
            repeat_to("قال المسؤول \u{202e}إن\u{202c} “الخطة” said ", SIZE),
        ),
        ("one word", "said".repeat(SIZE / 4)),
    ];
    for (name, text) in cases {
        let t = run(&text, &vocab, &rules);
        let ratio = t.as_secs_f64() / baseline.as_secs_f64();
        eprintln!("{name}: {ratio:.2}x news");
        assert!(
            ratio < MAX_RATIO,
            "{name}: {t:?} vs {baseline:?} for news ({ratio:.1}x)"
        );
    }
}

#[test]
fn cost_grows_linearly_with_size() {
    let (vocab, rules) = (Vocabulary::default_set(), RuleFile::default_set());
    let news = news();
    let no_end: String = news.chars().filter(|c| !matches!(c, '.' | '\n')).collect();
    for unit in [news.as_str(), no_end.as_str()] {
        let small = run(&repeat_to(unit, SIZE / 2), &vocab, &rules);
        let large = run(&repeat_to(unit, SIZE * 2), &vocab, &rules);
        let ratio = large.as_secs_f64() / small.as_secs_f64();
        eprintln!("4x the input: {ratio:.2}x the time");
        // 4x the input: linear is ~4x; quadratic would be ~16x
        assert!(ratio < 8.0, "4x the input took {ratio:.1}x the time");
    }
}

/// Sentences each with a different named speaker, so that the source
/// ledger (merging surnames, counting carried claims) has as many entries
/// as attributions.
fn distinct_speakers(n: usize) -> String {
    let name = |mut i: usize| {
        let mut s = String::from("K");
        for _ in 0..4 {
            s.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
        }
        s
    };
    (0..n)
        .map(|i| {
            format!(
                "{} {} said the plan had failed. It cost more.\n",
                name(i),
                name(i + 7)
            )
        })
        .collect()
}

#[test]
fn the_source_ledger_grows_linearly_with_its_sources() {
    let (vocab, rules) = (Vocabulary::default_set(), RuleFile::default_set());
    let small = run(&distinct_speakers(2_000), &vocab, &rules);
    let large = run(&distinct_speakers(8_000), &vocab, &rules);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    eprintln!("4x the sources: {ratio:.2}x the time");
    assert!(ratio < 8.0, "4x the sources took {ratio:.1}x the time");
}
