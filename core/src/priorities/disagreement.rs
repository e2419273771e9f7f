//! Disagreement: where scorers differ most, so the Board discusses it rather than
//! averaging it away. Spread is the standard deviation of the scores (then the range),
//! for every candidate and criterion with at least two scores that are not all equal.

use super::aggregate::CriterionResult;
use super::criteria::CriteriaSet;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Disagreement {
    pub candidate: String,
    pub criterion: String,
    pub answers: u32,
    pub min: u32,
    pub max: u32,
    pub range: u32,
    pub sd: f64,
    pub reason: Reason,
}

/// The cells where scorers differ, largest spread first.
pub(crate) struct Disagreements {
    /// At most the limit asked for.
    pub list: Vec<Disagreement>,
    /// How many cells have any spread at all.
    pub total: u32,
}

/// Cells `(candidate, criterion, result)` in order of spread, largest first, at most
/// `limit` of them, and how many cells have any spread at all.
pub(crate) fn rank(
    cells: &[(usize, usize, &CriterionResult)],
    set: &CriteriaSet,
    ids: &[&str],
    names: &[&str],
    limit: usize,
) -> Disagreements {
    let mut spread: Vec<(f64, u32, usize)> = Vec::new();
    for (pos, &(_, _, r)) in cells.iter().enumerate() {
        if let (Some(sd), Some(range)) = (r.sd, r.range) {
            if r.answers >= 2 && range > 0 {
                spread.push((sd, range, pos));
            }
        }
    }
    let total = spread.len() as u32;
    spread.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    spread.truncate(limit);
    let list = spread
        .into_iter()
        .filter_map(|(sd, range, pos)| {
            let &(c, k, r) = cells.get(pos)?;
            let (min, max) = (r.min?, r.max?);
            let criterion = set.criteria.get(k)?;
            let name = names.get(c).copied().unwrap_or("?");
            Some(Disagreement {
                candidate: ids.get(c).copied().unwrap_or("?").to_string(),
                criterion: r.criterion.clone(),
                answers: r.answers,
                min,
                max,
                range,
                sd,
                reason: Reason::new(
                    format!(
                        "{name}, {}: the {} scores run from {min} to {max} (standard deviation {sd:.2}); worth discussing before relying on the average.",
                        criterion.name, r.answers
                    ),
                    &criterion.cite,
                ),
            })
        })
        .collect();
    Disagreements { list, total }
}
