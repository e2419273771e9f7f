use super::*;
use crate::constitution::{presets, ConstitutionSource};
use crate::error::{ErrorCode, Problems};
use crate::Answer;
use proptest::prelude::*;

const CLACKS: &str = "clackmannanshire-2019";
const INVERCLYDE: &str = "inverclyde-mou";

fn matter(id: &str, condition_met: Option<Answer>) -> OpennessMatter {
    OpennessMatter {
        exception: id.to_string(),
        condition_met,
    }
}

fn run(preset: &str, meeting: OpennessMeeting, matters: Vec<OpennessMatter>) -> Result<OpennessReport, crate::Error> {
    check_openness(&OpennessInput {
        constitution: ConstitutionSource::Preset(preset.to_string()),
        item: OpennessItem {
            title: None,
            meeting,
            matters,
        },
    })
}

#[test]
fn ordinary_business_is_public_under_both_presets() {
    for (preset, clause) in [(CLACKS, "B7.2"), (INVERCLYDE, "4.5.1")] {
        let r = run(preset, OpennessMeeting::Regular, vec![]).unwrap();
        assert_eq!(r.outcome, OpennessOutcome::Public);
        assert_eq!(r.private, Some(false));
        assert_eq!(r.papers, Some(PaperAccess::Public));
        assert!(r.citations.contains(&format!("{preset} {clause}")));
    }
}

#[test]
fn every_inverclyde_exception_is_private() {
    let rule = presets::preset(INVERCLYDE).unwrap().openness.unwrap();
    for e in &rule.exceptions {
        let met = e.only_if.as_ref().map(|_| Answer::Yes);
        let r = run(INVERCLYDE, OpennessMeeting::Regular, vec![matter(&e.id, met)]).unwrap();
        assert_eq!(r.outcome, OpennessOutcome::Private, "{}", e.id);
        assert_eq!(r.papers, Some(PaperAccess::Restricted));
        assert!(r.who_leaves.is_some());
        assert!(r.citations.contains(&"inverclyde-mou 4.5.2".to_string()));
    }
}

#[test]
fn commercial_information_is_private_only_where_release_would_prejudice_negotiations() {
    let id = "commercialInformation";
    let outcome = |a| run(INVERCLYDE, OpennessMeeting::Regular, vec![matter(id, a)]).unwrap();
    assert_eq!(outcome(Some(Answer::No)).outcome, OpennessOutcome::Public);
    let open = outcome(None);
    assert_eq!(open.outcome, OpennessOutcome::Undecided);
    assert_eq!(open.next.len(), 1);
    assert_eq!(outcome(Some(Answer::Unsure)).outcome, OpennessOutcome::Undecided);
    // A firmer exception settles it whatever the condition.
    let both = run(
        INVERCLYDE,
        OpennessMeeting::Regular,
        vec![matter(id, None), matter("legalInformation", None)],
    )
    .unwrap();
    assert_eq!(both.outcome, OpennessOutcome::Private);
    assert_eq!(both.exceptions, vec!["legalInformation".to_string()]);
}

#[test]
fn clackmannanshire_lets_the_chair_exclude_rather_than_requiring_private() {
    let r = run(CLACKS, OpennessMeeting::Regular, vec![matter("personalPrivacy", None)]).unwrap();
    assert_eq!(r.outcome, OpennessOutcome::ChairMayExclude);
    assert_eq!(r.private, None);
    assert_eq!(r.papers, Some(PaperAccess::MayBeRestricted));
    assert!(r.citations.contains(&"clackmannanshire-2019 B7.3".to_string()));
}

#[test]
fn special_meetings() {
    let r = run(CLACKS, OpennessMeeting::Special, vec![]).unwrap();
    assert_eq!(r.outcome, OpennessOutcome::ChairDecides);
    assert!(r.citations.contains(&"clackmannanshire-2019 B7.4".to_string()));
    let r = run(INVERCLYDE, OpennessMeeting::Special, vec![]).unwrap();
    assert_eq!(r.outcome, OpennessOutcome::Public);
    assert!(r
        .reasons
        .iter()
        .any(|x| x.text.contains("no separate rule for special meetings")));
}

#[test]
fn bad_items_are_coded_errors_with_paths() {
    let e = run(INVERCLYDE, OpennessMeeting::Regular, vec![matter("gossip", None)]).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_deref()),
        (ErrorCode::UnknownReference, Some("item.matters[0].exception"))
    );
    let twice = vec![matter("legalInformation", None), matter("legalInformation", None)];
    let e = run(INVERCLYDE, OpennessMeeting::Regular, twice).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_deref()),
        (ErrorCode::DuplicateId, Some("item.matters[1].exception"))
    );
    let e = run(
        INVERCLYDE,
        OpennessMeeting::Regular,
        vec![matter("legalInformation", Some(Answer::Yes))],
    )
    .unwrap_err();
    assert_eq!(e.path.as_deref(), Some("item.matters[0].conditionMet"));
    let many = (0..=MAX_EXCEPTIONS).map(|_| matter("legalInformation", None)).collect();
    let e = run(INVERCLYDE, OpennessMeeting::Regular, many).unwrap_err();
    assert_eq!(e.code, ErrorCode::TooLarge);
}

#[test]
fn a_constitution_without_an_openness_rule_says_so() {
    let mut c = presets::preset(INVERCLYDE).unwrap();
    c.openness = None;
    let r = check_openness(&OpennessInput {
        constitution: ConstitutionSource::Custom(Box::new(c)),
        item: OpennessItem::default(),
    })
    .unwrap();
    assert_eq!(r.outcome, OpennessOutcome::NoRule);
}

#[test]
fn the_rule_is_validated() {
    let mut rule = presets::preset(CLACKS).unwrap().openness.unwrap();
    rule.exceptions[1].id = rule.exceptions[0].id.clone();
    rule.exceptions[2].cite.clear();
    let mut p = Problems::new();
    validate_rule(&mut p, &rule);
    let paths: Vec<String> = p.into_vec().into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["openness.exceptions[1].id", "openness.exceptions[2].cite"]);
}

fn matters(preset: &'static str) -> impl Strategy<Value = Vec<OpennessMatter>> {
    let rule = presets::preset(preset).unwrap().openness.unwrap();
    let choices: Vec<(String, bool)> = rule
        .exceptions
        .iter()
        .map(|e| (e.id.clone(), e.only_if.is_some()))
        .collect();
    prop::sample::subsequence(choices.clone(), 0..=choices.len()).prop_flat_map(|chosen| {
        chosen
            .into_iter()
            .map(|(id, conditional)| {
                let answers = if conditional {
                    prop_oneof![
                        Just(None),
                        Just(Some(Answer::Yes)),
                        Just(Some(Answer::No)),
                        Just(Some(Answer::Unsure))
                    ]
                    .boxed()
                } else {
                    Just(None).boxed()
                };
                answers.prop_map(move |a| matter(&id, a))
            })
            .collect::<Vec<_>>()
    })
}

fn meeting() -> impl Strategy<Value = OpennessMeeting> {
    prop_oneof![Just(OpennessMeeting::Regular), Just(OpennessMeeting::Special)]
}

proptest! {
    #[test]
    fn public_when_no_exception_applies(m in matters(INVERCLYDE), kind in meeting()) {
        let r = run(INVERCLYDE, kind, m).unwrap();
        prop_assert_eq!(r.exceptions.is_empty() && r.next.is_empty(), r.outcome == OpennessOutcome::Public);
        prop_assert!(!r.citations.is_empty() && !r.reasons.is_empty());
    }

    #[test]
    fn clackmannanshire_never_requires_private(m in matters(CLACKS), kind in meeting()) {
        let r = run(CLACKS, kind, m.clone()).unwrap();
        prop_assert_ne!(r.outcome, OpennessOutcome::Private);
        let expected = match (kind, m.is_empty()) {
            (OpennessMeeting::Special, _) => OpennessOutcome::ChairDecides,
            (_, true) => OpennessOutcome::Public,
            _ => OpennessOutcome::ChairMayExclude,
        };
        prop_assert_eq!(r.outcome, expected);
    }

    #[test]
    fn another_matter_never_makes_a_private_item_public(m in matters(INVERCLYDE)) {
        let before = run(INVERCLYDE, OpennessMeeting::Regular, m.clone()).unwrap().outcome;
        for e in ["personalInformation", "legalInformation"] {
            if m.iter().any(|x| x.exception == e) { continue; }
            let mut more = m.clone();
            more.push(matter(e, None));
            let after = run(INVERCLYDE, OpennessMeeting::Regular, more).unwrap().outcome;
            prop_assert_eq!(after, OpennessOutcome::Private);
            if before == OpennessOutcome::Private { prop_assert_eq!(after, before); }
        }
    }
}
