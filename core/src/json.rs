//! Reading inputs from JSON text with field paths in the errors.
//!
//! The WebAssembly bindings read JavaScript values with the same path tracking; this is
//! the native twin, used by the scenario tests and by Rust callers holding JSON text.

use crate::error::{Error, ErrorCode};
use serde::de::DeserializeOwned;

/// Deserialize `text`, reporting `roster.seats[2].class: unknown variant …` on failure.
/// Nesting deeper than serde_json's recursion limit (128) is refused, not overflowed.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| path_error(e.path().to_string(), without_position(e.inner())))?;
    de.end()
        .map_err(|e| Error::new(ErrorCode::InvalidInput, without_position(&e)))?;
    Ok(value)
}

/// serde_json's message without " at line 1 column 57": callers passed a value, not text,
/// and the message must read the same as for a parsed value.
fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).map(str::to_string).unwrap_or(text)
}

/// An error from a serde path (`.` for the root) and serde's message: `INVALID_DATE` for a
/// malformed date, `INVALID_INPUT` for anything else.
pub fn path_error(path: String, message: String) -> Error {
    let path = if path == "." { String::new() } else { path };
    let code = if message.starts_with(crate::date::INVALID_DATE_PREFIX) {
        ErrorCode::InvalidDate
    } else {
        ErrorCode::InvalidInput
    };
    let text = if path.is_empty() {
        message
    } else {
        format!("{path}: {message}")
    };
    Error {
        code,
        message: text,
        path: Some(path),
        problems: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn impossible_dates_are_invalid_date() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct D {
            date: crate::date::IsoDate,
        }
        let e = super::from_str::<Vec<D>>(r#"[{ "date": "2026-02-30" }]"#).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (crate::ErrorCode::InvalidDate, Some("[0].date")),
            "{e:?}"
        );
        let e = super::from_str::<D>(r#"{ "date": "3 May" }"#).unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::InvalidDate, "{e:?}");
    }
}
