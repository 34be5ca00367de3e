//! The shipped rule and vocabulary files load, and mistakes in a rule file
//! are reported with file, line, column and what was expected.

mod common;

use attrib::rules::RuleFile;
use attrib::vocab::Vocabulary;
use common::with_snapshots;

#[test]
fn shipped_rule_files_load() {
    let vocab = Vocabulary::from_yaml(
        "rules/vocabulary.yaml",
        &std::fs::read_to_string("rules/vocabulary.yaml").unwrap(),
    )
    .unwrap();
    for entry in std::fs::read_dir("rules").unwrap() {
        let path = entry.unwrap().path();
        let name = path.to_string_lossy().into_owned();
        if name.ends_with(".yaml") && !name.ends_with("vocabulary.yaml") {
            let rules = RuleFile::load(&name, &vocab).unwrap_or_else(|e| panic!("{e}"));
            assert!(!rules.rules.is_empty(), "{name} has no rules");
        }
    }
}

fn error_of(yaml: &str) -> String {
    match RuleFile::from_yaml("team.yaml", yaml, &Vocabulary::default_set()) {
        Ok(_) => panic!("accepted:\n{yaml}"),
        Err(e) => e.to_string(),
    }
}

const HEAD: &str = "rules:\n  - id: r\n    severity: warning\n    message: m\n    rationale: why\n";

#[test]
fn malformed_rule_files_give_located_errors() {
    let cases = [
        (
            "unknown-field",
            format!(
                "{HEAD}    match:\n      sentence:\n        markers: [number]\n        unles: [x]\n"
            ),
        ),
        (
            "wrong-severity",
            HEAD.replace("warning", "fatal") + "    match:\n      quote: {min_words: 3}\n",
        ),
        (
            "unknown-matcher",
            format!("{HEAD}    match:\n      paragraph: {{}}\n"),
        ),
        (
            "wrong-type",
            format!("{HEAD}    match:\n      quote:\n        min_words: many\n"),
        ),
        (
            "unknown-source-class",
            format!("{HEAD}    match:\n      attribution:\n        source_class: [shady]\n"),
        ),
        (
            "unknown-marker",
            format!("{HEAD}    match:\n      sentence:\n        markers: [gossip]\n"),
        ),
        (
            "duplicate-id",
            format!(
                "{HEAD}    match:\n      quote: {{}}\n{}    match:\n      quote: {{}}\n",
                &HEAD[7..]
            ),
        ),
        (
            "unknown-lexicon",
            format!(
                "lexicons:\n  weasel: [critics say]\n{}    match:\n      existence:\n        lexicon: wesel\n",
                HEAD
            ),
        ),
        (
            "bad-regex",
            format!("{HEAD}    match:\n      existence:\n        pattern: 'sources (say|said'\n"),
        ),
        (
            "backreference",
            format!("{HEAD}    match:\n      existence:\n        pattern: '(\\w+) \\1'\n"),
        ),
        (
            "substitution-empty",
            format!("{HEAD}    match:\n      substitution: {{swap: {{}}}}\n"),
        ),
        (
            "existence-without-words",
            format!("{HEAD}    match:\n      existence: {{case_sensitive: true}}\n"),
        ),
        (
            "syntax",
            "rules:\n  - id: x\n    message: \"unterminated\n".to_string(),
        ),
        ("empty", "  \n".to_string()),
    ];
    with_snapshots(|| {
        for (name, yaml) in cases {
            insta::assert_snapshot!(format!("rule-error-{name}"), error_of(&yaml));
        }
    });
}

#[test]
fn a_lexicon_rule_finds_its_words_in_prose_only() {
    let yaml = "lexicons:\n  banned: [claimed, admitted]\nrules:\n  - id: banned-verb\n    severity: error\n    message: \"'{text}' is banned\"\n    rationale: house style\n    match:\n      existence:\n        lexicon: banned\n        exceptions: [admitted students]\n";
    let rules = RuleFile::from_yaml("house.yaml", yaml, &Vocabulary::default_set()).unwrap();
    let text = "He claimed victory.\n\n```\nclaimed in code\n```\n\nAdmitted students attended; she admitted it.\n";
    let doc = attrib::input::from_string("a.md", text.to_string(), attrib::input::Format::Markdown);
    let analysis = attrib::analyse_document(&doc, &Vocabulary::default_set());
    let found: Vec<(String, String)> = rules
        .check(&analysis, doc.prose())
        .iter()
        .map(|d| (d.message.clone(), d.span.text(text).to_string()))
        .collect();
    assert_eq!(
        found,
        [
            ("'claimed' is banned".to_string(), "claimed".to_string()),
            ("'admitted' is banned".to_string(), "admitted".to_string()),
        ]
    );
}

/// Every shipped rule documents an example that fires and one that does
/// not, and they behave as stated.
#[test]
fn every_shipped_rules_examples_behave_as_stated() {
    let vocab = Vocabulary::default_set();
    for entry in std::fs::read_dir("rules").unwrap() {
        let path = entry.unwrap().path().to_string_lossy().into_owned();
        if !path.ends_with(".yaml") || path.ends_with("vocabulary.yaml") {
            continue;
        }
        let set = RuleFile::load(&path, &vocab).unwrap();
        for rule in &set.rules {
            assert!(
                !rule.examples.fires.is_empty() && !rule.examples.passes.is_empty(),
                "{path}: {} needs an example that fires and one that passes",
                rule.id
            );
            let fired = |text: &str| {
                attrib::check_text(text, &set, &vocab)
                    .iter()
                    .any(|d| d.rule == rule.id)
            };
            for text in &rule.examples.fires {
                assert!(fired(text), "{path}: {} should fire on {text:?}", rule.id);
            }
            for text in &rule.examples.passes {
                assert!(
                    !fired(text),
                    "{path}: {} should not fire on {text:?}",
                    rule.id
                );
            }
        }
    }
}

#[test]
fn article_limits_on_one_sources_share_and_unattributed_claims() {
    let yaml = "rules:\n  - id: one-voice\n    severity: warning\n    message: '{value} > {limit}'\n    rationale: r\n    match:\n      article: {max_source_share: 0.6}\n  - id: bare-claims\n    severity: warning\n    message: '{value} > {limit}'\n    rationale: r\n    match:\n      article: {max_unattributed_share: 0.4}\n";
    let rules = RuleFile::from_yaml("story.yaml", yaml, &Vocabulary::default_set()).unwrap();
    let vocab = Vocabulary::default_set();
    let run = |text: &str| -> Vec<String> {
        attrib::check_text(text, &rules, &vocab)
            .iter()
            .map(|d| format!("{}: {}", d.rule, d.message))
            .collect()
    };
    // the mayor carries three of four attributed sentences; both claims are bare
    let lopsided = "The mayor said taxes would fall.\n\nThe mayor said crime fell.\n\nThe mayor said jobs grew.\n\nThe treasurer said revenue rose.\n\nPrices rose 12 percent. Rents rose 9 percent.";
    assert_eq!(
        run(lopsided),
        ["bare-claims: 100% > 40%", "one-voice: 75% > 60%"]
    );
    let balanced =
        "The mayor said taxes would fall.\n\nThe treasurer said revenue rose 12 percent.";
    assert!(run(balanced).is_empty(), "{:?}", run(balanced));
}

#[test]
fn sentence_markers_from_a_rule_lexicon_and_comparisons() {
    let yaml = "lexicons:\n  crime_words: [crime wave, surge in crime]\nrules:\n  - id: crime-claim\n    severity: warning\n    message: '{markers}'\n    rationale: r\n    match:\n      sentence: {markers: [crime_words, comparative, superlative]}\n";
    let rules = RuleFile::from_yaml("desk.yaml", yaml, &Vocabulary::default_set()).unwrap();
    let vocab = Vocabulary::default_set();
    let run = |text: &str| -> Vec<String> {
        attrib::check_text(text, &rules, &vocab)
            .iter()
            .map(|d| d.message.clone())
            .collect()
    };
    assert_eq!(run("The city faces a crime wave."), ["crime_words"]);
    assert_eq!(run("Rents are higher than in Boston."), ["comparative"]);
    assert_eq!(run("It is the largest port in Europe."), ["superlative"]);
    assert!(
        run("The port opened in 1990, the harbor master said. Ships are larger than before.").len()
            == 1
    );
    assert!(run("The council met on Tuesday.").is_empty());
}

/// `unless: [cue_word]` excuses a sentence whose cue word the grammar could
/// not read as an attribution ("a rebuke of the mayor"): someone may be
/// saying it. Without it, the same sentence is a finding.
#[test]
fn an_unread_cue_word_excuses_a_claim_only_when_the_rule_says_so() {
    let vocab = Vocabulary::default_set();
    let rule = |unless: &str| {
        let yaml = format!(
            "rules:\n  - id: bare\n    severity: warning\n    message: m\n    rationale: r\n    match:\n      sentence: {{markers: [number], unless: [{unless}]}}\n"
        );
        RuleFile::from_yaml("r.yaml", &yaml, &vocab).unwrap()
    };
    let fires = |rules: &RuleFile, text: &str| !attrib::check_text(text, rules, &vocab).is_empty();
    let rebuke = "The vote, a rebuke of the mayor, cut the budget by 30 percent.";
    let position = "Both men had the same position on taxes: a 30 percent cut.";
    let plain = "The vote cut the budget by 30 percent.";
    // ("commitment to": a stance noun and its infinitive or object)
    let commitment = "The party's commitment to racial justice softens by 30 percent.";
    for text in [rebuke, position, commitment] {
        assert!(fires(&rule("quoted"), text), "{text}");
        assert!(!fires(&rule("quoted, cue_word"), text), "{text}");
    }
    // a stance noun without its complement is not a cue word: "a concern
    // for Washington" is the writer's assessment
    assert!(fires(
        &rule("cue_word"),
        "The cooperation has become a significant concern for Washington, costing 30 percent more."
    ));
    assert!(fires(&rule("cue_word"), plain));
    // an estimate's verb is a cue word only with the amount it puts:
    // "To put that number in context" says nothing of who estimates
    assert!(fires(
        &rule("cue_word"),
        "To put that number in context, the 2015 deficit was $438 billion."
    ));
}
