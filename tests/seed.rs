//! The seed article: what issue #2 says `claims` and `check` must show.

mod common;

use common::{attrib, stdout};
use serde_json::Value;

const SEED: &str = "tests/fixtures/seed-article.txt";

fn claims() -> Value {
    let out = attrib(&["claims", "--format", "json", SEED], None);
    assert!(out.status.success());
    serde_json::from_str(&stdout(&out)).unwrap()
}

/// (source, cue, content) texts of each attribution.
fn links() -> Vec<(String, String, String)> {
    let text = |v: &Value| {
        v.get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    claims()["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (text(&a["source"]), text(&a["cue"]), text(&a["content"])))
        .collect()
}

fn has(source: &str, cue: &str, content_start: &str) {
    let all = links();
    assert!(
        all.iter()
            .any(|(s, c, t)| s == source && c == cue && t.starts_with(content_start)),
        "no {source} → {cue} → {content_start}… in {all:#?}"
    );
}

#[test]
fn seed_links_every_named_source_to_its_cue_and_content() {
    has(
        "state media",
        "as reported by",
        "North Korea’s Foreign Minister, Choe Son Hui, is set to visit Russia",
    );
    has(
        "The Korean Central News Agency",
        "announced",
        "Choe’s visit",
    );
    has(
        "The White House",
        "leveled accusations against North Korea, stating",
        "that Pyongyang had supplied ballistic missiles and launchers to Russia",
    );
    has(
        "South Korea",
        "has alleged",
        "that North Korea provided over a million artillery rounds",
    );
    has("Seoul", "claims", "was achieved with Russian assistance");
    has(
        "the United States",
        "disclosed",
        "that North Korea had delivered substantial military equipment",
    );
}

#[test]
fn seed_records_hedges_without_source() {
    let hedges: Vec<(String, String)> = claims()["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["mode"] == "hedge")
        .map(|a| {
            assert!(a["source"].is_null());
            (
                a["cue"]["text"].as_str().unwrap().into(),
                a["content"]["text"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        hedges,
        [
            ("alleged".to_string(), "weapons transfers".to_string()),
            (
                "reportedly".into(),
                "with ranges of approximately 900 kilometers".into()
            ),
            ("alleged".into(), "exchange".into()),
        ]
    );
}

#[test]
fn seed_check_flags_vague_hedge_and_unattributed_assessment_only() {
    let out = attrib(&["check", "--format", "json", SEED], None);
    assert_eq!(out.status.code(), Some(1));
    let findings: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows: Vec<(String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().into(),
                d["text"].as_str().unwrap().into(),
            )
        })
        .collect();
    let find = |rule: &str, text: &str| rows.iter().any(|(r, t)| r == rule && t.starts_with(text));
    assert!(find("vague-source", "global observers"), "{rows:#?}");
    assert!(find("hedge-without-source", "reportedly"), "{rows:#?}");
    assert!(
        find(
            "unattributed-claim",
            "The growing military and economic cooperation between Russia and North Korea has become a significant concern"
        ),
        "{rows:#?}"
    );
    // none of the six attributed sentences is an unattributed claim
    for attributed in [
        "North Korea’s Foreign Minister",
        "The Korean Central",
        "The White House",
        "South Korea has",
        "Following this",
        "In a related",
    ] {
        assert!(
            !find("unattributed-claim", attributed),
            "{attributed}: {rows:#?}"
        );
    }
}
