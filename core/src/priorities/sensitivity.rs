//! Sensitivity: does the proposed portfolio change when one weight moves?
//!
//! The analysis is exact and deterministic, one weight at a time, with the others held.
//! With weight `x` on criterion `k`, a candidate's total is `(N + x·a) / (D + x·q)`: `a`
//! is its score on `k`, `q` is 1 when `k` was answered (else 0), and `N`, `D` are the
//! weighted sum and the weights of its other answered criteria. Two candidates swap
//! order only where their totals are equal, a quadratic in `x`; between consecutive
//! such points the order (and so the portfolio) is fixed. The analysis solves every
//! pair's quadratic, sorts the points, and walks outwards from the current weight in
//! both directions, re-selecting the portfolio just past each point where a member
//! meets a non-member (or someone tied on the boundary): only such a meeting can change
//! the portfolio. That gives, for each weight, the exact nearest weight at which the
//! portfolio changes and who enters and leaves, and for each candidate whether it stays
//! in (or out) everywhere within the stated range.

use super::criteria::MAX_WEIGHT;
use super::portfolio::select;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// The default range: each weight moves by up to ±25%.
pub const DEFAULT_RANGE: f64 = 0.25;
/// Ranges are at most ±95%: a weight never reaches zero in the analysis.
pub const MAX_RANGE: f64 = 0.95;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SensitivityReport {
    /// The stated range as a fraction: 0.25 means each weight moves by up to ±25%.
    pub range: f64,
    /// `false` when too many candidates pass the gates for the exact analysis.
    pub analysed: bool,
    /// No single weight moving within the range changes the proposed portfolio.
    pub stable: bool,
    pub weights: Vec<WeightSensitivity>,
    /// Candidates that pass the gates, best first.
    pub candidates: Vec<CandidateStability>,
    /// The smallest weight change, in either direction on any weight, that changes the
    /// portfolio; `null` when no weight change could.
    pub nearest: Option<PortfolioChange>,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct WeightSensitivity {
    pub criterion: String,
    pub weight: f64,
    /// The range analysed: `weight × (1 − range)` to `weight × (1 + range)`.
    pub low: f64,
    pub high: f64,
    /// The portfolio changes somewhere between `low` and `high`.
    pub changes_within_range: bool,
    /// The nearest change when the weight rises, and when it falls (however far).
    pub up: Option<PortfolioChange>,
    pub down: Option<PortfolioChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CandidateStability {
    pub candidate: String,
    pub in_portfolio: bool,
    /// Stays in (or out of) the portfolio for every single-weight move within the range.
    pub stable: bool,
    /// The smallest weight change that would move this candidate in or out.
    pub nearest: Option<PortfolioChange>,
}

/// The portfolio changes when `criterion`'s weight passes `to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PortfolioChange {
    pub criterion: String,
    pub from: f64,
    pub to: f64,
    /// `(to − from) / from × 100`.
    pub change_percent: f64,
    pub within_range: bool,
    pub entering: Vec<String>,
    pub leaving: Vec<String>,
    pub reason: Reason,
}

/// What the analysis needs: for each candidate that passes the gates (best first), its
/// score per criterion; the weights; the limit; and the names for the reasons.
pub(crate) struct Model<'a> {
    pub eligible: &'a [usize],
    /// `scores[e][k]`: eligible candidate `e`'s aggregate score on criterion `k`.
    pub scores: &'a [Vec<Option<f64>>],
    pub weights: &'a [f64],
    pub max: usize,
    pub range: f64,
    pub ids: &'a [&'a str],
    pub names: &'a [&'a str],
    pub criteria: &'a [CriterionRef<'a>],
}

/// A criterion as the reasons name it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CriterionRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub cite: &'a [String],
}

impl Model<'_> {
    /// The id of eligible candidate `e`.
    fn id(&self, e: usize) -> String {
        self.eligible
            .get(e)
            .and_then(|&i| self.ids.get(i))
            .copied()
            .unwrap_or("?")
            .to_string()
    }

    fn name(&self, e: usize) -> &str {
        self.eligible
            .get(e)
            .and_then(|&i| self.names.get(i))
            .copied()
            .unwrap_or("?")
    }
}

/// A candidate's total as a function of one weight `x`: `(rest_sum + x·score) /
/// (rest_weight + x·answered)`.
#[derive(Debug, Clone, Copy)]
struct Line {
    rest_sum: f64,
    rest_weight: f64,
    score: f64,
    /// 1 when the criterion was answered, else 0.
    answered: f64,
}

/// Totals of every eligible candidate as functions of the weight of criterion `k`.
fn lines(m: &Model, k: usize) -> Vec<Line> {
    m.scores
        .iter()
        .map(|row| {
            let (mut n, mut d) = (0.0, 0.0);
            for (c, (v, &w)) in row.iter().zip(m.weights).enumerate() {
                if let (Some(v), true) = (v, c != k && w > 0.0) {
                    n += w * v;
                    d += w;
                }
            }
            let (score, answered) = match row.get(k).copied().flatten() {
                Some(a) => (a, 1.0),
                None => (0.0, 0.0),
            };
            Line {
                rest_sum: n,
                rest_weight: d,
                score,
                answered,
            }
        })
        .collect()
}

fn total(l: &Line, x: f64) -> f64 {
    let den = l.rest_weight + x * l.answered;
    if den > 0.0 {
        (l.rest_sum + x * l.score) / den
    } else {
        0.0
    }
}

/// Positive weights at which two candidates' totals are equal.
fn crossings(i: &Line, j: &Line, mut push: impl FnMut(f64)) {
    let (ni, di, pi, qi) = (i.rest_sum, i.rest_weight, i.score, i.answered);
    let (nj, dj, pj, qj) = (j.rest_sum, j.rest_weight, j.score, j.answered);
    let a = pi * qj - pj * qi;
    let b = ni * qj + pi * dj - nj * qi - pj * di;
    let c = ni * dj - nj * di;
    // Weights beyond this are not weights anyone sets; bounding them keeps every
    // percentage finite.
    let mut keep = |x: f64| {
        if x.is_finite() && x > 0.0 && x <= MAX_WEIGHT * 1e6 {
            push(x);
        }
    };
    if a == 0.0 {
        if b != 0.0 {
            keep(-c / b);
        }
        return;
    }
    let disc = b * b - 4.0 * a * c;
    if disc < 0.0 {
        return;
    }
    let q = -0.5 * (b + b.signum() * disc.sqrt());
    keep(q / a);
    if q != 0.0 {
        keep(c / q);
    }
}

/// Who is in the portfolio (`clear`) and who is tied on its boundary (`tied`) at weight
/// `x`, by eligible position.
struct State {
    clear: Vec<bool>,
    tied: Vec<bool>,
}

fn members(ls: &[Line], x: f64, max: usize, buf: &mut Vec<(usize, f64)>, state: &mut State) {
    buf.clear();
    buf.extend(ls.iter().enumerate().map(|(e, l)| (e, total(l, x))));
    buf.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let chosen = select(buf, max);
    state
        .clear
        .iter_mut()
        .chain(state.tied.iter_mut())
        .for_each(|f| *f = false);
    for (list, flags) in [(chosen.clear, &mut state.clear), (chosen.tied, &mut state.tied)] {
        for e in list {
            if let Some(f) = flags.get_mut(e) {
                *f = true;
            }
        }
    }
}

/// Two candidates (by eligible position) level at weight `at`.
#[derive(Debug, Clone, Copy)]
struct Crossing {
    at: f64,
    a: usize,
    b: usize,
}

/// The exact analysis covers at most this many candidates passing the gates; beyond it
/// the report says the analysis was not run (its cost grows with the cube).
pub const MAX_ANALYSED: usize = 100;

/// A weight at which the portfolio changes, as computed: the criterion by index and the
/// candidates by eligible position.
#[derive(Debug, Clone, PartialEq)]
struct Change {
    criterion: usize,
    from: f64,
    to: f64,
    up: bool,
    /// The portfolio's boundary is a tie at the current weight: any move breaks it.
    at_tie: bool,
    within_range: bool,
    entering: Vec<usize>,
    leaving: Vec<usize>,
}

impl Change {
    fn change_percent(&self) -> f64 {
        (self.to - self.from) / self.from * 100.0
    }
}

/// One weight's sweep: its range and the nearest change each way.
#[derive(Debug, Clone, PartialEq)]
struct Sweep {
    weight: f64,
    low: f64,
    high: f64,
    changes_within_range: bool,
    up: Option<Change>,
    down: Option<Change>,
}

/// The computation's result, before any sentence is written.
#[derive(Debug, Clone, PartialEq)]
struct Analysis {
    /// Who is in the portfolio at the current weights, by eligible position.
    base: Vec<bool>,
    sweeps: Vec<Sweep>,
    /// Moves in or out for some single-weight change within the range.
    unstable: Vec<bool>,
    /// Per candidate, the smallest change that moves it.
    nearest: Vec<Option<Change>>,
}

/// Scratch space reused across the sweeps.
struct Scratch {
    buf: Vec<(usize, f64)>,
    now: State,
    probe: State,
}

impl State {
    fn new(n: usize) -> Self {
        State {
            clear: vec![false; n],
            tied: vec![false; n],
        }
    }
}

/// Sensitivity of the portfolio to each weight, with its reasons.
pub(crate) fn analyse(m: &Model) -> SensitivityReport {
    let n = m.eligible.len();
    if n > MAX_ANALYSED {
        return SensitivityReport {
            range: m.range,
            analysed: false,
            stable: false,
            weights: Vec::new(),
            candidates: Vec::new(),
            nearest: None,
            reasons: vec![Reason::new(
                format!("{n} candidates pass the gates; the sensitivity analysis covers at most {MAX_ANALYSED}, so it was not run."),
                &[],
            )],
        };
    }
    explain(m, compute(m))
}

/// The exact analysis: for each weight, walk outwards in both directions through the
/// points where two candidates level, re-selecting the portfolio just past each.
fn compute(m: &Model) -> Analysis {
    let n = m.eligible.len();
    let mut scratch = Scratch {
        buf: Vec::with_capacity(n),
        now: State::new(n),
        probe: State::new(n),
    };
    let mut base = State::new(n);
    members(&lines(m, usize::MAX), 0.0, m.max, &mut scratch.buf, &mut base);
    let mut a = Analysis {
        base: Vec::new(),
        sweeps: Vec::with_capacity(m.weights.len()),
        unstable: vec![false; n],
        nearest: vec![None; n],
    };
    let mut events: Vec<Crossing> = Vec::new();
    for (k, &w) in m.weights.iter().enumerate() {
        let mut sweep = Sweep {
            weight: w,
            low: w * (1.0 - m.range),
            high: w * (1.0 + m.range),
            changes_within_range: false,
            up: None,
            down: None,
        };
        if w > 0.0 && n > 0 {
            let ls = lines(m, k);
            level_points(&ls, w, &mut events);
            let split = events.partition_point(|c| c.at < w);
            let (below, above) = events.split_at(split);
            for up in [true, false] {
                let ordered: Vec<Crossing> = if up {
                    above.to_vec()
                } else {
                    below.iter().rev().copied().collect()
                };
                let walk = Walk {
                    m,
                    ls: &ls,
                    k,
                    up,
                    base: &base,
                };
                walk.run(&grouped(&ordered, w), &mut scratch, &mut sweep, &mut a);
            }
        }
        a.sweeps.push(sweep);
    }
    a.base = base.clear;
    a
}

/// Every positive weight at which two candidates level, except `w` itself, sorted.
fn level_points(ls: &[Line], w: f64, events: &mut Vec<Crossing>) {
    events.clear();
    for (a, la) in ls.iter().enumerate() {
        for (b, lb) in ls.iter().enumerate().skip(a + 1) {
            crossings(la, lb, |at| events.push(Crossing { at, a, b }));
        }
    }
    events.retain(|c| (c.at - w).abs() > 1e-12 * w);
    events.sort_by(|a, b| a.at.total_cmp(&b.at));
}

/// Points where the order may change, outwards from `w`, each with the pairs that meet
/// there; `w` itself first, in case a tie at `w` breaks at once.
fn grouped(ordered: &[Crossing], w: f64) -> Vec<(f64, &[Crossing])> {
    let mut points: Vec<(f64, &[Crossing])> = vec![(w, &[])];
    let mut start = 0;
    while let Some(&Crossing { at: x, .. }) = ordered.get(start) {
        let end = ordered
            .iter()
            .skip(start)
            .position(|c| (c.at - x).abs() > 1e-12 * x.abs())
            .map_or(ordered.len(), |p| start + p);
        points.push((x, ordered.get(start..end).unwrap_or(&[])));
        start = end;
    }
    points
}

/// One direction of one weight's sweep.
struct Walk<'a, 'm> {
    m: &'a Model<'m>,
    ls: &'a [Line],
    k: usize,
    up: bool,
    base: &'a State,
}

impl Walk<'_, '_> {
    fn run(&self, points: &[(f64, &[Crossing])], s: &mut Scratch, sweep: &mut Sweep, a: &mut Analysis) {
        let (w, up) = (sweep.weight, self.up);
        s.now.clear.clone_from(&self.base.clear);
        s.now.tied.clone_from(&self.base.tied);
        for (t, &(x, pairs)) in points.iter().enumerate() {
            // Only a meeting that involves the portfolio's edge can change it: one
            // member and one non-member, or anyone tied on the boundary.
            let flag = |v: &[bool], e: usize| v.get(e).copied().unwrap_or(false);
            let now = &s.now;
            let relevant = t == 0
                || pairs.iter().any(|c| {
                    flag(&now.clear, c.a) != flag(&now.clear, c.b) || flag(&now.tied, c.a) || flag(&now.tied, c.b)
                });
            if !relevant {
                continue;
            }
            let probe = match points.get(t + 1) {
                Some(&(next, _)) => (x + next) / 2.0,
                None if up => x * 2.0,
                None => x / 2.0,
            };
            members(self.ls, probe, self.m.max, &mut s.buf, &mut s.probe);
            let moved = s.probe.clear != s.now.clear;
            std::mem::swap(&mut s.now, &mut s.probe);
            if !moved || s.now.clear == self.base.clear {
                continue;
            }
            let diff = |is_now: bool, was: bool| -> Vec<usize> {
                let pairs = s.now.clear.iter().zip(&self.base.clear).enumerate();
                pairs
                    .filter(|(_, (&f, &b))| f == is_now && b == was)
                    .map(|(e, _)| e)
                    .collect()
            };
            let change = Change {
                criterion: self.k,
                from: w,
                to: x,
                up,
                at_tie: t == 0,
                // A crossing at the end of the range, up to rounding, is within it: the
                // crossing point is computed (2.9999999999999987 for a tie at exactly 3).
                within_range: if up {
                    x <= sweep.high + 1e-12 * w
                } else {
                    x >= sweep.low - 1e-12 * w
                },
                entering: diff(true, false),
                leaving: diff(false, true),
            };
            record(change, sweep, a);
        }
    }
}

/// Keep `change` as the sweep's first in its direction and as the nearest for each
/// candidate it moves.
fn record(change: Change, sweep: &mut Sweep, a: &mut Analysis) {
    let within = change.within_range;
    let percent = change.change_percent().abs();
    for e in change.entering.iter().chain(&change.leaving) {
        if within {
            if let Some(u) = a.unstable.get_mut(*e) {
                *u = true;
            }
        }
        if let Some(best) = a.nearest.get_mut(*e) {
            if best.as_ref().is_none_or(|b| percent < b.change_percent().abs()) {
                *best = Some(change.clone());
            }
        }
    }
    if within {
        sweep.changes_within_range = true;
    }
    let slot = if change.up { &mut sweep.up } else { &mut sweep.down };
    if slot.is_none() {
        *slot = Some(change);
    }
}

/// The computed analysis in words: every change with its sentence and the ids it moves.
fn explain(m: &Model, a: Analysis) -> SensitivityReport {
    let pct = m.range * 100.0;
    let weights: Vec<WeightSensitivity> = a
        .sweeps
        .iter()
        .enumerate()
        .map(|(k, s)| WeightSensitivity {
            criterion: m.criteria.get(k).map_or("?", |c| c.id).to_string(),
            weight: s.weight,
            low: s.low,
            high: s.high,
            changes_within_range: s.changes_within_range,
            up: s.up.as_ref().map(|c| describe(m, c)),
            down: s.down.as_ref().map(|c| describe(m, c)),
        })
        .collect();
    let nearest = weights
        .iter()
        .flat_map(|w| w.up.iter().chain(w.down.iter()))
        .min_by(|a, b| a.change_percent.abs().total_cmp(&b.change_percent.abs()))
        .cloned();
    let stable = !weights.iter().any(|w| w.changes_within_range);
    let mut reasons = vec![Reason::new(
        if stable {
            format!("Moving any one weight by up to ±{pct:.0}% leaves the proposed portfolio unchanged.")
        } else {
            let moved: Vec<&str> = weights
                .iter()
                .filter(|w| w.changes_within_range)
                .filter_map(|w| m.criteria.iter().find(|c| c.id == w.criterion).map(|c| c.name))
                .collect();
            format!(
                "The proposed portfolio changes when one of these weights moves by up to ±{pct:.0}%: {}.",
                moved.join(", ")
            )
        },
        &[],
    )];
    match &nearest {
        Some(c) => reasons.push(Reason::new(
            format!("Nearest change: {}", c.reason.text),
            &c.reason.cite,
        )),
        None => reasons.push(Reason::new(
            "No change to a single weight, however large, changes the proposed portfolio.",
            &[],
        )),
    }
    let candidates = (0..m.eligible.len())
        .map(|e| CandidateStability {
            candidate: m.id(e),
            in_portfolio: a.base.get(e).copied().unwrap_or(false),
            stable: !a.unstable.get(e).copied().unwrap_or(false),
            nearest: a.nearest.get(e).and_then(Option::as_ref).map(|c| describe(m, c)),
        })
        .collect();
    SensitivityReport {
        range: m.range,
        analysed: true,
        stable,
        weights,
        candidates,
        nearest,
        reasons,
    }
}

/// One change in words.
fn describe(m: &Model, c: &Change) -> PortfolioChange {
    let criterion = m.criteria.get(c.criterion).copied().unwrap_or(CriterionRef {
        id: "?",
        name: "?",
        cite: &[],
    });
    let change_percent = c.change_percent();
    let who = |xs: &[usize], verb: &str| {
        (!xs.is_empty()).then(|| {
            format!(
                "{} {verb}",
                xs.iter().map(|&e| m.name(e)).collect::<Vec<_>>().join(", ")
            )
        })
    };
    let parts: Vec<String> = [who(&c.entering, "enters"), who(&c.leaving, "leaves")]
        .into_iter()
        .flatten()
        .collect();
    let text = if c.at_tie {
        format!(
            "The portfolio's boundary is a tie: any {} in the weight of {} from {} breaks it: {}.",
            if c.up { "rise" } else { "fall" },
            criterion.name,
            fmt(c.from),
            parts.join(" and ")
        )
    } else {
        format!(
            "If the weight of {} moves from {} to {} ({:+.1}%), the portfolio changes: {}.",
            criterion.name,
            fmt(c.from),
            fmt(c.to),
            change_percent,
            parts.join(" and ")
        )
    };
    PortfolioChange {
        criterion: criterion.id.to_string(),
        from: c.from,
        to: c.to,
        change_percent,
        within_range: c.within_range,
        entering: c.entering.iter().map(|&e| m.id(e)).collect(),
        leaving: c.leaving.iter().map(|&e| m.id(e)).collect(),
        reason: Reason::new(text, criterion.cite),
    }
}

/// A weight for people: at most three decimals, no trailing zeros.
fn fmt(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
