//! The command line: exit codes, input errors, rule-file errors, stdin.

mod common;

use common::{attrib, stderr, stdout, with_snapshots};

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-cli-");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn findings_exit_one_and_clean_text_exits_zero() {
    assert_eq!(
        attrib(&["check", "tests/fixtures/seed-article.txt"], None)
            .status
            .code(),
        Some(1)
    );
    let clean = temp_file(
        "clean.txt",
        b"The council met on Tuesday. The meeting lasted an hour.\n",
    );
    let out = attrib(&["check", &clean], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "1 file, 0 attributions, 0 findings\n");
    assert_eq!(
        stdout(&attrib(&["check", "--quiet", &clean], None)),
        "",
        "--quiet drops the summary"
    );
}

#[test]
fn fail_on_raises_the_threshold() {
    // the loaded-verb fixture has warnings but no errors
    let out = attrib(
        &[
            "check",
            "--fail-on",
            "error",
            "tests/fixtures/loaded-verbs.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("warning[loaded-verb]"));
}

#[test]
fn human_format_has_location_excerpt_and_caret() {
    let out = attrib(&["check", "tests/fixtures/loaded-verbs.txt"], None);
    let text = stdout(&out);
    let expected = "tests/fixtures/loaded-verbs.txt:3:21: warning[loaded-verb]: \"claimed\" is a loaded attribution verb; \"said\" is neutral\n";
    assert!(text.starts_with(expected), "{text}");
    assert!(
        text.contains("3 | The chief executive claimed that"),
        "{text}"
    );
    assert!(text.contains("  |                     ^^^^^^^\n"), "{text}");
}

#[test]
fn missing_file_is_an_error_and_other_files_are_still_checked() {
    let out = attrib(
        &[
            "check",
            "no/such/file.txt",
            "tests/fixtures/loaded-verbs.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error: no/such/file.txt: cannot read"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("loaded-verb"),
        "the readable file was still checked"
    );
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let bad = temp_file("latin1.txt", b"The mayor said caf\xe9 prices rose.");
    let out = attrib(&["claims", &bad], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("not valid UTF-8 (first invalid byte at offset 18); --lossy reads it"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn binary_file_is_refused() {
    let bin = temp_file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let out = attrib(&["check", &bin], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("looks like a binary file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_and_blank_files_have_no_findings() {
    for (name, content) in [("empty.txt", &b""[..]), ("blank.md", b"\n   \n\t\n")] {
        let path = temp_file(name, content);
        let out = attrib(&["check", &path], None);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let claims = attrib(&["claims", "--format", "json", &path], None);
        let v: serde_json::Value = serde_json::from_str(&stdout(&claims)).unwrap();
        assert_eq!(v["attributions"], serde_json::json!([]));
    }
}

#[test]
fn stdin_is_read_with_dash() {
    let out = attrib(
        &["claims", "--format", "json", "-"],
        Some("Officials said the bridge was safe.".as_bytes()),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["path"], "-");
    assert_eq!(v["attributions"][0]["source"]["class"], "anonymous");
}

#[test]
fn claims_on_several_paths_is_an_array_in_argument_order() {
    let out = attrib(
        &[
            "claims",
            "--format",
            "json",
            "tests/fixtures/hedges.txt",
            "tests/fixtures/seed-article.txt",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "tests/fixtures/hedges.txt",
            "tests/fixtures/seed-article.txt"
        ]
    );
}

#[test]
fn json_spans_point_into_the_file() {
    let path = "tests/fixtures/court-ruling.md";
    let src = std::fs::read_to_string(path).unwrap();
    let out = attrib(&["claims", "--format", "json", path], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for a in v["attributions"].as_array().unwrap() {
        for part in [&a["cue"], &a["source"], &a["content"]] {
            if part.is_null() {
                continue;
            }
            let (start, end) = (
                part["start"].as_u64().unwrap() as usize,
                part["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&src[start..end], part["text"].as_str().unwrap());
            let line = src[..start].matches('\n').count() + 1;
            assert_eq!(part["line"].as_u64().unwrap() as usize, line);
        }
    }
}

#[test]
fn malformed_rule_file_error_is_located() {
    let rules = temp_file(
        "bad-rules.yaml",
        b"rules:\n  - id: x\n    severity: warning\n    message: m\n    rationale: r\n    match:\n      sentence:\n        markers: [number]\n        unles: [quoted]\n",
    );
    let out = attrib(
        &["check", "--rules", &rules, "tests/fixtures/hedges.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out).replace(&rules, "RULES");
    with_snapshots(|| insta::assert_snapshot!("cli-malformed-rules", err));
}

#[test]
fn rules_lists_every_default_rule() {
    let out = attrib(&["rules"], None);
    let text = stdout(&out);
    for id in [
        "unattributed-claim",
        "vague-source",
        "hedge-without-source",
        "agentless-attribution",
        "anonymous-source",
        "loaded-verb",
        "quote-without-speaker",
    ] {
        assert!(text.contains(id), "{id} missing from:\n{text}");
    }
}

#[test]
fn explain_prints_a_rules_examples_one_bullet_each() {
    let out = attrib(&["explain", "quote-without-speaker"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("quote-without-speaker (warning)\n"),
        "{text}"
    );
    // an example of two paragraphs: its second under its bullet
    assert!(
        text.contains(
            "  - \"We will not rest,\" the union said.\n\n    \"The port must reopen by June.\"\n"
        ),
        "{text}"
    );
    let out = attrib(&["explain", "no-such-rule"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no rule 'no-such-rule'; the rules are: unattributed-claim"));
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(attrib(&["check"], None).status.code(), Some(2));
    assert_eq!(
        attrib(&["check", "--format", "xml", "x.txt"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(attrib(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn lossy_decodes_and_offsets_point_into_the_original_bytes() {
    let bytes = b"The owner of the caf\xe9 said the rent \xff\xfe doubled.".to_vec();
    let path = temp_file("lossy.txt", &bytes);
    assert_eq!(
        attrib(&["claims", &path], None).status.code(),
        Some(2),
        "strict by default"
    );
    let out = attrib(&["claims", "--lossy", "--format", "json", &path], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let cue = &v["attributions"][0]["cue"];
    let (start, end) = (
        cue["start"].as_u64().unwrap() as usize,
        cue["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[start..end], b"said");
    assert_eq!(
        cue["column"], 23,
        "each invalid byte is one replacement character"
    );
    let content = &v["attributions"][0]["content"];
    let end = content["end"].as_u64().unwrap() as usize;
    assert_eq!(
        &bytes[end - 7..end],
        b"doubled",
        "offsets after two replacements"
    );
}

#[test]
fn folders_are_walked_and_binary_files_in_them_skipped_with_a_warning() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-walk-");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.md"), "Critics say the plan will fail.\n").unwrap();
    std::fs::write(
        dir.join("sub/b.txt"),
        "The mayor claimed that taxes fell.\n",
    )
    .unwrap();
    std::fs::write(dir.join("sub/broken.txt"), b"PK\x03\x04\0\0binary").unwrap();
    std::fs::write(dir.join("notes.csv"), "said,claimed").unwrap();
    let root = dir.to_string_lossy().into_owned();
    let out = attrib(&["check", "--format", "json", &root], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "findings, not an input error: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("broken.txt: skipped, looks like a binary file"),
        "{}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let files: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d["path"]
                .as_str()
                .unwrap()
                .strip_prefix(&root)
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(files, ["/a.md", "/sub/b.txt"]);
    // named explicitly, the same binary file is an error
    let named = dir.join("sub/broken.txt").to_string_lossy().into_owned();
    assert_eq!(attrib(&["check", &named], None).status.code(), Some(2));
}

#[test]
fn crlf_cr_and_bom_give_correct_lines_and_columns() {
    for (name, text) in [
        (
            "crlf.txt",
            "\u{feff}Title\r\n\r\nCritics say it failed.\r\n",
        ),
        ("cr.txt", "Title\r\rCritics say it failed.\r"),
    ] {
        let path = temp_file(name, text.as_bytes());
        let out = attrib(&["check", "--format", "json", &path], None);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let d = &v[0];
        assert_eq!(
            (d["rule"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
            (Some("vague-source"), Some(3), Some(1)),
            "{name}"
        );
        let start = d["start"].as_u64().unwrap() as usize;
        assert_eq!(&text.as_bytes()[start..start + 7], b"Critics");
    }
}

#[test]
fn parallel_and_single_threaded_runs_print_the_same_bytes() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-par-");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // enough files for several parallel chunks, in an order unlike creation
    for (i, name) in common::fixtures().iter().cycle().take(150).enumerate() {
        let text = std::fs::read(format!("tests/fixtures/{name}")).unwrap();
        let ext = name.rsplit('.').next().unwrap();
        std::fs::write(
            dir.join(format!("{:03}-{name}.{ext}", (i * 37) % 150)),
            text,
        )
        .unwrap();
    }
    let root = dir.to_string_lossy().into_owned();
    for args in [
        vec!["check", &root],
        vec!["check", "--format", "sarif", &root],
        vec!["claims", "--format", "json", &root],
    ] {
        let one = attrib(&[&["--threads", "1"], args.as_slice()].concat(), None);
        let many = attrib(&[&["--threads", "4"], args.as_slice()].concat(), None);
        assert!(!one.stdout.is_empty());
        assert_eq!(one.stdout, many.stdout, "{args:?}");
        assert_eq!(one.status.code(), many.status.code());
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_without_no_color() {
    let plain = stdout(&attrib(&["check", "tests/fixtures/loaded-verbs.txt"], None));
    assert!(!plain.contains('\x1b'), "piped output is plain");
    let coloured = stdout(&attrib(
        &[
            "check",
            "--color",
            "always",
            "tests/fixtures/loaded-verbs.txt",
        ],
        None,
    ));
    assert!(
        coloured.contains("\x1b[1;33mwarning[loaded-verb]\x1b[0m"),
        "{coloured}"
    );
    // same text once the escapes are removed
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(i) = rest.find('\x1b') {
        stripped.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find('m').unwrap() + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
    let never = stdout(&attrib(
        &[
            "check",
            "--color",
            "never",
            "tests/fixtures/loaded-verbs.txt",
        ],
        None,
    ));
    assert_eq!(never, plain);
}

#[test]
fn json_lines_input_streams_one_result_per_record() {
    let input = "{\"id\": \"a1\", \"text\": \"Officials said the bridge was safe.\"}\n\n{\"id\": 42, \"text\": \"Critics say it failed.\"}\nnot json\n";
    let out = attrib(
        &["check", "--format", "jsonl", "--input-format", "jsonl", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2), "a bad line is an input error");
    assert!(
        stderr(&out).contains("error: -:4: expected a JSON object with \"id\" and \"text\""),
        "{}",
        stderr(&out)
    );
    let paths: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths, ["a1", "42"], "records keep their order and ids");
    let claims = attrib(
        &["claims", "--format", "json", "--input-format", "jsonl", "-"],
        Some(input.lines().next().unwrap().as_bytes()),
    );
    let line: serde_json::Value = serde_json::from_str(stdout(&claims).trim()).unwrap();
    assert_eq!(line["attributions"][0]["source"]["text"], "Officials");
}

#[test]
fn suppressions_in_the_article_silence_findings_and_stale_ones_are_reported() {
    let md = temp_file(
        "suppressed.md",
        b"Critics say the plan failed.\n\n<!-- attrib-disable-next-line vague-source -->\nCritics say it worked.\n\n<!-- attrib-disable loaded-verb -->\nNothing to see.\n<!-- attrib-enable -->\n",
    );
    let out = attrib(&["check", "--format", "json", &md], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows: Vec<(String, u64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("vague-source".to_string(), 1),
            ("unused-suppression".to_string(), 6)
        ]
    );
    let txt = temp_file(
        "suppressed.txt",
        b"[attrib-disable-next-line]\nCritics say the plan failed.\n",
    );
    let out = attrib(&["check", "--format", "json", &txt], None);
    assert_eq!(stdout(&out).trim(), "[]", "{}", stdout(&out));
}

/// One run over several folders: each file gets its own folder's
/// configuration (the search is remembered per folder, not per run).
#[test]
fn each_folder_of_one_run_gets_its_own_configuration() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-cfg-folders");
    let _ = std::fs::remove_dir_all(&dir);
    for folder in ["configured/deep", "plain"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
    }
    std::fs::write(
        dir.join("configured/.attrib.yaml"),
        "ignore: [vague-source]\n",
    )
    .unwrap();
    let story = "Critics say the plan failed.\n";
    let paths = [
        "configured/a.txt",
        "configured/deep/b.txt",
        "plain/c.txt",
        "plain/d.txt",
    ];
    for p in paths {
        std::fs::write(dir.join(p), story).unwrap();
    }
    let args: Vec<String> = paths
        .iter()
        .map(|p| dir.join(p).to_string_lossy().into_owned())
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = attrib(
        &[&["check", "--format", "json"], args.as_slice()].concat(),
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let mut flagged: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "vague-source")
        .map(|d| d["path"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    flagged.sort();
    assert_eq!(flagged, ["c.txt", "d.txt"], "{}", stdout(&out));
}

#[test]
fn attrib_yaml_is_discovered_upwards_and_flags_override_it() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-cfg-");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("politics")).unwrap();
    std::fs::write(
        dir.join(".attrib.yaml"),
        "ignore: [vague-source]\nseverity: {loaded-verb: error}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("politics/story.md"),
        "Critics say the plan failed. The mayor claimed victory.\n",
    )
    .unwrap();
    let story = dir.join("politics/story.md").to_string_lossy().into_owned();
    let rules_of = |args: &[&str]| -> Vec<(String, String)> {
        let out = attrib(
            &[&["check", "--format", "json"], args, &[story.as_str()]].concat(),
            None,
        );
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["rule"].as_str().unwrap().to_string(),
                    d["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        rules_of(&[]),
        [("loaded-verb".to_string(), "error".to_string())]
    );
    let defaults = rules_of(&["--no-config"]);
    assert!(
        defaults.contains(&("vague-source".to_string(), "warning".to_string())),
        "{defaults:?}"
    );
    assert!(
        defaults.contains(&("loaded-verb".to_string(), "warning".to_string())),
        "{defaults:?}"
    );
    // an explicit configuration replaces the discovered one
    std::fs::write(dir.join("strict.yaml"), "select: [vague-source]\n").unwrap();
    let explicit = dir.join("strict.yaml").to_string_lossy().into_owned();
    assert_eq!(
        rules_of(&["--config", &explicit]),
        [("vague-source".to_string(), "warning".to_string())]
    );
    // a broken configuration is a located error, reported once
    std::fs::write(dir.join(".attrib.yaml"), "ignore: [vauge-source]\n").unwrap();
    let out = attrib(&["check", &story, &story], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out)
            .matches("unknown rule id 'vauge-source'")
            .count(),
        1,
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(".attrib.yaml:1:10: unknown rule id"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn configuration_excludes_files_and_overrides_rules_per_path() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("attrib-cfg-paths-");
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["news", "opinion", "drafts"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(
            dir.join(sub).join("story.md"),
            "Critics say the plan failed.\n",
        )
        .unwrap();
    }
    std::fs::write(
        dir.join(".attrib.yaml"),
        "exclude: [\"drafts/**\"]\noverrides:\n  - files: [\"opinion/**\"]\n    ignore: [vague-source]\n",
    )
    .unwrap();
    let root = dir.to_string_lossy().into_owned();
    let out = attrib(&["check", "--format", "json", &root], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let found: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let path = d["path"]
                .as_str()
                .unwrap()
                .strip_prefix(&root)
                .unwrap()
                .to_string();
            (path, d["rule"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        found,
        [("/news/story.md".to_string(), "vague-source".to_string())]
    );
    std::fs::write(dir.join(".attrib.yaml"), "exclude: [\"drafts/[\"]\n").unwrap();
    let out = attrib(&["check", &root], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(".attrib.yaml:1:12: invalid glob 'drafts/['"),
        "{}",
        stderr(&out)
    );
}
