//! The JavaScript boundary: reading inputs, writing reports, throwing coded errors.
//!
//! Inputs are read with field-path tracking, so a malformed call throws
//! `roster.seats[2].class: unknown variant "vip", expected one of …` with
//! `code: "INVALID_INPUT"` and `path: "roster.seats[2].class"`. Nothing here panics:
//! a bad call throws, and the next call works.

use quorate_core::{Error, ErrorCode};
use serde::{de::DeserializeOwned, Serialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// Read a JavaScript value as `T`, or a coded `INVALID_INPUT` error with the field path.
pub fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    let de = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        quorate_core::json::path_error(path, serde_message(e.into_inner()))
    })
}

/// serde's message without the `Error: ` that a JavaScript `Error`'s text starts with, so
/// that the message is the same as the native build's.
fn serde_message(e: serde_wasm_bindgen::Error) -> String {
    let value: JsValue = e.into();
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => value.as_string().unwrap_or_else(|| format!("{value:?}")),
    }
}

/// Write a report as a plain JavaScript object (maps as objects, `None` as `null`).
pub fn write<T: Serialize + Tsify>(value: &T) -> Result<Ts<T>, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map(Ts::new_unchecked).map_err(|e| {
        throwable(&Error::new(
            ErrorCode::InvalidInput,
            format!("could not return the result: {e}"),
        ))
    })
}

/// Run an engine on a JavaScript input: read, compute, write, and throw on any error.
pub fn call<I, O>(input: Ts<I>, engine: impl FnOnce(&I) -> Result<O, Error>) -> Result<Ts<O>, JsValue>
where
    I: Tsify + DeserializeOwned,
    O: Tsify + Serialize,
{
    let input: I = read(input.js_value()).map_err(|e| throwable(&e))?;
    let output = engine(&input).map_err(|e| throwable(&e))?;
    write(&output)
}

/// A real `Error` object with `code`, `path` and `problems` set, as the TypeScript
/// declaration `QuorateError` describes.
pub fn throwable(e: &Error) -> JsValue {
    let error = js_sys::Error::new(&e.message);
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error object cannot fail; ignore the Result.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &value);
    };
    set("name", JsValue::from_str("QuorateError"));
    set("code", JsValue::from_str(e.code.as_str()));
    if let Some(path) = &e.path {
        set("path", JsValue::from_str(path));
    }
    if !e.problems.is_empty() {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(problems) = e.problems.serialize(&serializer) {
            set("problems", problems);
        }
    }
    error.into()
}

#[wasm_bindgen(typescript_custom_section)]
const TS_ERROR: &'static str = r#"
/**
 * Every function throws a `QuorateError` (a real `Error`) instead of returning a
 * wrong answer: `code` is stable, `message` is plain English, and `path` names the
 * field at fault (`roster.seats[2].class`).
 */
export interface QuorateError extends Error {
  name: "QuorateError";
  code: ErrorCode;
  path?: string;
  problems?: Problem[];
}
"#;
