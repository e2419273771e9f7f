use super::*;
use crate::constitution::{presets, ConstitutionSource};
use crate::error::{ErrorCode, Problems};
use crate::Answer;
use proptest::prelude::*;

const CLACKS: &str = "clackmannanshire-2019";

fn all_no(kind: GiftKind) -> GiftOffer {
    let no = Some(Answer::No);
    let hospitality = kind == GiftKind::Hospitality;
    GiftOffer {
        kind,
        recipient: GiftRecipient::Member,
        description: None,
        giver: None,
        value: Some(10.0),
        date: None,
        answers: GiftAnswers {
            sought: no,
            giver_stands_to_gain: no,
            giver_seeking_business: no,
            suspicion_of_influence: no,
            repeated: no,
            on_behalf_of_partnership: no,
            trivial_or_seasonal: if hospitality { None } else { no },
            normal_hospitality: if hospitality { no } else { None },
        },
    }
}

fn run(offer: GiftOffer) -> Result<GiftReport, crate::Error> {
    check_gift(&GiftInput {
        constitution: ConstitutionSource::Preset(CLACKS.to_string()),
        offer,
    })
}

fn cited(r: &GiftReport, clause: &str) -> bool {
    r.citations.iter().any(|c| c == &format!("{CLACKS} {clause}"))
}

#[test]
fn a_trivial_isolated_gift_under_the_line_may_be_accepted() {
    let mut o = all_no(GiftKind::Gift);
    o.answers.trivial_or_seasonal = Some(Answer::Yes);
    let r = run(o).unwrap();
    assert_eq!(r.outcome, GiftOutcome::MayAccept);
    assert_eq!(r.decided_by, Some(GiftRuleId::TrivialGifts));
    assert!(cited(&r, "E3.2(a)") && cited(&r, "E5.1"));
    let record = r.record.unwrap();
    assert_eq!(record.decision, "accepted");
    assert_eq!(record.category, GiftRegisterCategory::GiftsAndHospitality);
}

#[test]
fn over_the_value_line_a_trivial_gift_is_refused_by_default_and_says_why() {
    let mut o = all_no(GiftKind::Gift);
    o.answers.trivial_or_seasonal = Some(Answer::Yes);
    o.value = Some(50.01);
    let r = run(o).unwrap();
    assert_eq!(r.outcome, GiftOutcome::Refuse);
    assert_eq!(r.decided_by, Some(GiftRuleId::RefuseByDefault));
    assert!(r.reasons.iter().any(|x| x.text.contains("£50.01")), "{:?}", r.reasons);
}

#[test]
fn exactly_on_the_line_is_not_more_than_it() {
    let mut o = all_no(GiftKind::Gift);
    o.answers.trivial_or_seasonal = Some(Answer::Yes);
    o.value = Some(50.0);
    assert_eq!(run(o).unwrap().outcome, GiftOutcome::MayAccept);
}

#[test]
fn nothing_answered_asks_the_first_question() {
    let mut o = all_no(GiftKind::Gift);
    o.answers = GiftAnswers::default();
    let r = run(o).unwrap();
    assert_eq!(r.outcome, GiftOutcome::MoreAnswersNeeded);
    assert_eq!(r.next.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["sought"]);
    assert!(r.record.is_none());
}

#[test]
fn a_trivial_gift_with_no_value_asks_for_the_value() {
    let mut o = all_no(GiftKind::Gift);
    o.answers.trivial_or_seasonal = Some(Answer::Yes);
    o.value = None;
    let r = run(o).unwrap();
    assert_eq!(
        r.next.iter().map(|q| (q.id.as_str(), q.kind)).collect::<Vec<_>>(),
        [("value", crate::AnswerKind::Number)]
    );
}

#[test]
fn unsure_leads_to_advice_unless_a_must_not_rule_decides() {
    let mut o = all_no(GiftKind::Hospitality);
    o.answers.suspicion_of_influence = Some(Answer::Unsure);
    o.answers.normal_hospitality = Some(Answer::Yes);
    let r = run(o.clone()).unwrap();
    assert_eq!(r.outcome, GiftOutcome::SeekAdvice);
    assert!(cited(&r, "E1.3"));
    o.answers.giver_seeking_business = Some(Answer::Yes);
    assert_eq!(run(o).unwrap().outcome, GiftOutcome::Refuse);
}

#[test]
fn a_bad_value_is_a_coded_error_with_a_path() {
    for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.01, 2e9] {
        let mut o = all_no(GiftKind::Gift);
        o.value = Some(v);
        let e = run(o).unwrap_err();
        assert_eq!(e.code, ErrorCode::OutOfRange, "{v}");
        assert_eq!(e.path.as_deref(), Some("offer.value"), "{v}");
    }
}

#[test]
fn contradictory_answers_are_refused() {
    let mut o = all_no(GiftKind::Gift);
    o.recipient = GiftRecipient::SpouseOrCohabitee;
    o.answers.on_behalf_of_partnership = Some(Answer::Yes);
    let e = run(o).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("offer.answers.onBehalfOfPartnership"));
    let mut o = all_no(GiftKind::Hospitality);
    o.answers.trivial_or_seasonal = Some(Answer::Yes);
    assert_eq!(
        run(o).unwrap_err().path.as_deref(),
        Some("offer.answers.trivialOrSeasonal")
    );
}

#[test]
fn inverclyde_sets_no_gifts_rule_and_says_so() {
    let r = check_gift(&GiftInput {
        constitution: ConstitutionSource::Preset("inverclyde-mou".to_string()),
        offer: all_no(GiftKind::Gift),
    })
    .unwrap();
    assert_eq!(r.outcome, GiftOutcome::NoRule);
    assert_eq!(r.summary, "This constitution sets no gifts and hospitality rule.");
    assert_eq!(r.citations, vec!["inverclyde-mou 7.3".to_string()]);
}

#[test]
fn the_value_line_must_be_sensible() {
    let mut rule = presets::preset(CLACKS).unwrap().gifts.unwrap();
    let mut p = Problems::new();
    if let Some(t) = rule.trivial_gifts.as_mut() {
        t.value_limit = Some(0);
    }
    rule.never_seek.clear();
    validate_rule(&mut p, &rule);
    let paths: Vec<String> = p.into_vec().into_iter().map(|x| x.path).collect();
    assert_eq!(paths, vec!["gifts.neverSeek", "gifts.trivialGifts.valueLimit"]);
}

#[test]
fn pounds_are_written_as_people_write_them() {
    use super::report::pounds;
    assert_eq!(pounds(0.0), "£0");
    assert_eq!(pounds(12.5), "£12.50");
    assert_eq!(pounds(1234567.891), "£1,234,567.89");
    assert_eq!(pounds(999.999), "£1,000");
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Yes)),
        Just(Some(Answer::No)),
        Just(Some(Answer::Unsure)),
    ]
}

prop_compose! {
    fn any_offer()(
        kind in prop_oneof![
            Just(GiftKind::Gift), Just(GiftKind::Hospitality), Just(GiftKind::ReliefFromDebt),
            Just(GiftKind::LoanConcession), Just(GiftKind::ServicesBelowCost)
        ],
        recipient in prop_oneof![
            Just(GiftRecipient::Member), Just(GiftRecipient::SpouseOrCohabitee),
            Just(GiftRecipient::ControlledCompany), Just(GiftRecipient::PartnershipOfWhichPartner)
        ],
        value in prop::option::of(0.0f64..200.0),
        a in prop::array::uniform8(answer()),
    ) -> GiftOffer {
        let hospitality = kind == GiftKind::Hospitality;
        GiftOffer {
            kind, recipient, description: None, giver: None, value, date: None,
            answers: GiftAnswers {
                sought: a[0], giver_stands_to_gain: a[1], giver_seeking_business: a[2],
                suspicion_of_influence: a[3], repeated: a[4],
                on_behalf_of_partnership: if recipient == GiftRecipient::Member { a[5] } else { None },
                trivial_or_seasonal: if hospitality { None } else { a[6] },
                normal_hospitality: if hospitality { a[7] } else { None },
            },
        }
    }
}

fn accepts(o: GiftOutcome) -> bool {
    matches!(o, GiftOutcome::MayAccept | GiftOutcome::AcceptForPartnership)
}

proptest! {
    #[test]
    fn a_sought_gift_is_never_acceptable(mut o in any_offer()) {
        o.answers.sought = Some(Answer::Yes);
        let r = run(o).unwrap();
        prop_assert_eq!(r.outcome, GiftOutcome::NeverAccept);
        prop_assert_eq!(r.decided_by, Some(GiftRuleId::NeverSeek));
        prop_assert!(r.citations.iter().any(|c| c == "clackmannanshire-2019 E3.1"));
    }

    #[test]
    fn a_giver_who_stands_to_gain_never_turns_refuse_into_accept(o in any_offer()) {
        let before = run(o.clone()).unwrap().outcome;
        let mut with = o;
        with.answers.giver_stands_to_gain = Some(Answer::Yes);
        let after = run(with).unwrap().outcome;
        prop_assert!(matches!(after, GiftOutcome::Refuse | GiftOutcome::NeverAccept), "{:?}", after);
        if !accepts(before) {
            prop_assert!(!accepts(after));
        }
    }

    #[test]
    fn every_answer_is_explained_and_cited(o in any_offer()) {
        let r = run(o.clone()).unwrap();
        let decided = !matches!(r.outcome, GiftOutcome::MoreAnswersNeeded | GiftOutcome::NoRule);
        prop_assert_eq!(r.decided_by.is_some(), decided);
        prop_assert_eq!(!r.next.is_empty(), !decided);
        prop_assert_eq!(r.record.is_some(), decided);
        if decided {
            prop_assert!(!r.reasons.is_empty());
            prop_assert!(r.reasons.iter().all(|x| !x.cite.is_empty()));
        }
        prop_assert!(!r.citations.is_empty());
        if o.kind.is_benefit() && decided {
            prop_assert!(r.citations.iter().any(|c| c == "clackmannanshire-2019 E3.3"));
        }
    }

    #[test]
    fn no_answer_is_accepted_while_a_must_not_question_is_open(o in any_offer()) {
        let a = o.answers;
        let open = [a.sought, a.giver_stands_to_gain, a.giver_seeking_business, a.suspicion_of_influence]
            .iter()
            .any(|x| *x != Some(Answer::No));
        if open {
            prop_assert!(!accepts(run(o).unwrap().outcome));
        }
    }
}
