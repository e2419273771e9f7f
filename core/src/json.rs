//! Reading inputs from JSON text with field paths in the errors.
//!
//! The WebAssembly boundary reads every JavaScript value through this (as
//! `JSON.stringify` text); the scenario tests and Rust callers holding JSON text use it
//! directly. Inputs are read by plain serde_json; only when that fails is the field path
//! worked out, from where in the text serde_json stopped (`path`).

mod every;
mod path;

pub(crate) use path::CONSTITUTION_EXPECTING;

use crate::error::{Error, ErrorCode, Problem};
use serde::de::DeserializeOwned;

/// Deserialize `text`, reporting `roster.seats[2].class: unknown variant …` on failure.
/// Nesting deeper than serde_json's recursion limit (128) is refused, not overflowed.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut de).map_err(|e| shape_error::<T>(text, &e))?;
    de.end()
        .map_err(|e| Error::new(ErrorCode::InvalidInput, without_position(&e)))?;
    Ok(value)
}

/// The error for `text`, which failed to read as `T` with `e`: the first problem's path and
/// message, as serde met it, and in `problems` every shape problem found (see [`every`]),
/// each message without its path (the path is beside it). The search is driven from here,
/// not through callbacks: a function pointer would put every input type's reader in the
/// WebAssembly function table, where no area module can shed the others' readers.
fn shape_error<T: DeserializeOwned>(text: &str, e: &serde_json::Error) -> Error {
    let first = locate::<T>(text, e);
    let mut search = every::Every::new(text, first.clone());
    while let Some(current) = search.next_text() {
        let outcome = read::<T>(current).err().map(|e| locate::<T>(current, &e));
        search.feed(outcome);
    }
    shape(first, search.found())
}

/// [`shape_error`]'s error from the problems found (not generic: one copy in the binary).
fn shape(first: (String, String), all: Vec<(String, String)>) -> Error {
    let mut error = path_error(first.0, first.1);
    error.problems = all
        .into_iter()
        .map(|(path, message)| Problem {
            code: code_of(&message),
            path: if path == "." { String::new() } else { path },
            message,
        })
        .collect();
    error
}

/// The field path and message (without its position) of `e`, from reading `text` as `T`.
fn locate<T: DeserializeOwned>(text: &str, e: &serde_json::Error) -> (String, String) {
    let message = without_position(e);
    let path = match path::of_error(text, e, &message) {
        (_, Some(probe)) if is_enum::<T>(text, probe.open) => probe.if_enum,
        (path, _) => path,
    };
    // An unknown field in a part of an internally tagged enum (`quorum.headcount.of[1]`)
    // is reported at the outermost one: the search for the part (see `every::Part`) is
    // driven from here, as the search for every problem is.
    let mut part = every::Part::new(text, &path, &message);
    while let Some(edited) = part.next_text() {
        let outcome = read::<T>(edited).err().map(|e| without_position(&e));
        part.feed(outcome);
    }
    (part.path(path), message)
}

/// Read `text` as `T` and drop it: whether it reads, and the error where it does not.
fn read<T: DeserializeOwned>(text: &str) -> Result<(), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    T::deserialize(&mut de)?;
    de.end()
}

/// `INVALID_DATE` for a malformed date, `INVALID_INPUT` for anything else.
fn code_of(message: &str) -> ErrorCode {
    if message.starts_with(crate::date::INVALID_DATE_PREFIX) {
        ErrorCode::InvalidDate
    } else {
        ErrorCode::InvalidInput
    }
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
    let code = code_of(&message);
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

#[cfg(test)]
mod every_tests {
    use crate::constitution::Constitution;
    use serde_json::{json, Value};

    fn problems(text: &str) -> Vec<(String, String)> {
        let e = super::from_str::<Constitution>(text).unwrap_err();
        e.problems.into_iter().map(|p| (p.path, p.message)).collect()
    }

    fn first(text: &str) -> (String, String) {
        let e = super::from_str::<Constitution>(text).unwrap_err();
        let path = e.path.unwrap_or_default();
        let message = e
            .message
            .strip_prefix(&format!("{path}: "))
            .unwrap_or(&e.message)
            .to_string();
        (path, message)
    }

    fn preset() -> Value {
        serde_json::to_value(crate::constitution::presets::preset("clackmannanshire-2019").unwrap()).unwrap()
    }

    type Edit = fn(&mut Value);

    /// Independent shape problems, each in a different place.
    const EDITS: &[Edit] = &[
        |c| c["quorom"] = json!(3),
        |c| c["quorum"]["headcount"]["bogus"] = json!(1),
        |c| c["bodies"][0]["name"] = json!(7),
        |c| c["bodies"][1]["cadence"] = json!("often"),
        |c| c["membership"][2]["class"] = json!("vip"),
        |c| c["membership"][4]["extra"] = json!(true),
        |c| c["decisions"]["ordinary"]["threshold"]["numerator"] = json!(-1),
        |c| {
            c.as_object_mut().unwrap().remove("name");
        },
        |c| c["source"]["date"] = json!(["March", 2019]),
        |c| c["notes"][0]["cite"] = json!("B2.1"),
    ];

    #[test]
    fn every_independent_problem_is_reported_exactly_once() {
        let mut all = preset();
        let mut alone = Vec::new();
        for edit in EDITS {
            let mut one = preset();
            edit(&mut one);
            alone.push(first(&serde_json::to_string_pretty(&one).unwrap()));
            edit(&mut all);
        }
        let text = serde_json::to_string_pretty(&all).unwrap();
        let found = problems(&text);
        // The first one is what serde meets first, unchanged.
        assert_eq!(found[0], first(&text));
        // Each one is what that edit alone is refused for, and every edit is found.
        let mut want = alone.clone();
        want.sort();
        let mut got = found.clone();
        got.sort();
        assert_eq!(got, want, "{found:#?}");
    }

    #[test]
    fn any_set_of_problems_is_reported_exactly() {
        // For a spread of subsets of EDITS: the first problem is serde's, none is invented
        // (each is what one edit alone is refused for) and none is lost.
        let alone: Vec<(String, String)> = EDITS
            .iter()
            .map(|edit| {
                let mut one = preset();
                edit(&mut one);
                first(&serde_json::to_string(&one).unwrap())
            })
            .collect();
        for mask in (1u32..1 << EDITS.len()).step_by(37) {
            let mut c = preset();
            let mut want = Vec::new();
            for (i, edit) in EDITS.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    edit(&mut c);
                    want.push(alone[i].clone());
                }
            }
            let text = serde_json::to_string(&c).unwrap();
            let mut found = problems(&text);
            assert_eq!(found[0], first(&text), "mask {mask:b}");
            found.sort();
            want.sort();
            assert_eq!(found, want, "mask {mask:b}");
        }
    }

    #[test]
    fn a_member_taken_out_is_never_reported_missing() {
        // `substitutes` is required: its wrong `allowed` is one problem, not also a
        // missing field; the wrong source title after it is found.
        let mut c = preset();
        c["substitutes"]["allowed"] = json!("yes");
        c["source"]["title"] = json!(false);
        let text = serde_json::to_string(&c).unwrap();
        let found = problems(&text);
        assert!(found.iter().all(|(_, m)| !m.starts_with("missing field")), "{found:?}");
        assert_eq!(found.len(), 2, "{found:?}");
        // A field that really is missing is reported (`name` is checked before `source`,
        // whose taking out ends the search at the root).
        c.as_object_mut().unwrap().remove("name");
        let found = problems(&serde_json::to_string(&c).unwrap());
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[2], (String::new(), "missing field `name`".to_string()));
    }

    #[test]
    fn array_elements_keep_their_indices() {
        let mut c = preset();
        c["membership"][0]["class"] = json!(1);
        c["membership"][1]["class"] = json!(2);
        c["membership"][3]["vacant"] = json!("no");
        let found = problems(&serde_json::to_string(&c).unwrap());
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["membership[0].class", "membership[1].class", "membership[3].vacant"]
        );
    }

    #[test]
    fn malformed_text_has_one_problem_and_the_list_is_bounded() {
        assert_eq!(problems(r#"{ "schemaVersion": 1, "id": "#).len(), 1);
        let mut c = preset();
        for i in 0..(crate::limits::MAX_SHAPE_PROBLEMS + 20) {
            c[format!("unknown{i}")] = json!(i);
        }
        assert_eq!(
            problems(&serde_json::to_string(&c).unwrap()).len(),
            crate::limits::MAX_SHAPE_PROBLEMS
        );
    }

    #[test]
    fn an_unknown_field_in_a_part_is_reported_at_the_part() {
        let mut c = preset();
        c["quorum"]["headcount"] = json!({ "kind": "greaterOf", "of": [
            { "kind": "fixed", "count": 3 },
            { "kind": "fraction", "numerator": 1, "denominator": 3, "rounding": "up", "plus": 0, "count": 2 },
        ] });
        let text = serde_json::to_string(&c).unwrap();
        let (path, message) = first(&text);
        // The fixed part has `count` too, rightly: the fraction is the one refused.
        assert_eq!(path, "quorum.headcount.of[1]");
        assert!(message.starts_with("unknown field `count`"), "{message}");
        // Two levels down, among several parts; with another problem elsewhere, both found.
        c["quorum"]["headcount"] = json!({ "kind": "lesserOf", "of": [
            { "kind": "fixed", "count": 8 },
            { "kind": "greaterOf", "of": [{ "kind": "fixed", "count": 3 }, { "kind": "fixed", "count": 2, "bogus": true }] },
        ] });
        c["bodies"][0]["name"] = json!(7);
        let found = problems(&serde_json::to_string(&c).unwrap());
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["bodies[0].name", "quorum.headcount.of[1].of[1]"], "{found:?}");
        // A field unknown in the enum's own object stays at the object, as serde says it.
        c["bodies"][0]["name"] = json!("Board");
        c["quorum"]["headcount"] = json!({ "kind": "fixed", "count": 3, "of": [] });
        assert_eq!(first(&serde_json::to_string(&c).unwrap()).0, "quorum.headcount");
    }

    #[test]
    fn the_error_keeps_its_first_problem_as_message_and_path() {
        let e = super::from_str::<Constitution>(r#"{ "quorom": 1, "quorum": "x" }"#).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("quorom"));
        assert!(e.message.starts_with("quorom: unknown field `quorom`"), "{}", e.message);
        assert_eq!(e.problems[0].path, "quorom");
        assert!(e.problems[0].message.starts_with("unknown field `quorom`"));
        assert!(e.problems.len() >= 2, "{:?}", e.problems);
    }
}
