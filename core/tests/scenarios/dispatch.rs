//! Scenario `function` names (the JavaScript export names) mapped to the native engines.

use quorate_core::{calendar, conduct, constitution, gifts, meeting, openness, priorities, Error};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

fn run<I: DeserializeOwned, O: Serialize>(
    input: &Value,
    engine: impl FnOnce(&I) -> Result<O, Error>,
) -> Result<Value, Error> {
    // From JSON text, exactly as the WebAssembly boundary reads a JavaScript value.
    let input: I = quorate_core::json::from_str(&input.to_string())?;
    let output = engine(&input)?;
    Ok(serde_json::to_value(output).expect("reports serialise"))
}

/// `None` when no engine is registered under `function`.
pub fn dispatch(function: &str, input: &Value) -> Option<Result<Value, Error>> {
    Some(match function {
        "preset" => run(input, |id: &String| constitution::presets::preset(id)),
        "validateConstitution" => Ok(
            serde_json::to_value(match quorate_core::json::from_str(&input.to_string()) {
                Ok(c) => constitution::validate(&c),
                Err(e) => constitution::ValidationReport::unreadable(e),
            })
            .expect("reports serialise"),
        ),
        "checkQuorum" => run(input, meeting::check_quorum),
        "checkChair" => run(input, meeting::check_chair),
        "checkAgenda" => run(input, meeting::check_agenda),
        "decideVote" => run(input, meeting::decide_vote),
        "attendanceReport" => run(input, meeting::attendance_report),
        "draftMinute" => run(input, meeting::draft_minute),
        "bankHolidays" => run(input, calendar::bank_holidays),
        "isWorkingDay" => run(input, calendar::is_working_day),
        "addWorkingDays" => run(input, calendar::add_working_days),
        "workingDaysBetween" => run(input, calendar::working_days_between),
        "papersTimeline" => run(input, calendar::papers_timeline),
        "meetingSchedule" => run(input, calendar::meeting_schedule),
        "scheduleIcs" => run(input, calendar::schedule_ics),
        "priorityCriteria" => run(input, priorities::priority_criteria),
        "scorePriorities" => run(input, priorities::score_priorities),
        "combineScorecards" => run(input, priorities::combine_scorecards),
        "scorecardsToCsv" => run(input, priorities::scorecards_to_csv),
        "scorecardsFromCsv" => run(input, priorities::scorecards_from_csv),
        "checkGift" => run(input, gifts::check_gift),
        "checkOpenness" => run(input, openness::check_openness),
        "conflictQuestions" => run(input, conduct::conflict_questions),
        "assessConflict" => run(input, conduct::assess_conflict),
        "validateRegister" => run(input, conduct::validate_register),
        "checkAgendaAgainstRegister" => run(input, conduct::check_agenda_against_register),
        "registerToCsv" => run(input, conduct::register_to_csv),
        "registerFromCsv" => run(input, conduct::register_from_csv),
        // Register new engines here, one line each.
        _ => return None,
    })
}
