//! Fuzzing-style property test: every engine, given mutations of every scenario input
//! (values replaced by other JSON of any type, keys removed or added, arrays emptied or
//! repeated), returns an answer or a coded error. A panic fails the test; in the
//! WebAssembly build (`panic = "abort"`) it would trap the instance.

use super::dispatch::dispatch;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

/// Any JSON value, a few levels deep, with hostile numbers and strings.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![Just(0i64), Just(-1), Just(i64::MAX), Just(i64::MIN), any::<i64>()].prop_map(|n| json!(n)),
        prop_oneof![Just(1e308), Just(-0.5), Just(2.5), Just(4_294_967_296.0)].prop_map(|f| json!(f)),
        prop_oneof![
            Just(String::new()),
            Just("2026-02-30".to_string()),
            Just("2026-12-03".to_string()),
            Just("clackmannanshire-2019".to_string()),
            Just("present".to_string()),
            "\\PC{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,8}", inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a value inside `v`.
pub(super) fn paths(v: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                prefix.push(json!(k));
                out.push(prefix.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(json!(i));
                out.push(prefix.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |node, key| match key {
        Value::String(k) => node.get_mut(k.as_str()),
        Value::Number(i) => node.get_mut(i.as_u64()? as usize),
        _ => None,
    })
}

#[derive(Debug, Clone)]
pub(super) enum Mutation {
    Replace(Value),
    Remove,
    Repeat(usize),
    AddKey(String, Value),
}

pub(super) fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => any_json().prop_map(Mutation::Replace),
        1 => Just(Mutation::Remove),
        1 => (2usize..40).prop_map(Mutation::Repeat),
        1 => ("[a-z]{1,6}", any_json()).prop_map(|(k, v)| Mutation::AddKey(k, v)),
    ]
}

pub(super) fn apply(input: &Value, path: &[Value], m: &Mutation) -> Value {
    let mut out = input.clone();
    if path.is_empty() {
        return match m {
            Mutation::Replace(v) => v.clone(),
            _ => out,
        };
    }
    let (last, parent_path) = path.split_last().expect("non-empty");
    let Some(parent) = at(&mut out, parent_path) else {
        return out;
    };
    match (m, parent, last) {
        (Mutation::Replace(v), parent, _) => {
            if let Some(slot) = at(parent, std::slice::from_ref(last)) {
                *slot = v.clone();
            }
        }
        (Mutation::Remove, Value::Object(map), Value::String(k)) => {
            map.remove(k);
        }
        (Mutation::Remove, Value::Array(items), Value::Number(i)) => {
            let i = i.as_u64().unwrap_or(0) as usize;
            if i < items.len() {
                items.remove(i);
            }
        }
        (Mutation::Repeat(n), Value::Array(items), Value::Number(i)) => {
            if let Some(item) = items.get(i.as_u64().unwrap_or(0) as usize).cloned() {
                items.extend(std::iter::repeat_n(item, *n));
            }
        }
        (Mutation::AddKey(k, v), parent, _) => {
            if let Some(Value::Object(map)) = at(parent, std::slice::from_ref(last)) {
                map.insert(k.clone(), v.clone());
            }
        }
        _ => {}
    }
    out
}

#[test]
fn no_engine_panics_on_mutated_scenario_inputs() {
    let cases = super::all_cases();
    let mut runner = TestRunner::new(Config {
        cases: 10_000,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..cases.len(), any::<prop::sample::Index>(), mutation());
    runner
        .run(&strategy, |(which, pick, m)| {
            let (function, input) = &cases[which];
            let mut all = vec![Vec::new()];
            paths(input, &mut Vec::new(), &mut all);
            let path = &all[pick.index(all.len())];
            let mutated = apply(input, path, &m);
            // An answer or a coded error are both fine; a panic fails the test.
            let _ = dispatch(function, &mutated);
            Ok(())
        })
        .expect("an engine panicked");
}
