//! `priorityCriteria`: a constitution's priority-selection method, or what it says
//! instead when it sets none.

use super::criteria::PrioritySelection;
use crate::constitution::ConstitutionSource;
use crate::error::Error;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PriorityCriteriaReport {
    pub constitution: String,
    /// `null` where the constitution sets no priority-selection method.
    pub selection: Option<PrioritySelection>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// The criteria set, scale, gates and portfolio limit of a constitution.
pub fn priority_criteria(source: &ConstitutionSource) -> Result<PriorityCriteriaReport, Error> {
    let c = source.resolve()?.into_owned();
    let notes = c.notes_on("priorities");
    let mut cites = Citations::new();
    cites.add_reasons(&notes);
    let summary = match &c.priorities {
        Some(p) => {
            cites.add(&p.portfolio.cite);
            cites.add(&p.criteria.scale.cite);
            for crit in &p.criteria.criteria {
                cites.add(&crit.cite);
            }
            for g in &p.criteria.gates {
                cites.add(g.cite());
            }
            format!(
                "{}: {} scored {}–{}, {} {}, and a portfolio of {} to {} priorities.",
                p.criteria.name,
                crate::wording::count_irregular(p.criteria.criteria.len(), "criterion", "criteria"),
                p.criteria.scale.min,
                p.criteria.scale.max,
                p.criteria.gates.len(),
                if p.criteria.gates.len() == 1 { "gate" } else { "gates" },
                p.portfolio.min,
                p.portfolio.max
            )
        }
        None => format!(
            "{} sets no priority-selection method; a criteria set can still be given to the scoring engine.",
            c.name
        ),
    };
    Ok(PriorityCriteriaReport {
        constitution: c.id,
        selection: c.priorities,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}
