//! The full bench's native half (run by `bash scripts/bench.sh`, which writes the
//! workloads first): every export on the generated workloads, JSON text in and JSON text
//! out as the WebAssembly boundary runs them, with the time split into reading, the
//! engine and writing. Writes figures and outputs to tests/out/bench/native.json; asserts
//! nothing. Unless `QUORATE_FULL_BENCH` is set (bench.sh sets it), as in the test
//! command's quick `cargo bench --benches`, it says so and stops.

use quorate_core::{calendar, conduct, constitution, gifts, meeting, openness, priorities, Error};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Per call: (read, engine, write) times and the output as JSON text.
type Split = Box<dyn Fn(&str) -> (Duration, Duration, Duration, String)>;

fn split<I: DeserializeOwned + 'static, O: Serialize + 'static>(engine: fn(&I) -> Result<O, Error>) -> Split {
    Box::new(move |text: &str| {
        let t0 = Instant::now();
        let input: Result<I, Error> = quorate_core::json::from_str(text);
        let t1 = Instant::now();
        let output = input.and_then(|i| engine(black_box(&i)));
        let t2 = Instant::now();
        let out = match &output {
            Ok(o) => serde_json::to_string(o).unwrap_or_default(),
            Err(e) => format!("{{\"error\":{}}}", serde_json::to_string(e).unwrap_or_default()),
        };
        let t3 = Instant::now();
        (t1 - t0, t2 - t1, t3 - t2, out)
    })
}

fn engine(function: &str) -> Option<Split> {
    Some(match function {
        "preset" => split(|id: &String| constitution::presets::preset(id)),
        // As the export: an unreadable constitution is a report, not an error.
        "validateConstitution" => Box::new(|text: &str| {
            let t0 = Instant::now();
            let read: Result<constitution::Constitution, Error> = quorate_core::json::from_str(text);
            let t1 = Instant::now();
            let report = match read {
                Ok(c) => constitution::validate(black_box(&c)),
                Err(e) => constitution::ValidationReport::unreadable(e),
            };
            let t2 = Instant::now();
            let out = serde_json::to_string(&report).unwrap_or_default();
            (t1 - t0, t2 - t1, Instant::now() - t2, out)
        }),
        "checkQuorum" => split(meeting::check_quorum),
        "checkChair" => split(meeting::check_chair),
        "checkAgenda" => split(meeting::check_agenda),
        "decideVote" => split(meeting::decide_vote),
        "attendanceReport" => split(meeting::attendance_report),
        "draftMinute" => split(meeting::draft_minute),
        "bankHolidays" => split(calendar::bank_holidays),
        "isWorkingDay" => split(calendar::is_working_day),
        "addWorkingDays" => split(calendar::add_working_days),
        "workingDaysBetween" => split(calendar::working_days_between),
        "papersTimeline" => split(calendar::papers_timeline),
        "meetingSchedule" => split(calendar::meeting_schedule),
        "scheduleIcs" => split(calendar::schedule_ics),
        "priorityCriteria" => split(priorities::priority_criteria),
        "scorePriorities" => split(priorities::score_priorities),
        "combineScorecards" => split(priorities::combine_scorecards),
        "scorecardsToCsv" => split(priorities::scorecards_to_csv),
        "scorecardsFromCsv" => split(priorities::scorecards_from_csv),
        "checkGift" => split(gifts::check_gift),
        "checkOpenness" => split(openness::check_openness),
        "conflictQuestions" => split(conduct::conflict_questions),
        "assessConflict" => split(conduct::assess_conflict),
        "validateRegister" => split(conduct::validate_register),
        "checkAgendaAgainstRegister" => split(conduct::check_agenda_against_register),
        "registerToCsv" => split(conduct::register_to_csv),
        "registerFromCsv" => split(conduct::register_from_csv),
        _ => return None,
    })
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/out/bench");
    if std::env::var_os("QUORATE_FULL_BENCH").is_none() {
        println!("workloads: the full bench is `bash scripts/bench.sh`");
        return;
    }
    let Ok(text) = std::fs::read_to_string(dir.join("workloads.json")) else {
        println!("workloads: no tests/out/bench/workloads.json; run `bash scripts/bench.sh` for the full bench");
        return;
    };
    let workloads: Vec<Value> = serde_json::from_str(&text).expect("workloads.json");
    let mut results = Vec::new();
    for w in &workloads {
        let function = w["export"].as_str().unwrap_or_default();
        let Some(run) = engine(function) else {
            println!("{function}: no native engine registered");
            continue;
        };
        let input = w["input"].to_string();
        let (_, _, _, output) = run(&input); // warm (presets parsed once)
        let budget = Duration::from_millis(1500);
        let started = Instant::now();
        let (mut whole, mut read, mut eng, mut write) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        while whole.len() < 15 || (started.elapsed() < budget && whole.len() < 2000) {
            let t = Instant::now();
            let (r, e, wr, out) = run(black_box(&input));
            black_box(out);
            whole.push(t.elapsed().as_secs_f64() * 1e6);
            read.push(r.as_secs_f64() * 1e6);
            eng.push(e.as_secs_f64() * 1e6);
            write.push(wr.as_secs_f64() * 1e6);
        }
        for v in [&mut whole, &mut read, &mut eng, &mut write] {
            v.sort_by(f64::total_cmp);
        }
        let median = |v: &[f64]| percentile(v, 0.5);
        let boundary = (median(&read) + median(&write)) / (median(&read) + median(&eng) + median(&write));
        println!(
            "{function:<28} {:<16} median {:>10.1} µs  p95 {:>10.1} µs  boundary {:>3.0} %",
            w["size"].as_str().unwrap_or_default(),
            median(&whole),
            percentile(&whole, 0.95),
            boundary * 100.0
        );
        results.push(json!({
            "export": function, "size": w["size"], "runs": whole.len(),
            "medianUs": median(&whole), "p95Us": percentile(&whole, 0.95),
            "readUs": median(&read), "engineUs": median(&eng), "writeUs": median(&write),
            "boundaryShare": boundary,
            "output": output,
        }));
    }
    std::fs::write(dir.join("native.json"), serde_json::to_string(&results).expect("json")).expect("write native.json");
}
