//! Public or private business for an agenda item.

use crate::boundary;
use quorate_core::openness::{self, OpennessInput, OpennessReport};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Is this agenda item taken in public or in private? Public by default; "private",
/// "the Chair may exclude the public", "the Chair decides" (special meetings) or
/// "undecided" (a condition to settle), with reasons and clauses.
///
/// ```js
/// const report = checkOpenness({
///   constitution: "inverclyde-mou",
///   item: { title: "Staffing review", matters: [{ exception: "personalInformation" }] },
/// });
/// report.outcome; // "private"
/// report.citations; // ["inverclyde-mou 4.5.1", "inverclyde-mou 4.5.2", …]
/// ```
#[wasm_bindgen(js_name = checkOpenness)]
pub fn check_openness(input: Ts<OpennessInput>) -> Result<Ts<OpennessReport>, JsValue> {
    boundary::call(input, openness::check_openness)
}
