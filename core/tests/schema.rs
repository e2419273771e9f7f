//! The constitution's JSON Schema (feature `schema`): the committed copy is the generated
//! one, the presets name it, and every invalid constitution of
//! `tests/fixtures/constitution-schema/invalid.json` is refused by Quorate at its path.
//! (The schema's own verdicts on those constitutions, and on every valid one, are checked
//! with ajv in `tests/js/schema.node.test.mjs`.)
//!
//! After a change to the constitution's types or their doc comments, regenerate with
//! `cargo run -p quorate-core --features schema --bin constitution-schema core/constitution.schema.json`.

use quorate_core::constitution::{self, Constitution};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = read("core/constitution.schema.json");
    assert!(
        committed == constitution::json_schema_text(),
        "core/constitution.schema.json is stale: regenerate it with\n  cargo run -p quorate-core --features schema --bin constitution-schema core/constitution.schema.json"
    );
}

#[test]
fn the_schema_is_draft_2020_12_and_describes_every_field() {
    let schema = constitution::json_schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["additionalProperties"], false);
    // Every property of the constitution and of every section has field help, from its
    // doc comment or the doc comment of its type.
    let defs = schema["$defs"].as_object().expect("$defs");
    let described = |v: &Value| {
        v.get("description").is_some()
            || v.get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .is_some_and(|name| defs.get(name).is_some_and(|d| d.get("description").is_some()))
    };
    let mut bare = Vec::new();
    let mut check = |owner: &str, object: &Value| {
        for (key, v) in object
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if key != "kind" && !described(v) {
                bare.push(format!("{owner}.{key}"));
            }
        }
    };
    check("Constitution", &schema);
    for (name, def) in defs {
        check(name, def);
        for alt in def.get("oneOf").and_then(Value::as_array).into_iter().flatten() {
            check(name, alt);
        }
    }
    assert!(
        bare.is_empty(),
        "fields with no description (add a doc comment): {bare:?}"
    );
}

#[test]
fn the_presets_name_the_schema_and_read_without_it() {
    for id in constitution::presets::ids() {
        let text = read(&format!("core/presets/{id}.json"));
        let value: Value = serde_json::from_str(&text).expect("preset JSON");
        assert_eq!(value["$schema"], "../constitution.schema.json", "{id}");
        let c: Constitution = quorate_core::json::from_str(&text).expect("reads with $schema");
        assert!(constitution::validate(&c).valid, "{id}");
        // As served, a preset names no schema.
        let served = constitution::presets::preset(id).expect("preset");
        assert_eq!(served.schema, None);
    }
}

/// A preset with the fixture case's edits (`set` JSON Pointers to values, `remove` them).
pub fn edited(case: &Value) -> Value {
    let id = case["preset"].as_str().expect("preset");
    let mut c = serde_json::to_value(constitution::presets::preset(id).expect("preset")).expect("value");
    for (pointer, value) in case["set"].as_object().into_iter().flatten() {
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        match c.pointer_mut(parent).expect("parent exists") {
            Value::Object(m) => {
                m.insert(key.to_string(), value.clone());
            }
            Value::Array(a) => a[key.parse::<usize>().expect("index")] = value.clone(),
            _ => panic!("{pointer}: parent is not a container"),
        }
    }
    for pointer in case["remove"].as_array().into_iter().flatten() {
        let pointer = pointer.as_str().expect("pointer");
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        match c.pointer_mut(parent).expect("parent exists") {
            Value::Object(m) => {
                m.remove(key).expect("member exists");
            }
            Value::Array(a) => {
                a.remove(key.parse::<usize>().expect("index"));
            }
            _ => panic!("{pointer}: parent is not a container"),
        }
    }
    c
}

#[test]
fn every_invalid_fixture_is_refused_by_quorate_at_its_path() {
    let doc: Value = serde_json::from_str(&read("tests/fixtures/constitution-schema/invalid.json")).expect("fixture");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 30, "at least 30 invalid constitutions");
    let mut failures = Vec::new();
    let (mut both, mut cannot) = (0, 0);
    for case in cases {
        let name = case["name"].as_str().unwrap_or("?");
        match case["schema"].as_str() {
            Some("refuses") => both += 1,
            Some("cannot say") => {
                assert!(
                    case["why"].is_string(),
                    "{name}: say which rule the schema cannot express"
                );
                cannot += 1;
            }
            other => panic!("{name}: schema must be \"refuses\" or \"cannot say\", not {other:?}"),
        }
        let text = edited(case).to_string();
        let report = match quorate_core::json::from_str::<Constitution>(&text) {
            Ok(c) => constitution::validate(&c),
            Err(e) => constitution::ValidationReport::unreadable(e),
        };
        let want = case["path"].as_str().expect("path");
        if report.valid {
            failures.push(format!("{name}: Quorate accepts it"));
        } else if !report.problems.iter().any(|p| p.path == want) {
            failures.push(format!("{name}: no problem at {want:?}: {:?}", report.problems));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!("{both} invalid constitutions refused by Quorate (and the schema, in Node); {cannot} by Quorate alone (rules a JSON Schema cannot state)");
}
