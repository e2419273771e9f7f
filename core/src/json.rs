//! Reading inputs from JSON text with field paths in the errors.
//!
//! The WebAssembly bindings read JavaScript values with the same path tracking; this is
//! the native twin, used by the scenario tests and by Rust callers holding JSON text.

use crate::error::{Error, ErrorCode};
use serde::de::DeserializeOwned;

/// Deserialize `text`, reporting `roster.seats[2].class: unknown variant …` on failure.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => de
            .end()
            .map(|()| value)
            .map_err(|e| Error::new(ErrorCode::InvalidInput, e.to_string())),
        Err(e) => Err(path_error(e.path().to_string(), e.into_inner().to_string())),
    }
}

/// Deserialize an already-parsed JSON value, with paths.
pub fn from_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| path_error(e.path().to_string(), e.into_inner().to_string()))
}

/// An `INVALID_INPUT` error from a serde path (`.` for the root) and serde's message.
pub fn path_error(path: String, message: String) -> Error {
    let path = if path == "." { String::new() } else { path };
    let text = if path.is_empty() {
        message.clone()
    } else {
        format!("{path}: {message}")
    };
    Error {
        code: ErrorCode::InvalidInput,
        message: text,
        path: Some(path),
        problems: Vec::new(),
    }
}
