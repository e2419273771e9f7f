//! The JavaScript boundary: reading inputs, writing reports, throwing coded errors.
//!
//! Inputs are read as JSON text (`JSON.stringify`, then the same serde_json reader the
//! native build uses), so the WebAssembly build refuses exactly what the native build
//! refuses, with the same messages: unknown fields (which serde-wasm-bindgen would
//! silently skip), wrong types, nesting past serde_json's recursion limit. A malformed
//! call throws `roster.seats[2].class: unknown variant "vip", expected one of …` with
//! `code: "INVALID_INPUT"` and `path: "roster.seats[2].class"`. Nothing here panics: a
//! bad call throws, and the next call works.

use quorate_core::{Error, ErrorCode};
use serde::{de::DeserializeOwned, Serialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
// Numbers JSON cannot carry (NaN, ±Infinity) and BigInts become strings, so that the
// reader reports them as wrong types at their field path instead of reading null.
export function inputToJson(value) {
  return JSON.stringify(value, (key, v) =>
    (typeof v === "number" && !Number.isFinite(v)) || typeof v === "bigint" ? String(v) : v);
}
"#)]
extern "C" {
    /// `undefined` when the value has no JSON form (undefined, a function, a symbol).
    #[wasm_bindgen(catch, js_name = inputToJson)]
    fn input_to_json(value: &JsValue) -> Result<Option<String>, JsValue>;
}

/// Read a JavaScript value as `T`, or a coded error with the field path.
pub fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    match input_to_json(&value) {
        Ok(Some(text)) => quorate_core::json::from_str(&text),
        Ok(None) => Err(Error::at(
            ErrorCode::InvalidInput,
            "",
            "no input was given (or it has no JSON form)",
        )),
        // A cycle, or a getter that threw: the value cannot be read.
        Err(e) => {
            let why = js_sys::Error::from(e).message().as_string().unwrap_or_default();
            Err(Error::at(
                ErrorCode::InvalidInput,
                "",
                format!("the input could not be read as JSON: {why}"),
            ))
        }
    }
}

/// Write a report as a plain JavaScript object (maps as objects, `None` as `null`): JSON
/// text that the JavaScript engine parses in one go (reports hold no number JSON cannot
/// carry). One route for every report: measured, it is about twice as fast as building
/// the object a field at a time across the boundary, and it keeps a second serializer
/// (serde-wasm-bindgen, with its own instance per report type) out of the module.
pub fn write<T: Serialize + Tsify>(value: &T) -> Result<Ts<T>, JsValue> {
    to_js(value).map(Ts::new_unchecked).map_err(|why| {
        throwable(&Error::new(
            ErrorCode::InvalidInput,
            format!("could not return the result: {why}"),
        ))
    })
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    js_sys::JSON::parse(&text).map_err(|e| js_sys::Error::from(e).message().as_string().unwrap_or_default())
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
        if let Ok(problems) = to_js(&e.problems) {
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
