//! Benchmark: every engine on every valid scenario input, from JSON text to report, as the
//! WebAssembly boundary runs them. Prints the median time per call; asserts nothing.
//!
//! `cargo bench -p quorate-core --bench engines`

#[path = "../tests/scenarios/dispatch.rs"]
mod dispatch;

use serde_json::Value;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn scenario_inputs() -> BTreeMap<String, Vec<Value>> {
    let mut by_function: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("scenarios dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
                let function = doc["function"].as_str().unwrap_or_default().to_string();
                for case in doc["cases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|c| c.get("expect").is_some())
                {
                    by_function
                        .entry(function.clone())
                        .or_default()
                        .push(case["input"].clone());
                }
            }
        }
    }
    by_function
}

fn main() {
    println!(
        "{:<28} {:>6} {:>14} {:>14}",
        "engine", "cases", "median/call", "slowest case"
    );
    for (function, inputs) in scenario_inputs() {
        let mut per_case = Vec::new();
        for input in &inputs {
            // Enough iterations for ~20 ms a sample, seven samples, keep the median.
            let once = time(|| drop(black_box(dispatch::dispatch(&function, input))));
            let iterations = (Duration::from_millis(20).as_nanos() / once.as_nanos().max(1)).clamp(1, 100_000) as u32;
            let mut samples: Vec<Duration> = (0..7)
                .map(|_| {
                    time(|| {
                        for _ in 0..iterations {
                            black_box(dispatch::dispatch(&function, black_box(input)));
                        }
                    }) / iterations
                })
                .collect();
            samples.sort();
            per_case.push(samples[3]);
        }
        per_case.sort();
        let median = per_case[per_case.len() / 2];
        let slowest = per_case[per_case.len() - 1];
        println!(
            "{function:<28} {:>6} {:>11.1} µs {:>11.1} µs",
            inputs.len(),
            micros(median),
            micros(slowest)
        );
    }
}

fn time(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
