//! The proposed portfolio: the best candidates that pass every gate, up to the limit.
//!
//! Candidates are taken best first. Where candidates tie on the boundary (taking them
//! all would go over the limit), none of them is picked by the tool: they are listed as
//! tied with the number of places left, and the Board chooses. The proposal may then be
//! smaller than the constitution's minimum, and the report says so.

use super::aggregate::same;
use super::criteria::PortfolioLimit;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PortfolioReport {
    /// The limit used; `null` when neither the constitution nor the input sets one.
    pub limit: Option<PortfolioLimit>,
    /// Candidate ids, best first.
    pub proposed: Vec<String>,
    /// Candidates tied on the boundary, of whom only `placesForTied` fit.
    pub tied_at_boundary: Vec<String>,
    pub places_for_tied: u32,
    /// Candidates that would have ranked inside the limit but failed a gate.
    pub held_back_by_gates: Vec<String>,
    pub reasons: Vec<Reason>,
}

/// The selection from eligible candidates sorted best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Selection {
    /// Clear members of the portfolio, best first.
    pub clear: Vec<usize>,
    /// Candidates tied on the boundary: taking them all would go over the limit.
    pub tied: Vec<usize>,
    /// Places left for the tied candidates.
    pub places: usize,
}

/// Take `sorted` (eligible candidates with their totals, best first) group by group of
/// equal totals while the whole group fits within `max`.
pub(crate) fn select(sorted: &[(usize, f64)], max: usize) -> Selection {
    let mut clear = Vec::with_capacity(max);
    let mut start = 0;
    while start < sorted.len() && clear.len() < max {
        let Some(&(_, head)) = sorted.get(start) else { break };
        let end = sorted
            .iter()
            .skip(start)
            .position(|&(_, t)| !same(head, t))
            .map_or(sorted.len(), |p| start + p);
        let group = sorted.get(start..end).unwrap_or(&[]);
        if clear.len() + group.len() <= max {
            clear.extend(group.iter().map(|&(i, _)| i));
        } else {
            let places = max - clear.len();
            let tied = group.iter().map(|&(i, _)| i).collect();
            return Selection { clear, tied, places };
        }
        start = end;
    }
    Selection {
        clear,
        tied: Vec::new(),
        places: 0,
    }
}

/// The proposed portfolio: the report, and its members by candidate index, best first.
pub(crate) struct Portfolio {
    pub report: PortfolioReport,
    pub members: Vec<usize>,
}

/// Build the report. `order` is every candidate best first; `eligible` says who passed
/// the gates and has a total.
pub(crate) fn build(
    limit: Option<&PortfolioLimit>,
    order: &[usize],
    totals: &[Option<f64>],
    eligible: &[bool],
    ids: &[&str],
    names: &[&str],
) -> Portfolio {
    let Some(limit) = limit else {
        let report = PortfolioReport {
            limit: None,
            proposed: Vec::new(),
            tied_at_boundary: Vec::new(),
            places_for_tied: 0,
            held_back_by_gates: Vec::new(),
            reasons: vec![Reason::new(
                "No portfolio limit is set, so no portfolio is proposed: the ranking stands on its own.",
                &[],
            )],
        };
        return Portfolio {
            report,
            members: Vec::new(),
        };
    };
    let max = limit.max as usize;
    let sorted: Vec<(usize, f64)> = order
        .iter()
        .filter(|&&i| eligible.get(i).copied().unwrap_or(false))
        .filter_map(|&i| totals.get(i).copied().flatten().map(|t| (i, t)))
        .collect();
    let chosen = select(&sorted, max);
    let held_back = held_back(order, totals, eligible, max);
    let id = |i: usize| ids.get(i).copied().unwrap_or("?").to_string();
    let report = PortfolioReport {
        limit: Some(limit.clone()),
        proposed: chosen.clear.iter().map(|&i| id(i)).collect(),
        tied_at_boundary: chosen.tied.iter().map(|&i| id(i)).collect(),
        places_for_tied: chosen.places as u32,
        held_back_by_gates: held_back.iter().map(|&i| id(i)).collect(),
        reasons: reasons(limit, &chosen, &held_back, names),
    };
    Portfolio {
        report,
        members: chosen.clear,
    }
}

/// Gate failures that would otherwise have made the cut: ranked within the limit.
fn held_back(order: &[usize], totals: &[Option<f64>], eligible: &[bool], max: usize) -> Vec<usize> {
    order
        .iter()
        .take(max)
        .copied()
        .filter(|&i| !eligible.get(i).copied().unwrap_or(false) && totals.get(i).copied().flatten().is_some())
        .collect()
}

/// The portfolio's reasons: what is proposed, who is tied, whether it falls short of the
/// minimum, and who a gate held back.
fn reasons(limit: &PortfolioLimit, chosen: &Selection, held_back: &[usize], names: &[&str]) -> Vec<Reason> {
    let Selection { clear, tied, places } = chosen;
    let name = |i: usize| names.get(i).copied().unwrap_or("?");
    let list = |xs: &[usize]| xs.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ");
    let mut reasons = Vec::new();
    let range = if limit.min == limit.max {
        format!("{}", limit.max)
    } else {
        format!("{} or {}", limit.min, limit.max)
    };
    if clear.is_empty() && tied.is_empty() {
        reasons.push(Reason::new(
            format!("No candidate passes every gate with a score, so no portfolio can be proposed; the board focuses on {range} priorities at a time."),
            &limit.cite,
        ));
    } else if !clear.is_empty() {
        reasons.push(Reason::new(
            format!(
                "Proposed, best first: {}. The board focuses on {range} priorities at a time.",
                list(clear)
            ),
            &limit.cite,
        ));
    }
    if !tied.is_empty() {
        reasons.push(Reason::new(
            format!(
                "{} are tied on the boundary and only {places} more {} within the limit of {}: the tool does not choose between them; the Board does.",
                list(tied),
                if *places == 1 { "fits" } else { "fit" },
                limit.max
            ),
            &limit.cite,
        ));
    }
    if clear.len() < limit.min as usize {
        let short_by = limit.min as usize - clear.len();
        reasons.push(Reason::new(
            format!(
                "The proposal has {} {}, {short_by} fewer than the {} the board looks for.",
                clear.len(),
                if clear.len() == 1 { "priority" } else { "priorities" },
                limit.min
            ),
            &limit.cite,
        ));
    }
    if !held_back.is_empty() {
        reasons.push(Reason::new(
            format!(
                "Held back by a gate although their totals rank within the limit: {}.",
                list(held_back)
            ),
            &[],
        ));
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::{select, Selection};
    use proptest::prelude::*;

    fn sel(clear: &[usize], tied: &[usize], places: usize) -> Selection {
        Selection {
            clear: clear.to_vec(),
            tied: tied.to_vec(),
            places,
        }
    }

    #[test]
    fn a_tie_on_the_boundary_is_left_to_the_board() {
        let sorted = [(0, 4.0), (1, 3.0), (2, 3.0), (3, 2.0)];
        assert_eq!(select(&sorted, 2), sel(&[0], &[1, 2], 1));
        assert_eq!(select(&sorted, 3), sel(&[0, 1, 2], &[], 0));
        assert_eq!(select(&sorted, 9), sel(&[0, 1, 2, 3], &[], 0));
    }

    proptest! {
        /// The clear members never exceed the limit; a tie is only reported when it does
        /// not fit, with fewer places than tied candidates; clear members come first in
        /// the order given, and nobody is both clear and tied.
        #[test]
        fn selection_keeps_the_limit(points in prop::collection::vec(0u32..6, 0..12), max in 0usize..8) {
            let mut totals: Vec<f64> = points.iter().map(|&p| f64::from(p)).collect();
            totals.sort_by(|a, b| b.total_cmp(a));
            let sorted: Vec<(usize, f64)> = totals.into_iter().enumerate().collect();
            let s = select(&sorted, max);
            prop_assert!(s.clear.len() <= max);
            prop_assert_eq!(&s.clear, &(0..s.clear.len()).collect::<Vec<_>>());
            if s.tied.is_empty() {
                prop_assert_eq!(s.places, 0);
                prop_assert_eq!(s.clear.len(), max.min(sorted.len()));
            } else {
                prop_assert!(s.places < s.tied.len());
                prop_assert_eq!(s.clear.len() + s.places, max);
                prop_assert!(s.tied.iter().all(|i| !s.clear.contains(i)));
            }
        }
    }
}
