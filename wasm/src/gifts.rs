//! The gifts and hospitality check (Code of Conduct E3).

use crate::boundary;
use quorate_core::gifts::{self, GiftInput, GiftReport};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// May I accept this gift or hospitality? The rule that decided it first, every reason
/// that applied with its clause, the next question when an answer is missing, and what
/// to record in the register. The answers never leave the browser.
///
/// ```js
/// const report = checkGift({
///   constitution: "clackmannanshire-2019",
///   offer: { kind: "gift", value: 8, answers: { sought: "yes" } },
/// });
/// report.outcome; // "neverAccept"
/// report.citations; // ["clackmannanshire-2019 E3.1", …]
/// ```
#[wasm_bindgen(js_name = checkGift)]
pub fn check_gift(input: Ts<GiftInput>) -> Result<Ts<GiftReport>, JsValue> {
    boundary::call(input, gifts::check_gift)
}
