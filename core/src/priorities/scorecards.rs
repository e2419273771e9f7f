//! Candidates and scorecards: one scorecard per scorer per candidate.
//!
//! A scorecard records who scored (`scorer`), for which organisation (the "supported by
//! most partners" gate counts organisations, not people), the answer to the
//! collaborative-gain question, and a score per criterion. A score of `null` is "don't
//! know": it is shown as such and never counted as zero. A criterion left out of a
//! scorecard is simply unanswered, which counts the same way.

use super::criteria::{short, CriteriaSet};
use crate::error::{Error, ErrorCode, Problems};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

pub const MAX_CANDIDATES: usize = 500;
pub const MAX_SCORECARDS: usize = 20_000;
const MAX_ID: usize = 200;
/// Scores on one scorecard: more than any set has criteria, so repeats can be reported.
pub const MAX_SCORES: usize = 1_000;

/// A proposed priority (an Action Area).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Candidate {
    pub id: String,
    pub name: String,
}

/// One scorer's view of one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scorecard {
    /// Who scored: a name or an id, the same on every scorecard they fill in.
    pub scorer: String,
    pub organisation: String,
    pub candidate: String,
    /// The answer to the collaborative-gain gate question; left out when not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub collaborative_gain: Option<GainAnswer>,
    #[serde(default)]
    pub scores: Vec<CriterionScore>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CriterionScore {
    pub criterion: String,
    /// Points on the set's scale; `null` means "don't know" (never counted as zero).
    #[serde(default)]
    pub score: Option<u32>,
}

/// "Would partnership bring added value that the partners would not achieve alone?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GainAnswer {
    Yes,
    No,
    DontKnow,
}

impl GainAnswer {
    pub fn as_str(self) -> &'static str {
        match self {
            GainAnswer::Yes => "yes",
            GainAnswer::No => "no",
            GainAnswer::DontKnow => "dontKnow",
        }
    }
}

/// Scorecards resolved against a criteria set: indices instead of ids.
pub(crate) struct Indexed {
    /// Per scorecard: its candidate's index.
    pub candidate: Vec<usize>,
    /// Per scorecard: (criterion index, score) for every answer, `None` for don't know.
    pub scores: Vec<Vec<(usize, Option<u32>)>>,
}

/// Candidate ids must be unique and present.
pub(crate) fn check_candidates(candidates: &[Candidate]) -> Result<(), Error> {
    if candidates.len() > MAX_CANDIDATES {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "candidates",
            format!("{} candidates; at most {MAX_CANDIDATES} are accepted", candidates.len()),
        ));
    }
    let mut p = Problems::new();
    crate::checks::unique_ids(&mut p, "candidates", candidates.iter().map(|c| c.id.as_str()));
    for (i, c) in candidates.iter().enumerate() {
        if c.id.len() > MAX_ID {
            p.push(
                ErrorCode::TooLarge,
                format!("candidates[{i}].id"),
                format!("is longer than {MAX_ID} characters"),
            );
        }
    }
    p.into_input_result("The candidates are not valid")
}

/// Check every scorecard against the candidates and the criteria set, refusing unknown
/// ids, scores off the scale and repeated scorecards or scores, each with its path.
pub(crate) fn index(
    set: &CriteriaSet,
    candidates: &[Candidate],
    cards: &[Scorecard],
    path: &str,
) -> Result<Indexed, Error> {
    if cards.len() > MAX_SCORECARDS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            path,
            format!("{} scorecards; at most {MAX_SCORECARDS} are accepted", cards.len()),
        ));
    }
    let cand: HashMap<&str, usize> = candidates.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let crit: HashMap<&str, usize> = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut p = Problems::new();
    let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
    let mut out = Indexed {
        candidate: Vec::with_capacity(cards.len()),
        scores: Vec::with_capacity(cards.len()),
    };
    for (i, card) in cards.iter().enumerate() {
        let at = || format!("{path}[{i}]");
        check_names(&mut p, card, &at);
        let c = match cand.get(card.candidate.as_str()) {
            Some(&c) => c,
            None => {
                p.push(
                    ErrorCode::UnknownReference,
                    format!("{}.candidate", at()),
                    format!("there is no candidate \"{}\"", short(&card.candidate)),
                );
                0
            }
        };
        if !seen.insert((card.scorer.as_str(), card.candidate.as_str())) {
            p.push(
                ErrorCode::DuplicateId,
                at(),
                format!(
                    "{} has more than one scorecard for \"{}\": one scorer, one scorecard per candidate",
                    short(&card.scorer),
                    short(&card.candidate)
                ),
            );
        }
        if card.scores.len() > MAX_SCORES {
            p.push(
                ErrorCode::TooLarge,
                format!("{}.scores", at()),
                format!("has {} scores; at most {MAX_SCORES} are accepted", card.scores.len()),
            );
            continue;
        }
        let scores = index_scores(&mut p, set, &crit, card, &at);
        out.candidate.push(c);
        out.scores.push(scores);
    }
    p.into_input_result("The scorecards are not valid")?;
    Ok(out)
}

/// A scorecard's scorer and organisation are named, and not too long.
fn check_names(p: &mut Problems, card: &Scorecard, at: &dyn Fn() -> String) {
    for (field, value) in [("scorer", &card.scorer), ("organisation", &card.organisation)] {
        if value.trim().is_empty() {
            p.push(
                ErrorCode::InvalidInput,
                format!("{}.{field}", at()),
                "must not be empty",
            );
        } else if value.len() > MAX_ID {
            p.push(
                ErrorCode::TooLarge,
                format!("{}.{field}", at()),
                format!("is longer than {MAX_ID} characters"),
            );
        }
    }
}

/// One scorecard's scores as (criterion index, score), refusing unknown criteria,
/// criteria scored twice and scores off the scale; `at` writes the scorecard's path.
fn index_scores(
    p: &mut Problems,
    set: &CriteriaSet,
    crit: &HashMap<&str, usize>,
    card: &Scorecard,
    at: &dyn Fn() -> String,
) -> Vec<(usize, Option<u32>)> {
    let mut answered = vec![false; set.criteria.len()];
    let mut scores = Vec::with_capacity(card.scores.len());
    for (j, s) in card.scores.iter().enumerate() {
        // Paths are only written when there is a problem to report.
        let sat = || format!("{}.scores[{j}]", at());
        // Scorecards usually list criteria in the set's order: try that first.
        let in_order = set.criteria.get(j).filter(|c| c.id == s.criterion).map(|_| j);
        let Some(k) = in_order.or_else(|| crit.get(s.criterion.as_str()).copied()) else {
            p.push(
                ErrorCode::UnknownReference,
                format!("{}.criterion", sat()),
                format!("there is no criterion \"{}\" in {}", short(&s.criterion), set.id),
            );
            continue;
        };
        if let Some(slot) = answered.get_mut(k) {
            if *slot {
                p.push(
                    ErrorCode::DuplicateId,
                    format!("{}.criterion", sat()),
                    format!("\"{}\" is scored more than once on this scorecard", short(&s.criterion)),
                );
                continue;
            }
            *slot = true;
        }
        if let Some(v) = s.score {
            if v < set.scale.min || v > set.scale.max {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{}.score", sat()),
                    format!(
                        "{v} is not on the scale {}–{} (use null for don't know)",
                        set.scale.min, set.scale.max
                    ),
                );
                continue;
            }
        }
        scores.push((k, s.score));
    }
    scores
}
