//! Constitutions and presets.

use crate::boundary;
use quorate_core::constitution::{self, presets, Constitution, ValidationReport};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The ids of the presets that ship: `["clackmannanshire-2019", "inverclyde-mou"]`.
#[wasm_bindgen(js_name = presets)]
pub fn preset_ids() -> Vec<String> {
    presets::ids().into_iter().map(String::from).collect()
}

/// A preset constitution by id. Throws `UNKNOWN_PRESET` for an unknown id.
#[wasm_bindgen(js_name = preset)]
pub fn preset(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<Ts<Constitution>, JsValue> {
    let id: String = boundary::read(id).map_err(|e| boundary::throwable(&e))?;
    let c = presets::preset(&id).map_err(|e| boundary::throwable(&e))?;
    boundary::write(&c)
}

/// Validate a constitution: `{ valid, problems, summary }`, every problem with its path.
/// Never throws for a bad constitution: that is what it reports.
#[wasm_bindgen(js_name = validateConstitution)]
pub fn validate_constitution(value: Ts<Constitution>) -> Result<Ts<ValidationReport>, JsValue> {
    let report = match boundary::read::<Constitution>(value.js_value()) {
        Ok(c) => constitution::validate(&c),
        Err(e) => ValidationReport::unreadable(e),
    };
    boundary::write(&report)
}
