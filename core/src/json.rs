//! Reading inputs from JSON text with field paths in the errors.
//!
//! The WebAssembly boundary reads every JavaScript value through this (as
//! `JSON.stringify` text); the scenario tests and Rust callers holding JSON text use it
//! directly. Inputs are read by plain serde_json; only when that fails is the field path
//! worked out, from where in the text serde_json stopped (`path`).

mod path;

pub(crate) use path::CONSTITUTION_EXPECTING;

use crate::error::{Error, ErrorCode};
use serde::de::DeserializeOwned;

/// Deserialize `text`, reporting `roster.seats[2].class: unknown variant …` on failure.
/// Nesting deeper than serde_json's recursion limit (128) is refused, not overflowed.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut de).map_err(|e| {
        let message = without_position(&e);
        let path = match path::of_error(text, &e, &message) {
            (_, Some(probe)) if is_enum::<T>(text, probe.open) => probe.if_enum,
            (path, _) => path,
        };
        path_error(path, message)
    })?;
    de.end()
        .map_err(|e| Error::new(ErrorCode::InvalidInput, without_position(&e)))?;
    Ok(value)
}

/// Whether the object whose `{` is at byte `open` of `text` is read as an enum: the same
/// text up to it, then `}`, which an enum refuses as "expected value" right there (a struct
/// or a map reads `{}`). Asked only for malformed text.
fn is_enum<T: DeserializeOwned>(text: &str, open: usize) -> bool {
    let Some(prefix) = text.get(..=open) else {
        return false;
    };
    let probe = format!("{prefix}}}");
    let mut de = serde_json::Deserializer::from_str(&probe);
    match T::deserialize(&mut de) {
        Ok(_) => false,
        Err(e) => {
            e.classify() == serde_json::error::Category::Syntax
                && without_position(&e) == "expected value"
                && path::offset_of(&probe, &e) == probe.len()
        }
    }
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

/// An internally tagged enum (`#[serde(tag = "kind", remote = "Self")]`), read from
/// inside a visitor: serde reads the variant's fields from a buffered copy after the
/// object is read, and an error there (`rule: invalid date …`) would otherwise carry the
/// position of whatever encloses the enum. The derived code does the reading; messages
/// are serde's own.
pub(crate) trait Tagged: Sized {
    /// serde's words for the enum: `internally tagged enum Headcount`.
    const EXPECTING: &'static str;
    fn derived<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

pub(crate) fn tagged<'de, D: serde::Deserializer<'de>, T: Tagged>(d: D) -> Result<T, D::Error> {
    use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
    use serde::de::{MapAccess, SeqAccess, Visitor};
    struct InVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Tagged> Visitor<'de> for InVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::derived(MapAccessDeserializer::new(map))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
            T::derived(SeqAccessDeserializer::new(seq))
        }
    }
    d.deserialize_any(InVisitor(std::marker::PhantomData))
}

/// `Serialize`, `Deserialize` (through [`tagged`]) for an enum derived with
/// `#[serde(tag = "kind", remote = "Self")]`.
macro_rules! internally_tagged {
    ($ty:ident) => {
        impl $crate::json::Tagged for $ty {
            const EXPECTING: &'static str = concat!("internally tagged enum ", stringify!($ty));
            fn derived<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $ty::deserialize(d)
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::json::tagged(d)
            }
        }
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, s)
            }
        }
    };
}
pub(crate) use internally_tagged;

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
