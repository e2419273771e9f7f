//! Unit and property tests for the priority engine.

use super::*;
use proptest::prelude::*;

/// A score cell as generated: not answered, don't know, or points on 0–4.
type Cell = Option<Option<u32>>;
/// One scorer: organisation index, gain answer per candidate, cell per (candidate, criterion).
type Scorer = (usize, Vec<Option<GainAnswer>>, Vec<Vec<Cell>>);

#[derive(Debug, Clone)]
struct World {
    criteria: usize,
    candidates: usize,
    /// Per scorer: organisation index, gain answer per candidate, cell per (candidate, criterion).
    scorers: Vec<Scorer>,
    weights: Vec<u32>,
}

fn set(criteria: usize, weights: &[u32]) -> CriteriaSet {
    CriteriaSet {
        id: "t".into(),
        name: "Test set".into(),
        scale: Scale {
            min: 0,
            max: 4,
            labels: vec![],
            cite: vec![],
        },
        groups: vec![],
        criteria: (0..criteria)
            .map(|k| Criterion {
                id: format!("k{k}"),
                name: format!("Criterion {k}"),
                text: String::new(),
                group: None,
                weight: f64::from(weights.get(k).copied().unwrap_or(1)),
                cite: vec![format!("t {k}")],
            })
            .collect(),
        gates: vec![
            Gate::CollaborativeGain {
                question: "Gain?".into(),
                cite: vec!["t gain".into()],
            },
            Gate::Support {
                criterion: "k0".into(),
                min_score: 2,
                cite: vec!["t support".into()],
            },
        ],
    }
}

fn cards(w: &World) -> Vec<Scorecard> {
    let mut out = Vec::new();
    for (s, (org, gains, cells)) in w.scorers.iter().enumerate() {
        for (c, row) in cells.iter().enumerate() {
            out.push(Scorecard {
                scorer: format!("s{s}"),
                organisation: format!("org{org}"),
                candidate: format!("c{c}"),
                collaborative_gain: gains.get(c).copied().flatten(),
                scores: row
                    .iter()
                    .enumerate()
                    .filter_map(|(k, cell)| {
                        cell.map(|score| CriterionScore {
                            criterion: format!("k{k}"),
                            score,
                        })
                    })
                    .collect(),
            });
        }
    }
    out
}

fn input(w: &World, cards: Vec<Scorecard>, max: u32) -> PriorityInput {
    PriorityInput {
        constitution: None,
        criteria: Some(set(w.criteria, &w.weights)),
        candidates: (0..w.candidates)
            .map(|c| Candidate {
                id: format!("c{c}"),
                name: format!("Candidate {c}"),
            })
            .collect(),
        scorecards: cards,
        options: ScoreOptions {
            portfolio: Some(PortfolioLimit {
                min: 1,
                max,
                cite: vec!["t limit".into()],
            }),
            ..ScoreOptions::default()
        },
    }
}

fn world() -> impl Strategy<Value = World> {
    (1usize..5, 1usize..7, 1usize..6).prop_flat_map(|(criteria, candidates, scorers)| {
        let cell = prop_oneof![
            1 => Just(None),
            1 => Just(Some(None)),
            4 => (0u32..=4).prop_map(|v| Some(Some(v))),
        ];
        let gain = prop_oneof![
            Just(None),
            Just(Some(GainAnswer::Yes)),
            Just(Some(GainAnswer::Yes)),
            Just(Some(GainAnswer::No)),
            Just(Some(GainAnswer::DontKnow)),
        ];
        let scorer = (
            0usize..3,
            prop::collection::vec(gain, candidates),
            prop::collection::vec(prop::collection::vec(cell, criteria), candidates),
        );
        (
            prop::collection::vec(scorer, scorers),
            prop::collection::vec(1u32..5, criteria),
        )
            .prop_map(move |(scorers, weights)| World {
                criteria,
                candidates,
                scorers,
                weights,
            })
    })
}

fn totals(r: &PriorityReport) -> Vec<(String, Option<f64>)> {
    let mut t: Vec<_> = r.candidates.iter().map(|c| (c.candidate.clone(), c.total)).collect();
    t.sort_by(|a, b| a.0.cmp(&b.0));
    t
}

fn assert_finite(r: &PriorityReport) {
    for c in &r.candidates {
        assert!(c.total.is_none_or(f64::is_finite));
        for k in &c.criteria {
            for v in [k.mean, k.median, k.sd].into_iter().flatten() {
                assert!(v.is_finite());
            }
        }
    }
    if let Some(s) = &r.sensitivity {
        for w in &s.weights {
            assert!(w.low.is_finite() && w.high.is_finite());
            for ch in w.up.iter().chain(&w.down) {
                assert!(ch.to.is_finite() && ch.change_percent.is_finite());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn raising_one_score_never_lowers_that_total(w in world(), pick in any::<prop::sample::Index>(), median in any::<bool>()) {
        let base = cards(&w);
        // Every answered cell below the top of the scale can be raised by one.
        let raisable: Vec<(usize, usize)> = base.iter().enumerate().flat_map(|(i, c)| {
            c.scores.iter().enumerate().filter(|(_, s)| s.score.is_some_and(|v| v < 4)).map(move |(j, _)| (i, j))
        }).collect();
        prop_assume!(!raisable.is_empty());
        let (i, j) = raisable[pick.index(raisable.len())];
        let mut raised = base.clone();
        raised[i].scores[j].score = raised[i].scores[j].score.map(|v| v + 1);
        let mut a = input(&w, base, 2);
        let mut b = input(&w, raised, 2);
        if median {
            a.options.aggregate = AggregateMethod::Median;
            b.options.aggregate = AggregateMethod::Median;
        }
        let (ra, rb) = (score_priorities(&a).unwrap(), score_priorities(&b).unwrap());
        let who = format!("c{}", a.scorecards[i].candidate.trim_start_matches('c'));
        let before = ra.candidates.iter().find(|c| c.candidate == who).unwrap().total.unwrap();
        let after = rb.candidates.iter().find(|c| c.candidate == who).unwrap().total.unwrap();
        prop_assert!(after >= before - 1e-12, "{before} -> {after}");
    }

    #[test]
    fn permuting_scorers_changes_nothing(w in world(), seed in any::<u64>()) {
        let base = cards(&w);
        let mut shuffled = base.clone();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let a = score_priorities(&input(&w, base, 2)).unwrap();
        let b = score_priorities(&input(&w, shuffled, 2)).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn dont_know_never_acts_as_zero(w in world()) {
        let base = cards(&w);
        // Turn every unanswered cell into an explicit don't know: nothing may move.
        let mut with_dk = base.clone();
        for card in &mut with_dk {
            for k in 0..w.criteria {
                let id = format!("k{k}");
                if !card.scores.iter().any(|s| s.criterion == id) {
                    card.scores.push(CriterionScore { criterion: id, score: None });
                }
            }
        }
        let a = score_priorities(&input(&w, base.clone(), 2)).unwrap();
        let b = score_priorities(&input(&w, with_dk, 2)).unwrap();
        prop_assert_eq!(totals(&a), totals(&b));
        prop_assert_eq!(&a.portfolio.proposed, &b.portfolio.proposed);
        // And a don't know is not a zero: scoring it 0 instead never raises a total.
        let mut zeroed = base;
        for card in &mut zeroed {
            for s in &mut card.scores {
                s.score.get_or_insert(0);
            }
        }
        let z = score_priorities(&input(&w, zeroed, 2)).unwrap();
        for ((_, ta), (_, tz)) in totals(&a).iter().zip(totals(&z)) {
            if let (Some(ta), Some(tz)) = (ta, tz) {
                prop_assert!(tz <= ta + 1e-12);
            }
        }
    }

    #[test]
    fn sensitivity_is_exact(w in world(), max in 1u32..4) {
        let inp = input(&w, cards(&w), max);
        let r = score_priorities(&inp).unwrap();
        assert_finite(&r);
        let s = r.sensitivity.clone().unwrap();
        for (k, ws) in s.weights.iter().enumerate() {
            // At every reported change, an entering and a leaving candidate are level.
            for ch in ws.up.iter().chain(&ws.down) {
                let mut at = inp.clone();
                at.options.weights = vec![WeightOverride { criterion: format!("k{k}"), weight: ch.to }];
                let t = score_priorities(&at).unwrap();
                let total = |id: &str| t.candidates.iter().find(|c| c.candidate == id).and_then(|c| c.total).unwrap();
                let level = ch.entering.iter().any(|e| ch.leaving.iter().any(|l| (total(e) - total(l)).abs() < 1e-9))
                    || ch.entering.is_empty() || ch.leaving.is_empty();
                prop_assert!(level, "{:?}", ch);
            }
            // Brute force on a grid inside the range: any change there is reported.
            let mut changed = false;
            for step in 0..=20 {
                let x = ws.low + (ws.high - ws.low) * f64::from(step) / 20.0;
                let mut at = inp.clone();
                at.options.weights = vec![WeightOverride { criterion: format!("k{k}"), weight: x }];
                let t = score_priorities(&at).unwrap();
                if t.portfolio.proposed.iter().collect::<std::collections::BTreeSet<_>>()
                    != r.portfolio.proposed.iter().collect()
                {
                    changed = true;
                }
            }
            if changed {
                prop_assert!(ws.changes_within_range, "weight {k}: the grid found a change the analysis missed");
            }
        }
    }

    #[test]
    fn bad_numbers_are_refused_not_panicked(weight in any::<f64>(), score in any::<u32>(), range in any::<f64>()) {
        let w = World { criteria: 2, candidates: 2, scorers: vec![(0, vec![Some(GainAnswer::Yes); 2], vec![vec![Some(Some(1)), Some(Some(2))]; 2])], weights: vec![1, 1] };
        let mut inp = input(&w, cards(&w), 1);
        inp.scorecards[0].scores[0].score = Some(score);
        inp.options.weights = vec![WeightOverride { criterion: "k1".into(), weight }];
        inp.options.sensitivity_range = Some(range);
        if let Ok(r) = score_priorities(&inp) {
            assert_finite(&r);
            prop_assert!(weight.is_finite() && score <= 4 && range.is_finite());
        }
        let mut c = inp.criteria.clone().unwrap();
        c.criteria[0].weight = weight;
        let mut p = crate::error::Problems::new();
        check_set(&mut p, "criteria", &c);
        prop_assert_eq!(p.is_empty(), weight == 0.0 || (1e-6..=1e6).contains(&weight));
    }

    #[test]
    fn csv_round_trips(w in world(), names in prop::collection::vec("[a-zA-Z =+@\",'\n-]{1,8}", 3)) {
        let mut original = cards(&w);
        for (i, c) in original.iter_mut().enumerate() {
            c.scorer = format!("{}{i}", names[0]);
            c.organisation = names[1].clone();
            c.candidate = names[2].clone();
        }
        let csv = scorecards_to_csv(&ScorecardsToCsvInput {
            constitution: None,
            criteria: Some(set(w.criteria, &w.weights)),
            scorecards: original.clone(),
        }).unwrap();
        let back = scorecards_from_csv(&ScorecardsFromCsvInput { csv: csv.csv }).unwrap();
        prop_assert_eq!(back.scorecards, original);
    }

    #[test]
    fn combining_a_source_twice_counts_it_once(w in world()) {
        let all = cards(&w);
        let single = score_priorities(&input(&w, all.clone(), 2)).unwrap();
        let inp = input(&w, Vec::new(), 2);
        let source = |name: &str| ScorecardSource { name: name.into(), scorecards: all.clone(), csv: None };
        let combined = combine_scorecards(&CombineInput {
            constitution: None,
            criteria: inp.criteria.clone(),
            candidates: inp.candidates.clone(),
            sources: vec![source("first"), source("again")],
            options: inp.options.clone(),
        }).unwrap();
        prop_assert_eq!(combined.issues.len(), all.len());
        prop_assert!(combined.issues.iter().all(|i| i.kind == IssueKind::Duplicate && i.source == "again"));
        prop_assert_eq!(combined.result, single);
    }
}

#[test]
fn the_inverclyde_preset_carries_the_whole_method() {
    let r = priority_criteria(&crate::constitution::ConstitutionSource::Preset(
        "inverclyde-mou".into(),
    ))
    .unwrap();
    let s = r.selection.unwrap();
    assert_eq!((s.portfolio.min, s.portfolio.max), (3, 4));
    assert_eq!(s.criteria.criteria.len(), 22);
    let in_group = |g: &str| {
        s.criteria
            .criteria
            .iter()
            .filter(|c| c.group.as_deref() == Some(g))
            .count()
    };
    assert_eq!(in_group("selection-criteria"), 7);
    assert_eq!(in_group("clarity-of-purpose"), 3);
    assert_eq!(in_group("leadership-governance-performance"), 5);
    assert_eq!(in_group("evidence-client-focus"), 2);
    assert_eq!(in_group("strategy-into-action"), 5);
    assert!(s.criteria.criteria.iter().all(|c| c.cite == ["inverclyde-mou 3"]));
    let clack = priority_criteria(&crate::constitution::ConstitutionSource::Preset(
        "clackmannanshire-2019".into(),
    ))
    .unwrap();
    assert!(clack.selection.is_none());
    assert_eq!(clack.notes.len(), 1);
}

#[test]
fn too_many_candidates_is_too_large() {
    let w = World {
        criteria: 1,
        candidates: MAX_CANDIDATES + 1,
        scorers: vec![],
        weights: vec![1],
    };
    let e = score_priorities(&input(&w, vec![], 1)).unwrap_err();
    assert_eq!(e.code, crate::ErrorCode::TooLarge);
}
