//! Every `check --format` on every fixture article, as golden snapshots,
//! and the SARIF log validated against the SARIF 2.1.0 schema.

mod common;

use common::{attrib, stdout, with_snapshots};

const SEED: &str = "tests/fixtures/seed-article.txt";

#[test]
fn every_format_on_every_fixture() {
    with_snapshots(|| {
        for format in ["json", "jsonl", "github", "sarif", "checkstyle", "junit"] {
            let out = attrib(&["check", "--format", format, "tests/fixtures"], None);
            assert_eq!(out.status.code(), Some(1), "{format}");
            insta::assert_snapshot!(format!("format-{format}"), stdout(&out));
        }
        let out = attrib(&["check", "--statistics", "tests/fixtures"], None);
        insta::assert_snapshot!("format-statistics", stdout(&out));
    });
}

#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/data/sarif-2.1.0-rtm.5.json").unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let out = attrib(
        &[
            "check",
            "--format",
            "sarif",
            SEED,
            "tests/fixtures/court-ruling.md",
        ],
        None,
    );
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // the validator does reject a broken log
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
    // rule metadata travels with the results
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(rules.iter().any(|r| {
        r["id"] == "vague-source"
            && r["fullDescription"]["text"]
                .as_str()
                .unwrap()
                .contains("MOS:WEASEL")
    }));
}

fn jsonl_matches_json(path: &str) -> usize {
    let array: serde_json::Value =
        serde_json::from_str(&stdout(&attrib(&["check", "--format", "json", path], None))).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout(&attrib(&["check", "--format", "jsonl", path], None))
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    assert_eq!(array.as_array().unwrap(), &lines);
    lines.len()
}

#[test]
fn jsonl_lines_are_the_json_array_items() {
    jsonl_matches_json(SEED);
}

/// A large file's lines are formatted by parallel jobs, and its line index
/// is built in parallel pieces: the lines still come in order, with the
/// line and column that the JSON array gives.
#[test]
fn jsonl_of_a_large_file_is_in_order() {
    let seed = std::fs::read_to_string(SEED).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.txt");
    std::fs::write(&path, seed.repeat((5 << 19) / seed.len())).unwrap();
    let findings = jsonl_matches_json(path.to_str().unwrap());
    assert!(findings > 3000, "{findings}");
}
