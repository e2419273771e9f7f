//! The reader's field paths against `serde_path_to_error`'s, the oracle: every scenario
//! input, mutated as values (wrong types, removed and added keys, impossible dates) and
//! as text (cut short, a byte inserted, removed or replaced), must fail, or not, with the
//! same code, message and path from `quorate_core::json::from_str` as from a reader that
//! tracks the path through every deserializer (or, for an unknown field in a part of an
//! internally tagged enum, a path inside the oracle's: see [`inside_a_part`]).

use super::no_panic::{apply, mutation, paths};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use quorate_core::{calendar, conduct, constitution, gifts, json, meeting, openness, priorities, Error, ErrorCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).map(str::to_string).unwrap_or(text)
}

/// The reader as it was: serde_path_to_error around serde_json.
fn oracle<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| json::path_error(e.path().to_string(), without_position(e.inner())))?;
    de.end()
        .map_err(|e| Error::new(ErrorCode::InvalidInput, without_position(&e)))?;
    Ok(value)
}

fn same<I: DeserializeOwned, O>(text: &str, _engine: impl FnOnce(&I) -> Result<O, Error>) -> Result<(), String> {
    let seen = |r: Result<I, Error>| r.map(|_| ()).map_err(|e| (e.code, e.message, e.path));
    let (ours, theirs) = (seen(json::from_str::<I>(text)), seen(oracle::<I>(text)));
    if ours == theirs || inside_a_part(&ours, &theirs) {
        Ok(())
    } else {
        Err(format!("{text}\n  reader: {ours:?}\n  oracle: {theirs:?}"))
    }
}

type Seen = Result<(), (ErrorCode, String, Option<String>)>;

/// Where the reader is more exact than the oracle: an unknown field in a part of an
/// internally tagged enum read from a buffered copy (a `greaterOf` headcount's parts) is
/// reported at the part (`quorum.headcount.of[1]`), where serde_path_to_error stops at the
/// outermost enum (`quorum.headcount`). The same code and message, at a path inside.
fn inside_a_part(ours: &Seen, theirs: &Seen) -> bool {
    let (Err((code, message, Some(path))), Err((their_code, their_message, Some(their_path)))) = (ours, theirs) else {
        return false;
    };
    let inside = path
        .strip_prefix(their_path.as_str())
        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['));
    let said = |path: &str, message: &str| {
        message
            .strip_prefix(path)
            .and_then(|m| m.strip_prefix(": "))
            .map(str::to_string)
    };
    let (own, their_own) = (said(path, message), said(their_path, their_message));
    code == their_code
        && inside
        && own.is_some()
        && own == their_own
        && own.as_deref().is_some_and(|m| m.starts_with("unknown field `"))
}

/// Compare the two readers on `text` as the input of `function`.
fn compare(function: &str, text: &str) -> Result<(), String> {
    match function {
        "preset" => same(text, |id: &String| constitution::presets::preset(id)),
        "validateConstitution" => same(text, |c: &constitution::Constitution| {
            Ok::<_, Error>(constitution::validate(c))
        }),
        "checkQuorum" => same(text, meeting::check_quorum),
        "checkChair" => same(text, meeting::check_chair),
        "checkAgenda" => same(text, meeting::check_agenda),
        "decideVote" => same(text, meeting::decide_vote),
        "attendanceReport" => same(text, meeting::attendance_report),
        "draftMinute" => same(text, meeting::draft_minute),
        "bankHolidays" => same(text, calendar::bank_holidays),
        "isWorkingDay" => same(text, calendar::is_working_day),
        "addWorkingDays" => same(text, calendar::add_working_days),
        "workingDaysBetween" => same(text, calendar::working_days_between),
        "papersTimeline" => same(text, calendar::papers_timeline),
        "meetingSchedule" => same(text, calendar::meeting_schedule),
        "scheduleIcs" => same(text, calendar::schedule_ics),
        "priorityCriteria" => same(text, priorities::priority_criteria),
        "scorePriorities" => same(text, priorities::score_priorities),
        "combineScorecards" => same(text, priorities::combine_scorecards),
        "scorecardsToCsv" => same(text, priorities::scorecards_to_csv),
        "scorecardsFromCsv" => same(text, priorities::scorecards_from_csv),
        "checkGift" => same(text, gifts::check_gift),
        "checkOpenness" => same(text, openness::check_openness),
        "conflictQuestions" => same(text, conduct::conflict_questions),
        "assessConflict" => same(text, conduct::assess_conflict),
        "validateRegister" => same(text, conduct::validate_register),
        "checkAgendaAgainstRegister" => same(text, conduct::check_agenda_against_register),
        "registerToCsv" => same(text, conduct::register_to_csv),
        "registerFromCsv" => same(text, conduct::register_from_csv),
        other => Err(format!("no input type registered for {other}")),
    }
}

/// Every case with its input and both presets as constitutions.
fn cases() -> Vec<(String, Value)> {
    let mut out = super::all_cases();
    for id in ["clackmannanshire-2019", "inverclyde-2024"] {
        if let Ok(c) = constitution::presets::preset(id) {
            out.push((
                "validateConstitution".to_string(),
                serde_json::to_value(c).unwrap_or_default(),
            ));
        }
    }
    out
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn every_scenario_input_reads_alike() {
    for (function, input) in cases() {
        compare(&function, &input.to_string()).unwrap();
        compare(&function, &serde_json::to_string_pretty(&input).unwrap_or_default()).unwrap();
    }
}

#[test]
fn mutated_values_have_the_oracles_paths() {
    let cases = cases();
    let strategy = (0..cases.len(), any::<prop::sample::Index>(), mutation(), any::<bool>());
    runner(6_000)
        .run(&strategy, |(which, pick, m, pretty)| {
            let (function, input) = &cases[which];
            let mut all = vec![Vec::new()];
            paths(input, &mut Vec::new(), &mut all);
            let mutated = apply(input, &all[pick.index(all.len())], &m);
            let text = if pretty {
                serde_json::to_string_pretty(&mutated).unwrap_or_default()
            } else {
                mutated.to_string()
            };
            compare(function, &text).map_err(TestCaseError::fail)
        })
        .unwrap();
}

#[derive(Debug, Clone)]
enum Edit {
    Cut,
    Insert(char),
    Remove,
    Replace(char),
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop::sample::select(vec![
        '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '1', '-', '.', 'e', 'x', 't', 'n', '\u{1}', 'é',
    ]);
    prop_oneof![
        Just(Edit::Cut),
        byte.clone().prop_map(Edit::Insert),
        Just(Edit::Remove),
        byte.prop_map(Edit::Replace),
    ]
}

#[test]
fn edited_text_has_the_oracles_paths() {
    let cases = cases();
    let strategy = (
        0..cases.len(),
        any::<prop::sample::Index>(),
        prop::collection::vec(edit(), 1..3),
        any::<bool>(),
    );
    runner(6_000)
        .run(&strategy, |(which, pick, edits, pretty)| {
            let (function, input) = &cases[which];
            let mut text = if pretty {
                serde_json::to_string_pretty(input).unwrap_or_default()
            } else {
                input.to_string()
            };
            for e in &edits {
                let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let at = bounds[pick.index(bounds.len())];
                let next = bounds.iter().find(|&&b| b > at).copied();
                match (e, next) {
                    (Edit::Cut, _) => text.truncate(at),
                    (Edit::Insert(c), _) => text.insert(at, *c),
                    (Edit::Remove, Some(n)) => text.replace_range(at..n, ""),
                    (Edit::Replace(c), Some(n)) => text.replace_range(at..n, &c.to_string()),
                    _ => {}
                }
            }
            compare(function, &text).map_err(TestCaseError::fail)
        })
        .unwrap();
}

/// The places where the offset serde_json reports sits at a key or a closing brace.
#[test]
fn keys_braces_and_ends() {
    let texts = [
        r#"{"constitution":"clackmannanshire-2019","roster":{"seats":[]},"extra":1}"#,
        r#"{"constitution":"clackmannanshire-2019","extra" : 1}"#,
        r#"{"constitution":"clackmannanshire-2019"}"#,
        r#"{"constitution":"clackmannanshire-2019" , "constitution":"x"}"#,
        r#"{"constitution":[["x"]]}"#,
        r#"{"constitution":[1]}"#,
        r#"{"constitution":[]}"#,
        r#"{"constitution":{}}"#,
        r#"{"constitution":{"id":1}}"#,
        r#"{"constitution":"clackmannanshire-2019","roster":{"seats":[{}]}}"#,
        r#"{"constitution":"clackmannanshire-2019","roster":{"seats":[{"id":"a","class":{}}]}}"#,
        r#"{"constitution":"clackmannanshire-2019","roster":{"seats":[{"id":"a","class":{"vip":1}}]}}"#,
        r#"{"constitution":"clackmannanshire-2019","roster":{"seats":[{"id":"a","class":"vip"}]}}"#,
        r#"[]"#,
        r#"{"#,
        r#"{"a"#,
        r#"{"constitution":"clackmannanshire-2019",}"#,
        r#"{"constitution":"clackmannanshire-2019"} x"#,
        "{\"constitution\":\n\"clackmannanshire-2019\",\n\"roster\": 5\n}",
    ];
    for text in texts {
        compare("checkQuorum", text).unwrap();
    }
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    compare("checkQuorum", &deep).unwrap();
    compare("checkQuorum", &format!(r#"{{"constitution":{deep}}}"#)).unwrap();
    for date in [
        r#"{"date":"2026-02-30"}"#,
        r#"{"date":"2026-02-30" }"#,
        r#"{"date":"2026-02-30","extra":1}"#,
    ] {
        compare("isWorkingDay", date).unwrap();
    }
}
