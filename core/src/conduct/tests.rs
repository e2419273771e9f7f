//! Properties of the self-assessment and the register that no list of examples proves.

use super::answers::{Answers, AssessmentInput};
use super::assessment::{assess_conflict, AssessmentStatus};
use super::register::{validate_register, Register, RegisterCategory, RegisterEntry, RegisterInput};
use super::register_csv::{register_from_csv, register_to_csv};
use super::rule::QuestionId;
use crate::constitution::{presets, ConstitutionSource};
use crate::error::ErrorCode;
use crate::Answer;
use proptest::prelude::*;

const PRESETS: [&str; 2] = ["clackmannanshire-2019", "inverclyde-mou"];

/// SPEC 2.3, word for word.
const OBJECTIVE_TEST: &str = "a member of the public, with knowledge of the relevant facts, would reasonably regard the interest as so significant that it is likely to prejudice your discussion or decision making";

#[test]
fn both_presets_ask_the_objective_test_in_its_exact_words() {
    for id in PRESETS {
        let c = presets::preset(id).unwrap();
        let rule = c.interests.as_ref().expect("the preset has an interests section");
        let q = rule.question(QuestionId::ObjectiveTest).expect("objective test");
        assert!(q.text.contains(OBJECTIVE_TEST), "{id}: {}", q.text);
        for q in &rule.questions {
            assert!(!q.cite.is_empty(), "{id}: {:?} cites nothing", q.id);
        }
    }
}

fn input(preset: &str, answers: Answers) -> AssessmentInput {
    AssessmentInput {
        constitution: ConstitutionSource::Preset(preset.to_string()),
        member: Some("Cllr X".into()),
        item: Some("5".into()),
        item_title: None,
        category: None,
        answers,
    }
}

fn set(a: &mut Answers, id: QuestionId, v: Answer) {
    let slot = match id {
        QuestionId::Connection => &mut a.connection,
        QuestionId::ConnectionDescription => {
            a.connection_description = Some("a director of the applicant".into());
            return;
        }
        QuestionId::OwnOrganisationOnly => &mut a.own_organisation_only,
        QuestionId::PersonalBenefit => &mut a.personal_benefit,
        QuestionId::Loyalty => &mut a.loyalty,
        QuestionId::GiftFromInterestedParty => &mut a.gift_from_interested_party,
        QuestionId::Obligation => &mut a.obligation,
        QuestionId::ObjectiveTest => &mut a.objective_test,
        QuestionId::Dispensation => &mut a.dispensation,
        QuestionId::Transparency => &mut a.transparency,
        QuestionId::Approached => &mut a.approached,
    };
    *slot = Some(v);
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unsure)]
}

/// Answer whatever the engine asks, from `choices`, until it completes.
fn follow(preset: &str, choices: &[Answer]) -> (Answers, super::AssessmentReport) {
    let mut a = Answers::default();
    let mut choices = choices.iter().cycle();
    for _ in 0..12 {
        let report = assess_conflict(&input(preset, a.clone())).expect("asking only what is asked never contradicts");
        if report.status == AssessmentStatus::Complete {
            return (a, report);
        }
        assert!(!report.next.is_empty(), "in progress with nothing to ask");
        for q in &report.next {
            let id = QuestionId::ALL
                .into_iter()
                .find(|id| id.name() == q.id)
                .expect("a known question");
            set(&mut a, id, *choices.next().unwrap_or(&Answer::No));
        }
    }
    panic!("the assessment did not complete in 12 steps");
}

proptest! {
    #[test]
    fn answering_what_is_asked_always_reaches_an_outcome(
        preset in prop::sample::select(PRESETS.to_vec()),
        choices in prop::collection::vec(answer(), 1..12),
    ) {
        let (_, report) = follow(preset, &choices);
        prop_assert!(report.outcome.is_some());
        prop_assert!(report.next.is_empty());
        prop_assert!(!report.citations.is_empty());
        prop_assert!(report.reasons.iter().all(|r| !r.cite.is_empty()), "every reason cites a clause");
    }

    /// Answers to questions the path did not reach never change the outcome: either the
    /// result is the same, or the extra answer contradicts the path and is refused.
    #[test]
    fn irrelevant_answers_never_change_the_outcome(
        preset in prop::sample::select(PRESETS.to_vec()),
        choices in prop::collection::vec(answer(), 1..12),
        extra in prop::collection::vec((prop::sample::select(QuestionId::ALL.to_vec()), answer()), 0..6),
    ) {
        let (mut a, report) = follow(preset, &choices);
        let on_path: Vec<QuestionId> = report.answered.iter().map(|q| q.id).collect();
        let asked = presets::preset(preset).unwrap().interests.unwrap();
        for (id, v) in extra {
            if !on_path.contains(&id) && asked.question(id).is_some() && id != QuestionId::ConnectionDescription {
                set(&mut a, id, v);
            }
        }
        match assess_conflict(&input(preset, a)) {
            Ok(again) => {
                prop_assert_eq!(again.outcome, report.outcome);
                prop_assert_eq!(again.declaration, report.declaration);
                prop_assert_eq!(again.reasons, report.reasons);
            }
            Err(e) => prop_assert_eq!(e.code, ErrorCode::InconsistentAnswers),
        }
    }

    /// Any answers at all: a report or a coded error, never a panic.
    #[test]
    fn any_answers_get_a_report_or_a_coded_error(
        preset in prop::sample::select(PRESETS.to_vec()),
        given in prop::collection::vec((prop::sample::select(QuestionId::ALL.to_vec()), answer()), 0..12),
        description in prop::option::of("[ a-z]{0,8}"),
    ) {
        let mut a = Answers::default();
        for (id, v) in given {
            set(&mut a, id, v);
        }
        a.connection_description = description;
        if let Err(e) = assess_conflict(&input(preset, a)) {
            prop_assert!(matches!(e.code, ErrorCode::InconsistentAnswers | ErrorCode::UnknownReference | ErrorCode::InvalidInput));
            prop_assert!(e.path.is_some());
        }
    }

    #[test]
    fn a_valid_register_survives_a_csv_round_trip_exactly(register in register()) {
        let report = validate_register(&RegisterInput {
            constitution: ConstitutionSource::Preset("inverclyde-mou".into()),
            register: register.clone(),
        }).unwrap();
        prop_assume!(report.valid);
        let csv = register_to_csv(&register).unwrap();
        let back = register_from_csv(&csv).unwrap();
        prop_assert_eq!(back, register);
    }

    /// Whatever text arrives as CSV: a register or a coded error, never a panic.
    #[test]
    fn any_csv_text_gets_a_register_or_a_coded_error(text in "[a-z,;\"\r\n'=]{0,80}") {
        let header = "member,memberOrganisation,id,category,description,organisations,keywords\n";
        let _ = register_from_csv(&super::CsvText { csv: format!("{header}{text}") });
        let _ = register_from_csv(&super::CsvText { csv: text });
    }
}

/// Text a spreadsheet would mangle if it could: quotes, commas, line breaks, formulas.
fn awkward(min: usize) -> impl Strategy<Value = String> {
    prop::string::string_regex(&format!("[=+@'\\-]?[A-Za-z0-9 ,\"'\\n=+-]{{{min},12}}"))
        .expect("regex")
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn term() -> impl Strategy<Value = String> {
    "[=+@'-]?[A-Za-z0-9]{2,6}( [A-Za-z0-9,\"]{1,5}[A-Za-z0-9])?"
}

fn register() -> impl Strategy<Value = Register> {
    let entry = (
        prop::sample::select(RegisterCategory::ALL.to_vec()),
        awkward(1),
        prop::collection::vec(term(), 0..3),
        prop::collection::vec(term(), 0..3),
    );
    (
        awkward(1),
        prop::option::of(awkward(1)),
        prop::collection::vec(entry, 0..5),
    )
        .prop_map(|(member, organisation, entries)| Register {
            member,
            organisation,
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, (category, description, organisations, keywords))| RegisterEntry {
                    id: format!("e{i}"),
                    category,
                    description,
                    organisations,
                    keywords,
                })
                .collect(),
        })
}
