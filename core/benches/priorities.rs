//! Priority scoring at the scale of a real exercise, run as a benchmark that prints
//! figures (median and 90th percentile over many runs); it never fails on time.
//!
//! 30 candidates × 25 scorers from 15 organisations × the Inverclyde set's 22 criteria,
//! about 5% "don't know", scored with the gates, portfolio, disagreement and the exact
//! ±25% sensitivity analysis: what the form recomputes on every keystroke.

use quorate_core::constitution::ConstitutionSource;
use quorate_core::priorities::{
    combine_scorecards, priority_criteria, score_priorities, scorecards_to_csv, Candidate, CombineInput,
    CriterionScore, GainAnswer, PriorityInput, ScoreOptions, Scorecard, ScorecardSource, ScorecardsToCsvInput,
};
use std::hint::black_box;
use std::time::Instant;

const CANDIDATES: usize = 30;
const SCORERS: usize = 25;

/// A small deterministic generator, so every run scores the same exercise.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn exercise(candidate_count: usize) -> PriorityInput {
    let preset = ConstitutionSource::Preset("inverclyde-mou".into());
    let criteria: Vec<String> = priority_criteria(&preset)
        .expect("preset")
        .selection
        .expect("Inverclyde sets a method")
        .criteria
        .criteria
        .into_iter()
        .map(|c| c.id)
        .collect();
    let mut rng = Lcg(2026);
    let candidates: Vec<Candidate> = (0..candidate_count)
        .map(|c| Candidate {
            id: format!("candidate-{c}"),
            name: format!("Candidate {c}"),
        })
        .collect();
    // Each candidate has a "true" quality per criterion; scorers vary around it.
    let quality: Vec<Vec<u64>> = (0..candidate_count)
        .map(|_| criteria.iter().map(|_| 1 + rng.next(3)).collect())
        .collect();
    let mut scorecards = Vec::new();
    for s in 0..SCORERS {
        for (c, q) in quality.iter().enumerate() {
            let gain = match rng.next(10) {
                0 => GainAnswer::No,
                1 => GainAnswer::DontKnow,
                _ => GainAnswer::Yes,
            };
            let scores = criteria
                .iter()
                .zip(q)
                .map(|(k, &q)| CriterionScore {
                    criterion: k.clone(),
                    score: (rng.next(20) != 0).then(|| (q + rng.next(3)).saturating_sub(1).min(4) as u32),
                })
                .collect();
            scorecards.push(Scorecard {
                scorer: format!("scorer-{s}"),
                organisation: format!("organisation-{}", s % 15),
                candidate: format!("candidate-{c}"),
                collaborative_gain: Some(gain),
                scores,
            });
        }
    }
    PriorityInput {
        constitution: Some(preset),
        criteria: None,
        candidates,
        scorecards,
        options: ScoreOptions::default(),
    }
}

/// Run `f` `n` times; print the median and 90th percentile in milliseconds.
fn time<T>(label: &str, n: usize, mut f: impl FnMut() -> T) {
    for _ in 0..3 {
        black_box(f());
    }
    let mut ms: Vec<f64> = (0..n)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let median = ms[ms.len() / 2];
    let p90 = ms[ms.len() * 9 / 10];
    println!("{label:<58} median {median:>8.3} ms   p90 {p90:>8.3} ms   ({n} runs)");
}

fn main() {
    let input = exercise(CANDIDATES);
    let report = score_priorities(&input).expect("scores");
    let sens = report.sensitivity.as_ref().expect("a portfolio limit is set");
    println!(
        "{} candidates x {} scorers x {} criteria = {} scorecards; portfolio {:?}; stable within ±25%: {}; {} disagreements",
        CANDIDATES,
        SCORERS,
        report.weights.len(),
        input.scorecards.len(),
        report.portfolio.proposed,
        sens.stable,
        report.disagreement_count
    );
    let preset = input.constitution.clone().expect("set");
    time("priorityCriteria (reading the preset alone)", 200, || {
        priority_criteria(&preset)
    });
    time("scorePriorities (everything, incl. sensitivity)", 200, || {
        score_priorities(&input)
    });
    time("scorePriorities + report to JSON text", 200, || {
        serde_json::to_string(&score_priorities(&input).expect("scores")).expect("json")
    });
    // The largest exercise the exact sensitivity analysis takes on.
    let large = exercise(100);
    time("scorePriorities, 100 candidates x 25 scorers x 22 criteria", 50, || {
        score_priorities(&large)
    });
    let csv = scorecards_to_csv(&ScorecardsToCsvInput {
        constitution: Some(input.constitution.clone().expect("set")),
        criteria: None,
        scorecards: input.scorecards.clone(),
    })
    .expect("csv");
    time("scorecardsToCsv (750 scorecards)", 200, || {
        scorecards_to_csv(&ScorecardsToCsvInput {
            constitution: None,
            criteria: None,
            scorecards: input.scorecards.clone(),
        })
    });
    // 25 partners' CSV exports combined and scored.
    let lines: Vec<&str> = csv.csv.split_inclusive("\r\n").collect();
    let (header, rows) = lines.split_first().expect("header");
    let sources: Vec<ScorecardSource> = rows
        .chunks(CANDIDATES)
        .enumerate()
        .map(|(i, chunk)| ScorecardSource {
            name: format!("partner-{i}.csv"),
            scorecards: Vec::new(),
            csv: Some(format!("{header}{}", chunk.concat())),
        })
        .collect();
    let combine = CombineInput {
        constitution: input.constitution.clone(),
        criteria: None,
        candidates: input.candidates.clone(),
        sources,
        options: ScoreOptions::default(),
    };
    time("combineScorecards (25 CSV exports, then scored)", 100, || {
        combine_scorecards(&combine)
    });
}
