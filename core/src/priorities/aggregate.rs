//! Aggregation: per candidate and criterion, the answers across scorers; per candidate,
//! the weighted total; and the ranking, with ties shown as ties.
//!
//! The statistics are computed from integer sums, so they do not depend on the order of
//! the scorers. "Don't know" is counted separately and never enters a mean or median.
//! The weighted total is a weighted mean on the scale: the sum of weight × criterion
//! score over the criteria that have answers, divided by the sum of their weights. A
//! criterion nobody could answer therefore leaves the total alone instead of pulling it
//! towards zero; the report warns when that happens.

use super::scorecards::Indexed;
use serde::{Deserialize, Serialize};

/// How scorers' answers on one criterion are combined into the candidate's score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum AggregateMethod {
    #[default]
    Mean,
    Median,
}

/// One candidate on one criterion, across scorers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CriterionResult {
    pub criterion: String,
    /// Scorers who gave a score.
    pub answers: u32,
    /// Scorers who answered "don't know" (not counted as zero).
    pub dont_know: u32,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    /// `max - min`: how far apart the scorers are.
    pub range: Option<u32>,
    /// Population standard deviation of the scores.
    pub sd: Option<f64>,
}

/// The answers per (candidate, criterion) cell, flat: `cell = candidate * criteria + criterion`.
pub(crate) struct Cells {
    pub criteria: usize,
    pub values: Vec<Vec<u32>>,
    pub dont_know: Vec<u32>,
}

impl Cells {
    pub fn collect(candidates: usize, criteria: usize, x: &Indexed) -> Cells {
        let n = candidates.saturating_mul(criteria);
        // Each cell holds at most one score per scorecard of its candidate: allocate that once.
        let mut per_candidate = vec![0usize; candidates];
        for &c in &x.candidate {
            if let Some(k) = per_candidate.get_mut(c) {
                *k += 1;
            }
        }
        let mut cells = Cells {
            criteria,
            values: per_candidate
                .iter()
                .flat_map(|&k| (0..criteria).map(move |_| Vec::with_capacity(k)))
                .collect(),
            dont_know: vec![0; n],
        };
        for (card, scores) in x.scores.iter().enumerate() {
            let Some(&c) = x.candidate.get(card) else { continue };
            for &(k, v) in scores {
                let cell = c * criteria + k;
                match v {
                    Some(v) => {
                        if let Some(list) = cells.values.get_mut(cell) {
                            list.push(v);
                        }
                    }
                    None => {
                        if let Some(d) = cells.dont_know.get_mut(cell) {
                            *d = d.saturating_add(1);
                        }
                    }
                }
            }
        }
        for list in &mut cells.values {
            list.sort_unstable();
        }
        cells
    }

    pub fn cell(&self, candidate: usize, criterion: usize) -> (&[u32], u32) {
        let i = candidate * self.criteria + criterion;
        (
            self.values.get(i).map(Vec::as_slice).unwrap_or(&[]),
            self.dont_know.get(i).copied().unwrap_or(0),
        )
    }
}

/// Statistics of one cell's sorted scores.
pub(crate) fn stats(criterion: &str, sorted: &[u32], dont_know: u32) -> CriterionResult {
    let n = sorted.len() as u64;
    let (sum, sum_sq) = sorted.iter().fold((0u64, 0u128), |(s, q), &v| {
        (s + u64::from(v), q + u128::from(v) * u128::from(v))
    });
    let mean = (n > 0).then(|| sum as f64 / n as f64);
    let median = match sorted.len() {
        0 => None,
        len if len % 2 == 1 => sorted.get(len / 2).map(|&v| f64::from(v)),
        len => match (sorted.get(len / 2 - 1), sorted.get(len / 2)) {
            (Some(&a), Some(&b)) => Some((f64::from(a) + f64::from(b)) / 2.0),
            _ => None,
        },
    };
    // Variance as (n·Σx² − (Σx)²) / n², exact in integers before the one division.
    let sd = (n > 0).then(|| {
        let num = u128::from(n) * sum_sq - u128::from(sum) * u128::from(sum);
        (num as f64 / (n as f64 * n as f64)).sqrt()
    });
    let (min, max) = (sorted.first().copied(), sorted.last().copied());
    CriterionResult {
        criterion: criterion.to_string(),
        answers: n as u32,
        dont_know,
        mean,
        median,
        min,
        max,
        range: min.zip(max).map(|(a, b)| b - a),
        sd,
    }
}

impl CriterionResult {
    pub fn value(&self, method: AggregateMethod) -> Option<f64> {
        match method {
            AggregateMethod::Mean => self.mean,
            AggregateMethod::Median => self.median,
        }
    }
}

/// The weighted mean of the answered criteria; `None` when nothing weighted was answered.
pub(crate) fn weighted_total(values: &[Option<f64>], weights: &[f64]) -> Option<f64> {
    let (mut num, mut den) = (0.0, 0.0);
    for (v, &w) in values.iter().zip(weights) {
        if let Some(v) = v {
            if w > 0.0 {
                num += w * v;
                den += w;
            }
        }
    }
    (den > 0.0).then(|| num / den)
}

/// Equal for ranking: totals that differ only by floating-point rounding are a tie.
pub(crate) fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Candidates best first, and each one's rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ranking {
    /// Candidate indices, best first (ties in input order; no total last).
    pub order: Vec<usize>,
    /// Per candidate index: its rank, `None` without a total.
    pub ranks: Vec<Option<u32>>,
}

/// Candidates best first (ties in input order), and each one's rank: equal totals share
/// a rank ("1, 2, 2, 4"); candidates with no total have no rank and come last.
pub(crate) fn rank(totals: &[Option<f64>]) -> Ranking {
    let mut order: Vec<usize> = (0..totals.len()).collect();
    order.sort_by(|&a, &b| {
        let (ta, tb) = (totals.get(a).copied().flatten(), totals.get(b).copied().flatten());
        match (ta, tb) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then(a.cmp(&b))
    });
    // Tie groups: each candidate joins the group of the one before it when their totals
    // are the same; the group's head decides, so near-ties cannot chain.
    let mut ranks = vec![None; totals.len()];
    let mut head: Option<f64> = None;
    let mut head_rank = 0u32;
    for (pos, &i) in order.iter().enumerate() {
        let Some(t) = totals.get(i).copied().flatten() else {
            break;
        };
        match head {
            Some(h) if same(h, t) => {}
            _ => {
                head = Some(t);
                head_rank = pos as u32 + 1;
            }
        }
        if let Some(r) = ranks.get_mut(i) {
            *r = Some(head_rank);
        }
    }
    // Re-sort within tie groups by input order so that ties read in a stable order.
    order.sort_by_key(|&i| (ranks.get(i).copied().flatten().unwrap_or(u32::MAX), i));
    Ranking { order, ranks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_of_a_cell() {
        let s = stats("x", &[1, 2, 4, 4], 1);
        assert_eq!(s.mean, Some(2.75));
        assert_eq!(s.median, Some(3.0));
        assert_eq!(s.range, Some(3));
        assert_eq!(s.dont_know, 1);
        assert!((s.sd.unwrap() - 1.299_038_105_676_658).abs() < 1e-12);
        let empty = stats("x", &[], 2);
        assert_eq!((empty.mean, empty.sd, empty.answers), (None, None, 0));
    }

    #[test]
    fn ties_share_a_rank() {
        let Ranking { order, ranks } = rank(&[Some(2.0), Some(3.0), Some(2.0), None, Some(1.0)]);
        assert_eq!(order, vec![1, 0, 2, 4, 3]);
        assert_eq!(ranks, vec![Some(2), Some(1), Some(2), None, Some(4)]);
    }

    proptest::proptest! {
        /// Every candidate is in the order once; totals never rise along it; a rank is one
        /// more than the number of candidates with a strictly better total; no total, no rank.
        #[test]
        fn ranks_count_the_better_totals(points in proptest::collection::vec(proptest::option::of(0u32..8), 0..12)) {
            let totals: Vec<Option<f64>> = points.iter().map(|p| p.map(f64::from)).collect();
            let Ranking { order, ranks } = rank(&totals);
            let mut seen = order.clone();
            seen.sort_unstable();
            proptest::prop_assert_eq!(seen, (0..totals.len()).collect::<Vec<_>>());
            let along: Vec<f64> = order.iter().map(|&i| totals[i].unwrap_or(f64::NEG_INFINITY)).collect();
            proptest::prop_assert!(along.windows(2).all(|w| w[0] >= w[1]));
            for (i, t) in totals.iter().enumerate() {
                let better = totals.iter().filter(|u| matches!((u, t), (Some(u), Some(t)) if u > t)).count() as u32;
                proptest::prop_assert_eq!(ranks[i], t.map(|_| better + 1));
            }
        }
    }
}
