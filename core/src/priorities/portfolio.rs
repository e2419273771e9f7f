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

/// The selection from eligible candidates sorted best first: (clear members, tied
/// candidates on the boundary, places left for them).
pub(crate) fn select(sorted: &[(usize, f64)], max: usize) -> (Vec<usize>, Vec<usize>, usize) {
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
            return (clear, group.iter().map(|&(i, _)| i).collect(), places);
        }
        start = end;
    }
    (clear, Vec::new(), 0)
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
) -> (PortfolioReport, Vec<usize>, Vec<usize>) {
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
        return (report, Vec::new(), Vec::new());
    };
    let max = limit.max as usize;
    let sorted: Vec<(usize, f64)> = order
        .iter()
        .filter(|&&i| eligible.get(i).copied().unwrap_or(false))
        .filter_map(|&i| totals.get(i).copied().flatten().map(|t| (i, t)))
        .collect();
    let (clear, tied, places) = select(&sorted, max);
    // Gate failures that would otherwise have made the cut: ranked within the limit.
    let held_back: Vec<usize> = order
        .iter()
        .take(max)
        .copied()
        .filter(|&i| !eligible.get(i).copied().unwrap_or(false) && totals.get(i).copied().flatten().is_some())
        .collect();
    let name = |i: usize| names.get(i).copied().unwrap_or("?");
    let id = |i: usize| ids.get(i).copied().unwrap_or("?").to_string();
    let mut reasons = Vec::new();
    let list = |xs: &[usize]| xs.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ");
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
                list(&clear)
            ),
            &limit.cite,
        ));
    }
    if !tied.is_empty() {
        reasons.push(Reason::new(
            format!(
                "{} are tied on the boundary and only {places} more {} within the limit of {}: the tool does not choose between them; the Board does.",
                list(&tied),
                if places == 1 { "fits" } else { "fit" },
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
                list(&held_back)
            ),
            &[],
        ));
    }
    let report = PortfolioReport {
        limit: Some(limit.clone()),
        proposed: clear.iter().map(|&i| id(i)).collect(),
        tied_at_boundary: tied.iter().map(|&i| id(i)).collect(),
        places_for_tied: places as u32,
        held_back_by_gates: held_back.iter().map(|&i| id(i)).collect(),
        reasons,
    };
    let outside: Vec<usize> = sorted.iter().map(|&(i, _)| i).filter(|i| !clear.contains(i)).collect();
    (report, clear, outside)
}

#[cfg(test)]
mod tests {
    use super::select;

    #[test]
    fn a_tie_on_the_boundary_is_left_to_the_board() {
        let sorted = [(0, 4.0), (1, 3.0), (2, 3.0), (3, 2.0)];
        assert_eq!(select(&sorted, 2), (vec![0], vec![1, 2], 1));
        assert_eq!(select(&sorted, 3), (vec![0, 1, 2], vec![], 0));
        assert_eq!(select(&sorted, 9), (vec![0, 1, 2, 3], vec![], 0));
    }
}
