//! Snapshot tests: `attrib claims` and `attrib check` on every fixture
//! article. A change here is reviewed line by line (`cargo insta review`).

mod common;

use common::{attrib, fixtures, stdout, with_snapshots};

#[test]
fn claims_of_every_fixture() {
    with_snapshots(|| {
        for name in fixtures() {
            let path = format!("tests/fixtures/{name}");
            let out = attrib(&["claims", &path], None);
            assert!(out.status.success(), "{name}: {}", common::stderr(&out));
            insta::assert_snapshot!(format!("claims-{name}"), stdout(&out));
        }
    });
}

#[test]
fn check_of_every_fixture() {
    with_snapshots(|| {
        for name in fixtures() {
            let path = format!("tests/fixtures/{name}");
            let out = attrib(&["check", &path], None);
            assert!(
                out.status.code() != Some(2),
                "{name}: {}",
                common::stderr(&out)
            );
            insta::assert_snapshot!(format!("check-{name}"), stdout(&out));
        }
    });
}
