//! Priority selection: criteria sets, collaborative-gain scoring, combining partners'
//! scorecards, and CSV export.
//!
//! ```js
//! const report = scorePriorities({
//!   constitution: "inverclyde-mou",
//!   candidates: [{ id: "alcohol", name: "Alcohol harm" }, …],
//!   scorecards: [{ scorer: "A. Partner", organisation: "NHS GG&C", candidate: "alcohol",
//!                  collaborativeGain: "yes", scores: [{ criterion: "high-impact", score: 4 }, …] }, …],
//! });
//! report.portfolio.proposed; // ["alcohol", …]
//! report.sensitivity.nearest?.reason.text;
//! ```

use crate::boundary;
use quorate_core::constitution::ConstitutionSource;
use quorate_core::priorities::{
    self, CombineInput, CombineReport, PriorityCriteriaReport, PriorityInput, PriorityReport, ScorecardsCsv,
    ScorecardsFromCsvInput, ScorecardsRead, ScorecardsToCsvInput,
};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// A constitution's priority-selection method (criteria, scale, gates, portfolio limit),
/// or `selection: null` with the notes saying why. Takes a preset id or a constitution.
#[wasm_bindgen(js_name = priorityCriteria)]
pub fn priority_criteria(input: Ts<ConstitutionSource>) -> Result<Ts<PriorityCriteriaReport>, JsValue> {
    boundary::call(input, priorities::priority_criteria)
}

/// Score candidates: aggregates, weighted totals, ranking with ties, gates, portfolio,
/// disagreement and weight sensitivity, each explained with its clauses.
#[wasm_bindgen(js_name = scorePriorities)]
pub fn score_priorities(input: Ts<PriorityInput>) -> Result<Ts<PriorityReport>, JsValue> {
    boundary::call(input, priorities::score_priorities)
}

/// Merge partners' scorecard exports (JSON or CSV), report duplicates and unknown
/// references, and score the result.
#[wasm_bindgen(js_name = combineScorecards)]
pub fn combine_scorecards(input: Ts<CombineInput>) -> Result<Ts<CombineReport>, JsValue> {
    boundary::call(input, priorities::combine_scorecards)
}

/// Scorecards as CSV, one row per scorecard (reads back with `scorecardsFromCsv`).
#[wasm_bindgen(js_name = scorecardsToCsv)]
pub fn scorecards_to_csv(input: Ts<ScorecardsToCsvInput>) -> Result<Ts<ScorecardsCsv>, JsValue> {
    boundary::call(input, priorities::scorecards_to_csv)
}

/// Scorecards from CSV text written by `scorecardsToCsv` or a spreadsheet.
#[wasm_bindgen(js_name = scorecardsFromCsv)]
pub fn scorecards_from_csv(input: Ts<ScorecardsFromCsvInput>) -> Result<Ts<ScorecardsRead>, JsValue> {
    boundary::call(input, priorities::scorecards_from_csv)
}
