//! The presets built from the source documents, as JSON data in `core/presets/`.

use super::{validate, Constitution};
use crate::error::{Error, ErrorCode};
use std::sync::OnceLock;

/// (id, JSON) for every preset, in the order they are listed.
/// Written compact by `build.rs` from `core/presets/*.json`.
const PRESETS: &[(&str, &str)] = &[
    (
        "clackmannanshire-2019",
        include_str!(concat!(env!("OUT_DIR"), "/clackmannanshire-2019.json")),
    ),
    (
        "inverclyde-mou",
        include_str!(concat!(env!("OUT_DIR"), "/inverclyde-mou.json")),
    ),
];

/// The ids of the presets that ship.
pub fn ids() -> Vec<&'static str> {
    PRESETS.iter().map(|(id, _)| *id).collect()
}

/// A preset by id, parsed and validated once (the tests prove every preset is valid).
pub fn preset(id: &str) -> Result<Constitution, Error> {
    static PARSED: OnceLock<Vec<Result<Constitution, Error>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| PRESETS.iter().map(|(_, json)| parse(json)).collect());
    match PRESETS.iter().zip(parsed).find(|((pid, _), _)| *pid == id) {
        Some((_, constitution)) => constitution.clone(),
        None => {
            let shown = crate::wording::cut(id, crate::limits::shown::ID);
            Err(Error::new(
                ErrorCode::UnknownPreset,
                format!("there is no preset \"{shown}\"; the presets are {}", ids().join(", ")),
            ))
        }
    }
}

fn parse(json: &str) -> Result<Constitution, Error> {
    let mut c: Constitution = crate::json::from_str(json)?;
    // The preset files name the schema for editors in this repository; a preset as
    // served names none.
    c.schema = None;
    validate::check(&c)?;
    Ok(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_preset_is_valid_and_named_by_its_id() {
        for id in super::ids() {
            let c = super::preset(id).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(c.id, id);
        }
    }

    #[test]
    fn unknown_preset_is_a_coded_error() {
        let e = super::preset("nowhere").unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::UnknownPreset);
    }
}
