//! The code of conduct: the conflict-of-interest self-assessment and the register of
//! interests. Everything here is a pure function: answers and registers stay in the
//! browser.
//!
//! ```js
//! let report = assessConflict({ constitution: "clackmannanshire-2019", member: "Cllr Jane Smith",
//!   item: "5", answers: { connection: "yes" } });
//! report.next[0].id; // "connectionDescription"
//! ```

use crate::boundary;
use quorate_core::conduct;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The constitution's self-assessment questions, in stage order, with help and clauses.
#[wasm_bindgen(js_name = conflictQuestions)]
pub fn conflict_questions(input: Ts<conduct::QuestionsInput>) -> Result<Ts<conduct::QuestionSet>, JsValue> {
    boundary::call(input, conduct::conflict_questions)
}

/// Given the answers so far: the next question(s), or the outcome with reasons, clauses
/// and minute wording. Contradictory answers throw `INCONSISTENT_ANSWERS` naming the answer.
#[wasm_bindgen(js_name = assessConflict)]
pub fn assess_conflict(input: Ts<conduct::AssessmentInput>) -> Result<Ts<conduct::AssessmentReport>, JsValue> {
    boundary::call(input, conduct::assess_conflict)
}

/// Check a member's register of interests: every problem with its path, and the count in
/// each of the nine categories.
#[wasm_bindgen(js_name = validateRegister)]
pub fn validate_register(input: Ts<conduct::RegisterInput>) -> Result<Ts<conduct::RegisterReport>, JsValue> {
    boundary::call(input, conduct::validate_register)
}

/// Which agenda items touch which registered interests, and where each item's
/// self-assessment starts.
#[wasm_bindgen(js_name = checkAgendaAgainstRegister)]
pub fn check_agenda_against_register(
    input: Ts<conduct::AgendaCheckInput>,
) -> Result<Ts<conduct::AgendaCheckReport>, JsValue> {
    boundary::call(input, conduct::check_agenda_against_register)
}

/// A register as CSV (one row per entry) for spreadsheets: `{ csv }`.
#[wasm_bindgen(js_name = registerToCsv)]
pub fn register_to_csv(input: Ts<conduct::Register>) -> Result<Ts<conduct::CsvText>, JsValue> {
    boundary::call(input, conduct::register_to_csv)
}

/// A register read back from `{ csv }`, validated; the exact inverse of `registerToCsv`.
#[wasm_bindgen(js_name = registerFromCsv)]
pub fn register_from_csv(input: Ts<conduct::CsvText>) -> Result<Ts<conduct::Register>, JsValue> {
    boundary::call(input, conduct::register_from_csv)
}
