//! Where the method comes from: the constitution's priority-selection section or a
//! criteria set given in the input, with the caller's what-if weights and options.

use super::aggregate::AggregateMethod;
use super::criteria::{check_limit, check_set, short, weight_problem, CriteriaSet, PortfolioLimit};
use super::sensitivity::{DEFAULT_RANGE, MAX_RANGE};
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode, Problems};
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// Options for a scoring run; every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScoreOptions {
    /// Mean (the default) or median of the scorers' answers per criterion.
    #[serde(default)]
    pub aggregate: AggregateMethod,
    /// What-if weights that replace the set's weights for these criteria.
    #[serde(default)]
    pub weights: Vec<WeightOverride>,
    /// A portfolio limit replacing the constitution's.
    #[serde(default)]
    pub portfolio: Option<PortfolioLimit>,
    /// How far each weight moves in the sensitivity analysis (0.25 = ±25%; up to 0.95).
    #[serde(default)]
    pub sensitivity_range: Option<f64>,
    /// How many of the largest disagreements to list (10 unless given; at most 1000).
    #[serde(default)]
    pub max_disagreements: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WeightOverride {
    pub criterion: String,
    pub weight: f64,
}

/// Everything a scoring run needs besides the scorecards.
pub(crate) struct Method {
    pub set: CriteriaSet,
    pub limit: Option<PortfolioLimit>,
    pub weights: Vec<f64>,
    /// Per criterion: whether the caller's weight replaced the set's.
    pub overridden: Vec<bool>,
    pub range: f64,
    pub max_disagreements: usize,
    pub notes: Vec<Reason>,
}

/// The method for a run: the criteria set (input's, else the constitution's), the
/// portfolio limit, the weights with the caller's what-ifs, and the options, each checked.
pub(crate) fn resolve(
    constitution: Option<&ConstitutionSource>,
    criteria: Option<&CriteriaSet>,
    options: &ScoreOptions,
) -> Result<Method, Error> {
    let constitution = constitution.map(ConstitutionSource::resolve).transpose()?;
    let notes = constitution
        .as_ref()
        .map(|c| c.notes_on("priorities"))
        .unwrap_or_default();
    let from_constitution = constitution.as_ref().and_then(|c| c.priorities.as_ref());
    let set = match (criteria, from_constitution) {
        (Some(set), _) => {
            let mut p = Problems::new();
            check_set(&mut p, "criteria", set);
            p.into_input_result("The criteria set is not valid")?;
            set.clone()
        }
        (None, Some(s)) => s.criteria.clone(),
        (None, None) => {
            let why = no_method(constitution.as_ref().map(|c| c.id.as_str()), &notes);
            return Err(Error::at(ErrorCode::InvalidInput, "criteria", why));
        }
    };
    let limit = match &options.portfolio {
        Some(l) => {
            let mut p = Problems::new();
            check_limit(&mut p, "options.portfolio", l);
            p.into_input_result("The portfolio limit is not valid")?;
            Some(l.clone())
        }
        None => from_constitution.map(|s| s.portfolio.clone()),
    };
    let Weights { weights, overridden } = weights(&set, &options.weights)?;
    let range = options.sensitivity_range.unwrap_or(DEFAULT_RANGE);
    if !range.is_finite() || !(0.0..=MAX_RANGE).contains(&range) {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "options.sensitivityRange",
            format!("must be a number from 0 to {MAX_RANGE} (0.25 means ±25%)"),
        ));
    }
    let max_disagreements = options.max_disagreements.unwrap_or(10);
    if max_disagreements > 1000 {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "options.maxDisagreements",
            "must be at most 1000",
        ));
    }
    Ok(Method {
        set,
        limit,
        weights,
        overridden,
        range,
        max_disagreements: max_disagreements as usize,
        notes,
    })
}

/// Why there is no method to score with: the constitution (by id) sets none, in its own
/// notes' words, or no constitution was given.
fn no_method(constitution: Option<&str>, notes: &[Reason]) -> String {
    match constitution {
        Some(id) => {
            let said: Vec<String> = notes.iter().map(|n| n.text.clone()).collect();
            format!(
                "{} sets no priority-selection method{}; give a criteria set in \"criteria\"",
                id,
                if said.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", said.join(" "))
                }
            )
        }
        None => "give a constitution with a priority-selection method, or a criteria set in \"criteria\"".into(),
    }
}

/// The weights a run uses, per criterion of the set.
struct Weights {
    weights: Vec<f64>,
    /// Whether the caller's weight replaced the set's.
    overridden: Vec<bool>,
}

/// The set's weights with the caller's what-if weights in place, refusing unknown or
/// repeated criteria, weights off the range, and all weights at 0.
fn weights(set: &CriteriaSet, overrides: &[WeightOverride]) -> Result<Weights, Error> {
    let mut weights: Vec<f64> = set.criteria.iter().map(|c| c.weight).collect();
    let mut overridden = vec![false; weights.len()];
    let mut p = Problems::new();
    for (i, o) in overrides.iter().enumerate() {
        let at = format!("options.weights[{i}]");
        let Some(k) = set.position(&o.criterion) else {
            p.push(
                ErrorCode::UnknownReference,
                format!("{at}.criterion"),
                format!("there is no criterion \"{}\" in {}", short(&o.criterion), set.id),
            );
            continue;
        };
        if let Some(problem) = weight_problem(o.weight) {
            p.push(ErrorCode::OutOfRange, format!("{at}.weight"), problem);
            continue;
        }
        match (weights.get_mut(k), overridden.get_mut(k)) {
            (Some(_), Some(true)) => p.push(
                ErrorCode::DuplicateId,
                format!("{at}.criterion"),
                format!("\"{}\" is given a weight more than once", short(&o.criterion)),
            ),
            (Some(w), Some(flag)) => {
                *w = o.weight;
                *flag = true;
            }
            _ => {}
        }
    }
    if p.is_empty() && weights.iter().all(|&w| w == 0.0) {
        p.push(
            ErrorCode::OutOfRange,
            "options.weights",
            "at least one criterion must keep a weight above 0, or no total can be formed",
        );
    }
    p.into_input_result("The weights are not valid")?;
    Ok(Weights { weights, overridden })
}
