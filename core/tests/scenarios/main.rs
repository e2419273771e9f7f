//! Runs every scenario file in `tests/scenarios/` natively.
//!
//! A scenario file names a JavaScript export (`"function": "checkQuorum"`) and lists
//! cases, each with an `input` and either `expect` (a partial match: every key given must
//! equal the output's; arrays match in length and element by element) or `error`
//! (`code` and, where given, `path`). The same files run through the npm package in
//! Node and Chromium (`tests/js/`), which also compare their whole outputs with the
//! native outputs this runner writes to `tests/out/native/`: the WebAssembly build must
//! answer exactly as the native one.

mod dispatch;
mod no_panic;
mod paths;

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn scenario_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("read scenarios dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            scenario_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Where `actual` differs from the partial `expected`, as `path: expected … got …`.
pub fn mismatch(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().find_map(|(k, ev)| match a.get(k) {
            Some(av) => mismatch(ev, av, &format!("{path}.{k}")),
            None => Some(format!("{path}.{k}: expected {ev}, but the output has no such field")),
        }),
        (Value::Array(e), Value::Array(a)) if e.len() != a.len() => {
            Some(format!("{path}: expected {} items, got {}: {actual}", e.len(), a.len()))
        }
        (Value::Array(e), Value::Array(a)) => e
            .iter()
            .zip(a)
            .enumerate()
            .find_map(|(i, (ev, av))| mismatch(ev, av, &format!("{path}[{i}]"))),
        (Value::Number(e), Value::Number(a))
            if e.as_f64().zip(a.as_f64()).is_some_and(|(x, y)| (x - y).abs() < 1e-9) =>
        {
            None
        }
        _ if expected == actual => None,
        _ => Some(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// (function, input) for every case of every scenario file.
pub fn all_cases() -> Vec<(String, Value)> {
    let mut files = Vec::new();
    scenario_files(&repo_root().join("tests/scenarios"), &mut files);
    let mut out = Vec::new();
    for file in files {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
        let function = doc["function"].as_str().unwrap_or_default().to_string();
        for case in doc["cases"].as_array().into_iter().flatten() {
            out.push((function.clone(), case["input"].clone()));
        }
    }
    out
}

#[test]
fn scenarios_pass_natively() {
    let root = repo_root();
    let mut files = Vec::new();
    scenario_files(&root.join("tests/scenarios"), &mut files);
    assert!(!files.is_empty(), "no scenario files found");
    let mut failures = Vec::new();
    let mut cases = 0;
    for file in &files {
        let text = fs::read_to_string(file).expect("read scenario file");
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let function = doc["function"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no \"function\"", file.display()));
        let mut outputs = Vec::new();
        for case in doc["cases"]
            .as_array()
            .unwrap_or_else(|| panic!("{}: no \"cases\"", file.display()))
        {
            cases += 1;
            let name = format!(
                "{} / {}",
                file.strip_prefix(&root).unwrap_or(file).display(),
                case["name"].as_str().unwrap_or("?")
            );
            let result = dispatch::dispatch(function, &case["input"])
                .unwrap_or_else(|| panic!("{name}: no native function is registered for \"{function}\""));
            let output = match &result {
                Ok(v) => json!({ "ok": v }),
                Err(e) => json!({ "error": e }),
            };
            match (case.get("expect"), case.get("error"), &result) {
                (Some(expect), None, Ok(actual)) => {
                    if let Some(m) = mismatch(expect, actual, "") {
                        failures.push(format!("{name}: {m}"));
                    }
                }
                (None, Some(expect), Err(e)) => {
                    let actual = serde_json::to_value(e).expect("error serialises");
                    if let Some(m) = mismatch(expect, &actual, "error") {
                        failures.push(format!("{name}: {m}"));
                    }
                }
                (Some(_), None, Err(e)) => failures.push(format!("{name}: expected a result, got error {e:?}")),
                (None, Some(_), Ok(v)) => failures.push(format!("{name}: expected an error, got {v}")),
                _ => failures.push(format!("{name}: a case needs exactly one of \"expect\" and \"error\"")),
            }
            outputs.push(json!({ "name": case["name"], "output": output }));
        }
        // Whole outputs for the JS runners to compare against.
        let rel = file
            .strip_prefix(root.join("tests/scenarios"))
            .expect("under scenarios");
        let out = root.join("tests/out/native").join(rel);
        fs::create_dir_all(out.parent().expect("parent")).expect("mkdir out");
        fs::write(&out, serde_json::to_string_pretty(&outputs).expect("json")).expect("write native output");
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} scenario cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{cases} scenario cases in {} files passed natively", files.len());
}
