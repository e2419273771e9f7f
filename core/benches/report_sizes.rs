//! Report sizes: the JSON text each export writes, on generated realistic workloads (a
//! 30-seat roster with 20 agenda items, a 50-entry register against a 20-item agenda, a
//! year of 12 meetings) and on the largest answer among the scenario cases. Prints bytes
//! and, for the meeting reports, which parts the bytes go to; asserts nothing.
//!
//! `cargo bench -p quorate-core --bench report_sizes`

#[path = "../tests/scenarios/dispatch.rs"]
mod dispatch;

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// 30 seats: 12 core (the chair first), 18 other; 26 present.
fn roster() -> Value {
    let seats: Vec<Value> = (0..30)
        .map(|i| {
            let mut seat = json!({
                "id": format!("seat-{i}"),
                "name": format!("Member Number {i}"),
                "organisation": format!("Partner Organisation {}", i / 2),
                "class": if i < 12 { "core" } else { "other" },
            });
            if i == 0 {
                seat["role"] = json!("chair");
            }
            seat
        })
        .collect();
    json!({ "seats": seats })
}

fn attendance() -> Value {
    let members: Vec<Value> = (0..30)
        .map(|i| json!({ "seat": format!("seat-{i}"), "status": if i % 8 == 7 { "absent" } else { "present" } }))
        .collect();
    json!({ "members": members, "substitutes": [] })
}

fn generated() -> Vec<(&'static str, &'static str, Value)> {
    let items: Vec<Value> = (0..20)
        .map(|i| {
            let conflicts: Vec<String> = if i % 4 == 0 { vec![format!("seat-{}", i % 30)] } else { vec![] };
            json!({ "id": format!("{}", i + 1), "title": format!("Agenda item number {}", i + 1), "conflicts": conflicts })
        })
        .collect();
    let meeting = json!({ "constitution": "clackmannanshire-2019", "roster": roster(), "attendance": attendance() });
    let mut agenda = meeting.clone();
    agenda["items"] = json!(items);
    let meetings: Vec<Value> = (1..=12)
        .map(|m| json!({ "date": format!("2026-{m:02}-10"), "attendance": attendance() }))
        .collect();
    let year = json!({ "constitution": "clackmannanshire-2019", "roster": roster(), "meetings": meetings });
    let entries: Vec<Value> = (0..50)
        .map(|i| {
            json!({
                "id": format!("r{i}"),
                "category": "otherRoles",
                "description": format!("Trustee, Local Charity Number {i}"),
                "organisations": [format!("Local Charity Number {i}")],
                "keywords": [format!("project {i}")],
            })
        })
        .collect();
    let register_agenda: Vec<Value> = (0..20)
        .map(|i| {
            json!({
                "id": format!("{}", i + 1),
                "title": format!("Grant to Local Charity Number {} for project {}", i * 2, i * 2),
                "organisations": [format!("Local Charity Number {}", i * 2)],
            })
        })
        .collect();
    let register = json!({
        "constitution": "clackmannanshire-2019",
        "register": { "member": "Cllr Jane Smith", "organisation": "Clackmannanshire Council", "entries": entries },
        "agenda": register_agenda,
    });
    vec![
        ("checkQuorum", "30 seats", meeting.clone()),
        ("checkChair", "30 seats", meeting),
        ("checkAgenda", "30 seats, 20 items", agenda),
        ("attendanceReport", "30 seats, 12 meetings", year),
        ("checkAgendaAgainstRegister", "50 entries, 20 items", register),
    ]
}

/// The largest answer per function among the scenario cases.
fn largest_scenario_answers() -> BTreeMap<String, usize> {
    let mut out: BTreeMap<String, usize> = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("scenarios dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
                let function = doc["function"].as_str().unwrap_or_default().to_string();
                for case in doc["cases"].as_array().into_iter().flatten() {
                    if let Some(Ok(answer)) = dispatch::dispatch(&function, &case["input"]) {
                        let n = answer.to_string().len();
                        let best = out.entry(function.clone()).or_default();
                        *best = (*best).max(n);
                    }
                }
            }
        }
    }
    out
}

/// Bytes of each top-level field, and of each field of the first array-of-objects field.
fn breakdown(report: &Value) -> Vec<(String, usize)> {
    let mut parts = Vec::new();
    if let Some(map) = report.as_object() {
        for (k, v) in map {
            parts.push((k.clone(), v.to_string().len()));
            if let Some(items) = v.as_array().filter(|a| a.len() > 1 && a[0].is_object()) {
                let mut sub: BTreeMap<String, usize> = BTreeMap::new();
                for item in items {
                    for (kk, vv) in item.as_object().into_iter().flatten() {
                        *sub.entry(kk.clone()).or_default() += vv.to_string().len();
                    }
                }
                parts.extend(sub.into_iter().map(|(kk, n)| (format!("{k}[].{kk}"), n)));
            }
        }
    }
    parts
}

fn main() {
    println!("{:<28} {:<24} {:>9}", "export", "workload", "bytes");
    for (function, workload, input) in generated() {
        match dispatch::dispatch(function, &input) {
            Some(Ok(report)) => {
                println!("{function:<28} {workload:<24} {:>9}", report.to_string().len());
                for (part, n) in breakdown(&report).into_iter().filter(|(_, n)| *n > 1000) {
                    println!("    {part:<50} {n:>9}");
                }
            }
            Some(Err(e)) => println!(
                "{function:<28} {workload:<24} error: {} {}",
                e.message,
                e.path.unwrap_or_default()
            ),
            None => println!("{function:<28} not registered"),
        }
    }
    println!();
    println!("{:<28} {:>9}", "largest scenario answer", "bytes");
    for (function, n) in largest_scenario_answers() {
        println!("{function:<28} {n:>9}");
    }
}
