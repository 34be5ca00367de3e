//! `attrib snapshot`: write, check, update; atomic and byte-identical
//! writes; positions alone are not changes.

mod common;

use std::path::PathBuf;

use common::{attrib, stderr, stdout};

fn story_dir(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attrib-snap-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        "tests/fixtures/anonymous-sources.txt",
        dir.join("story.txt"),
    )
    .unwrap();
    dir
}

#[test]
fn write_check_change_and_update() {
    let dir = story_dir("cycle");
    let story = dir.join("story.txt").to_string_lossy().into_owned();
    let snap = dir.join("story.txt.attrib.yaml");

    let out = attrib(&["snapshot", &story], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("created {}\n", snap.display()));
    let first = std::fs::read(&snap).unwrap();

    // a second run writes nothing and leaves the same bytes
    assert_eq!(stdout(&attrib(&["snapshot", &story], None)), "");
    assert_eq!(std::fs::read(&snap).unwrap(), first);
    assert_eq!(
        attrib(&["snapshot", "--check", &story], None).status.code(),
        Some(0)
    );

    // an edit earlier in the story moves everything: not a change
    let text = std::fs::read_to_string(&story).unwrap();
    let moved = text.replacen(
        "Talks on Trade Deal Stall",
        "Talks on the New Trade Deal Stall Again",
        1,
    );
    std::fs::write(&story, format!("By Staff Writers\n\n{moved}")).unwrap();
    let out = attrib(&["snapshot", "--check", &story], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    // a new source is
    std::fs::write(
        &story,
        moved.replace("A senior administration official said", "Officials said"),
    )
    .unwrap();
    let out = attrib(&["snapshot", "--check", &story], None);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert!(
        report.contains("source of \"said\" changed from 'A senior administration official' (anonymous) to 'Officials' (anonymous)"),
        "{report}"
    );
    assert!(report.contains("+  source: Officials"), "{report}");

    // accepting makes the check pass again
    let out = attrib(&["snapshot", "--update", &story], None);
    assert_eq!(stdout(&out), format!("updated {}\n", snap.display()));
    assert_eq!(
        attrib(&["snapshot", "--check", &story], None).status.code(),
        Some(0)
    );

    // writes go through a temporary file and a rename: nothing else is left
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["story.txt", "story.txt.attrib.yaml"]);
}

#[test]
fn missing_snapshot_fails_the_check_and_dir_keeps_them_apart() {
    let dir = story_dir("dir");
    let story = dir.join("story.txt").to_string_lossy().into_owned();
    let out = attrib(&["snapshot", "--check", &story], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("no accepted snapshot"),
        "{}",
        stdout(&out)
    );

    let snaps = dir.join("snaps");
    let snaps_arg = snaps.to_string_lossy().into_owned();
    assert!(
        attrib(&["snapshot", "--dir", &snaps_arg, &story], None)
            .status
            .success()
    );
    let expected = snaps.join(format!("{}.attrib.yaml", story.trim_start_matches('/')));
    assert!(expected.exists(), "{expected:?}");
    assert_eq!(
        attrib(&["snapshot", "--check", "--dir", &snaps_arg, &story], None)
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn a_broken_snapshot_file_is_an_error_not_a_change() {
    let dir = story_dir("broken");
    let story = dir.join("story.txt").to_string_lossy().into_owned();
    std::fs::write(dir.join("story.txt.attrib.yaml"), "attributions: 12\n").unwrap();
    let out = attrib(&["snapshot", "--check", &story], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an attrib snapshot"),
        "{}",
        stderr(&out)
    );
}
