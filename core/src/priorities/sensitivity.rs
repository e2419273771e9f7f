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
    pub criteria: &'a [(&'a str, &'a str, &'a [String])],
}

/// Totals of every eligible candidate as functions of one weight: `(N, D, a, q)`.
fn lines(m: &Model, k: usize) -> Vec<(f64, f64, f64, f64)> {
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
            match row.get(k).copied().flatten() {
                Some(a) => (n, d, a, 1.0),
                None => (n, d, 0.0, 0.0),
            }
        })
        .collect()
}

fn total(l: &(f64, f64, f64, f64), x: f64) -> f64 {
    let den = l.1 + x * l.3;
    if den > 0.0 {
        (l.0 + x * l.2) / den
    } else {
        0.0
    }
}

/// Positive weights at which two candidates' totals are equal.
fn crossings(i: &(f64, f64, f64, f64), j: &(f64, f64, f64, f64), mut push: impl FnMut(f64)) {
    let (ni, di, pi, qi) = *i;
    let (nj, dj, pj, qj) = *j;
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

fn members(ls: &[(f64, f64, f64, f64)], x: f64, max: usize, buf: &mut Vec<(usize, f64)>, state: &mut State) {
    buf.clear();
    buf.extend(ls.iter().enumerate().map(|(e, l)| (e, total(l, x))));
    buf.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (clear, tied, _) = select(buf, max);
    state
        .clear
        .iter_mut()
        .chain(state.tied.iter_mut())
        .for_each(|f| *f = false);
    for (list, flags) in [(clear, &mut state.clear), (tied, &mut state.tied)] {
        for e in list {
            if let Some(f) = flags.get_mut(e) {
                *f = true;
            }
        }
    }
}

/// Two candidates (by eligible position) level at a weight.
type Meeting = (f64, usize, usize);

/// The exact analysis covers at most this many candidates passing the gates; beyond it
/// the report says the analysis was not run (its cost grows with the cube).
pub const MAX_ANALYSED: usize = 100;

pub(crate) fn analyse(m: &Model) -> SensitivityReport {
    let n = m.eligible.len();
    let pct = m.range * 100.0;
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
    let id = |e: usize| {
        m.eligible
            .get(e)
            .and_then(|&i| m.ids.get(i))
            .copied()
            .unwrap_or("?")
            .to_string()
    };
    let name = |e: usize| m.eligible.get(e).and_then(|&i| m.names.get(i)).copied().unwrap_or("?");
    let base_lines = lines(m, usize::MAX);
    let mut buf = Vec::with_capacity(n);
    let fresh = || State {
        clear: vec![false; n],
        tied: vec![false; n],
    };
    let mut base = fresh();
    members(&base_lines, 0.0, m.max, &mut buf, &mut base);
    let mut unstable = vec![false; n];
    let mut nearest_for: Vec<Option<PortfolioChange>> = vec![None; n];
    let mut weights = Vec::with_capacity(m.weights.len());
    let (mut now, mut probe_state) = (fresh(), fresh());
    let mut events: Vec<Meeting> = Vec::new();
    for (k, &w) in m.weights.iter().enumerate() {
        let (cid, cname, cite) = m.criteria.get(k).copied().unwrap_or(("?", "?", &[]));
        let (low, high) = (w * (1.0 - m.range), w * (1.0 + m.range));
        let mut entry = WeightSensitivity {
            criterion: cid.to_string(),
            weight: w,
            low,
            high,
            changes_within_range: false,
            up: None,
            down: None,
        };
        if w <= 0.0 || n == 0 {
            weights.push(entry);
            continue;
        }
        let ls = lines(m, k);
        events.clear();
        for (a, la) in ls.iter().enumerate() {
            for (b, lb) in ls.iter().enumerate().skip(a + 1) {
                crossings(la, lb, |x| events.push((x, a, b)));
            }
        }
        events.retain(|&(x, _, _)| (x - w).abs() > 1e-12 * w);
        events.sort_by(|a, b| a.0.total_cmp(&b.0));
        let split = events.partition_point(|&(x, _, _)| x < w);
        let (below, above) = events.split_at(split);
        for up in [true, false] {
            // Points where the order may change, outwards from `w`, each with the pairs
            // that meet there; `w` itself first, in case a tie at `w` breaks at once.
            let mut points: Vec<(f64, &[Meeting])> = vec![(w, &[])];
            let ordered: Vec<Meeting> = if up {
                above.to_vec()
            } else {
                below.iter().rev().copied().collect()
            };
            let mut start = 0;
            while let Some(&(x, _, _)) = ordered.get(start) {
                let end = ordered
                    .iter()
                    .skip(start)
                    .position(|&(y, _, _)| (y - x).abs() > 1e-12 * x.abs())
                    .map_or(ordered.len(), |p| start + p);
                points.push((x, ordered.get(start..end).unwrap_or(&[])));
                start = end;
            }
            now.clear.clone_from(&base.clear);
            now.tied.clone_from(&base.tied);
            for (t, &(x, pairs)) in points.iter().enumerate() {
                // Only a meeting that involves the portfolio's edge can change it: one
                // member and one non-member, or anyone tied on the boundary.
                let flag = |v: &[bool], e: usize| v.get(e).copied().unwrap_or(false);
                let relevant = t == 0
                    || pairs.iter().any(|&(_, a, b)| {
                        flag(&now.clear, a) != flag(&now.clear, b) || flag(&now.tied, a) || flag(&now.tied, b)
                    });
                if !relevant {
                    continue;
                }
                let probe = match points.get(t + 1) {
                    Some(&(next, _)) => (x + next) / 2.0,
                    None if up => x * 2.0,
                    None => x / 2.0,
                };
                members(&ls, probe, m.max, &mut buf, &mut probe_state);
                let moved = probe_state.clear != now.clear;
                std::mem::swap(&mut now, &mut probe_state);
                if !moved || now.clear == base.clear {
                    continue;
                }
                let within = if up { x <= high } else { x >= low };
                let diff = |is_now: bool, was: bool| -> Vec<usize> {
                    let pairs = now.clear.iter().zip(&base.clear).enumerate();
                    pairs
                        .filter(|(_, (&f, &b))| f == is_now && b == was)
                        .map(|(e, _)| e)
                        .collect()
                };
                let (entering, leaving) = (diff(true, false), diff(false, true));
                let change_percent = (x - w) / w * 100.0;
                let make = || {
                    let who = |xs: &[usize], verb: &str| {
                        (!xs.is_empty())
                            .then(|| format!("{} {verb}", xs.iter().map(|&e| name(e)).collect::<Vec<_>>().join(", ")))
                    };
                    let parts: Vec<String> = [who(&entering, "enters"), who(&leaving, "leaves")]
                        .into_iter()
                        .flatten()
                        .collect();
                    let text = if t == 0 {
                        format!(
                            "The portfolio's boundary is a tie: any {} in the weight of {cname} from {} breaks it: {}.",
                            if up { "rise" } else { "fall" },
                            fmt(w),
                            parts.join(" and ")
                        )
                    } else {
                        format!(
                            "If the weight of {cname} moves from {} to {} ({:+.1}%), the portfolio changes: {}.",
                            fmt(w),
                            fmt(x),
                            change_percent,
                            parts.join(" and ")
                        )
                    };
                    PortfolioChange {
                        criterion: cid.to_string(),
                        from: w,
                        to: x,
                        change_percent,
                        within_range: within,
                        entering: entering.iter().map(|&e| id(e)).collect(),
                        leaving: leaving.iter().map(|&e| id(e)).collect(),
                        reason: Reason::new(text, cite),
                    }
                };
                let slot = if up { &mut entry.up } else { &mut entry.down };
                if slot.is_none() {
                    *slot = Some(make());
                }
                for e in entering.iter().chain(&leaving) {
                    if within {
                        if let Some(u) = unstable.get_mut(*e) {
                            *u = true;
                        }
                    }
                    if let Some(best) = nearest_for.get_mut(*e) {
                        if best
                            .as_ref()
                            .is_none_or(|b| change_percent.abs() < b.change_percent.abs())
                        {
                            *best = Some(make());
                        }
                    }
                }
                if within {
                    entry.changes_within_range = true;
                }
            }
        }
        weights.push(entry);
    }
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
                .filter_map(|w| m.criteria.iter().find(|c| c.0 == w.criterion).map(|c| c.1))
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
    let candidates = (0..n)
        .map(|e| CandidateStability {
            candidate: id(e),
            in_portfolio: base.clear.get(e).copied().unwrap_or(false),
            stable: !unstable.get(e).copied().unwrap_or(false),
            nearest: nearest_for.get_mut(e).and_then(Option::take),
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

/// A weight for people: at most three decimals, no trailing zeros.
fn fmt(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
