//! The meeting engine: quorum, chair, agenda items, votes, attendance register.

use crate::boundary;
use quorate_core::meeting::{self, QuorumInput, QuorumReport};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Is the meeting quorate? Who counts, who does not, and why, with the clauses.
#[wasm_bindgen(js_name = checkQuorum)]
pub fn check_quorum(input: Ts<QuorumInput>) -> Result<Ts<QuorumReport>, JsValue> {
    boundary::call(input, meeting::check_quorum)
}
