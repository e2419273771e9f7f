//! Schema version 1 is read as version 2, with the notice; newer versions are refused.

use super::{migrate, presets, validate, ConstitutionSource, SCHEMA_NOTE_TOPIC, SCHEMA_VERSION};
use crate::meeting::Headcount;

fn version_1() -> super::Constitution {
    let mut c = presets::preset("clackmannanshire-2019").unwrap();
    c.schema_version = 1;
    c
}

#[test]
fn presets_are_version_2_and_carry_no_notice() {
    for id in presets::ids() {
        let c = presets::preset(id).unwrap();
        assert_eq!(c.schema_version, SCHEMA_VERSION);
        assert!(c.schema_notes().is_empty(), "{id}");
        assert!(validate(&c).notices.is_empty(), "{id}");
    }
}

#[test]
fn version_1_is_valid_and_migrated_with_a_notice() {
    let c = version_1();
    let report = validate(&c);
    assert!(report.valid, "{report:?}");
    assert_eq!(report.notices.len(), 1);
    assert!(report.notices[0].text.starts_with("Read as schema version 2"));

    let source = ConstitutionSource::Custom(Box::new(c.clone()));
    let read = source.resolve().unwrap();
    assert_eq!(read.schema_version, 2);
    assert_eq!(read.notes[0].topic, SCHEMA_NOTE_TOPIC);
    // Every topic's notes start with the notice; the rules are unchanged.
    assert_eq!(read.notes_on("quorum")[0].text, read.notes[0].text);
    assert_eq!(read.quorum, c.quorum);
    assert_eq!(read.notes[1..], c.notes[..]);
    // A resident handle keeps the migrated copy.
    let resident = source.resident().unwrap();
    assert_eq!(resident.resolve().unwrap().schema_version, 2);
}

#[test]
fn migrating_twice_changes_nothing_more() {
    let mut c = version_1();
    assert!(migrate(&mut c));
    let once = c.clone();
    assert!(!migrate(&mut c));
    assert_eq!(c, once);
}

#[test]
fn newer_and_older_versions_are_refused() {
    for v in [0, 3, u32::MAX] {
        let mut c = version_1();
        c.schema_version = v;
        let report = validate(&c);
        assert!(!report.valid);
        assert_eq!(report.problems[0].path, "schemaVersion");
    }
}

#[test]
fn version_1_using_a_version_2_rule_is_refused() {
    let mut c = version_1();
    if let Some(q) = &mut c.quorum {
        q.headcount = Headcount::GreaterOf {
            of: vec![q.headcount.clone(), Headcount::Fixed { count: 3 }],
        };
    }
    let report = validate(&c);
    assert!(!report.valid);
    assert_eq!(report.problems[0].path, "quorum.headcount.kind");
    c.schema_version = 2;
    assert!(validate(&c).valid);
}
