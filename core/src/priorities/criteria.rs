//! Criteria sets as data: what each candidate priority is scored against, on which
//! scale, with which weights, and which questions are gates that must be passed.
//!
//! The Inverclyde preset carries the seven selection criteria and the fifteen
//! collaborative-gain characteristics of its Memorandum (section 3); any partnership may
//! write its own set in the same shape, in its constitution or in the engine's input.

use crate::error::{ErrorCode, Problems};
use crate::limits::MAX_DOCUMENT_TEXT;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Upper bounds that keep every scoring run small enough for every keystroke.
pub const MAX_CRITERIA: usize = 100;
pub const MAX_SCALE_POINTS: u32 = 100;
pub const MAX_WEIGHT: f64 = 1_000_000.0;
pub const MIN_WEIGHT: f64 = 0.000_001;
pub const MAX_PORTFOLIO: u32 = 100;

/// A constitution's priority-selection method: how many priorities at once, and the
/// criteria they are chosen by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrioritySelection {
    pub portfolio: PortfolioLimit,
    pub criteria: CriteriaSet,
}

/// How many priorities the board takes on at any one time (Inverclyde: three or four).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PortfolioLimit {
    /// The fewest priorities the board looks for.
    pub min: u32,
    /// The most priorities the board takes on at a time.
    pub max: u32,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// The criteria, the scale they are scored on, and the gates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CriteriaSet {
    /// A short stable id for the criteria set.
    pub id: String,
    /// The criteria set's name, as the document gives it.
    pub name: String,
    /// The scale each criterion is scored on.
    pub scale: Scale,
    /// Headings that criteria belong to (Inverclyde's four groups of characteristics).
    #[serde(default)]
    pub groups: Vec<CriterionGroup>,
    /// The criteria each candidate priority is scored against.
    pub criteria: Vec<Criterion>,
    /// Questions that must be passed whatever the total.
    #[serde(default)]
    pub gates: Vec<Gate>,
}

/// Whole points from `min` to `max`; each scorer may also answer "don't know".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scale {
    /// The lowest score (e.g. 0).
    pub min: u32,
    /// The highest score (e.g. 3).
    pub max: u32,
    /// What each point means ("0: not met", …). Points without a label are allowed.
    #[serde(default)]
    pub labels: Vec<ScaleLabel>,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// What one point on the scoring scale means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScaleLabel {
    /// A point on the scale.
    pub value: u32,
    /// What the point means ("not met").
    pub label: String,
}

/// A heading that criteria belong to, with its clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CriterionGroup {
    /// A short stable id for the group; criteria name it in `group`.
    pub id: String,
    /// The group's heading, as the document gives it.
    pub name: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// One thing a candidate is scored against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Criterion {
    /// A short stable id for the criterion, unique in the set; scores name it.
    pub id: String,
    /// The criterion's short name.
    pub name: String,
    /// The document's words for what the criterion asks.
    pub text: String,
    /// The id of a group in `groups`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub group: Option<String>,
    /// How much the criterion counts in the weighted total (0 = shown but not counted).
    pub weight: f64,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// A must-pass question. A candidate that fails a gate is not proposed, whatever its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// `remote = "Self"` (below) would name the schema "Self": name it for the type.
#[cfg_attr(feature = "schema", schemars(rename = "Gate"))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum Gate {
    /// Each scorer answers `question` (yes: partnership adds value the partners would not
    /// achieve alone). Passed when more than half of the yes/no answers are yes; "don't
    /// know" counts neither way.
    CollaborativeGain {
        /// The yes-or-no question each scorer answers, in the document's words.
        question: String,
        /// The clauses this gate comes from.
        cite: Vec<String>,
    },
    /// Passed when more than half of the organisations that scored the candidate support
    /// it: their scorers' mean score on `criterion` is at least `min_score`.
    Support {
        /// The id of the criterion whose scores show support.
        criterion: String,
        /// The mean score on that criterion an organisation's scorers must reach.
        min_score: u32,
        /// The clauses this gate comes from.
        cite: Vec<String>,
    },
}

// Read inside a visitor, so that errors in a variant carry their field path.
crate::json::internally_tagged!(Gate);

impl Gate {
    pub fn cite(&self) -> &[String] {
        match self {
            Gate::CollaborativeGain { cite, .. } | Gate::Support { cite, .. } => cite,
        }
    }
}

impl CriteriaSet {
    /// The position of a criterion by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    pub fn label(&self, value: u32) -> Option<&str> {
        self.scale
            .labels
            .iter()
            .find(|l| l.value == value)
            .map(|l| l.label.as_str())
    }
}

/// Every problem with a priority-selection section, under `path` (`priorities`).
pub fn check_selection(p: &mut Problems, path: &str, s: &PrioritySelection) {
    check_limit(p, &format!("{path}.portfolio"), &s.portfolio);
    check_set(p, &format!("{path}.criteria"), &s.criteria);
}

pub fn check_limit(p: &mut Problems, path: &str, l: &PortfolioLimit) {
    if l.min == 0 {
        p.push(ErrorCode::OutOfRange, format!("{path}.min"), "must be at least 1");
    }
    if l.max > MAX_PORTFOLIO {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.max"),
            format!("must be at most {MAX_PORTFOLIO}"),
        );
    } else if l.min > l.max {
        p.push(ErrorCode::OutOfRange, format!("{path}.max"), "must be at least min");
    }
}

/// Every problem with a criteria set, each with its field path.
pub fn check_set(p: &mut Problems, path: &str, s: &CriteriaSet) {
    text(p, &format!("{path}.id"), &s.id);
    text(p, &format!("{path}.name"), &s.name);
    check_scale(p, path, &s.scale);
    check_groups(p, path, &s.groups);
    check_criteria(p, path, s);
    check_gates(p, path, s);
}

/// The scale: at least two points, not too many, each label on it once.
fn check_scale(p: &mut Problems, path: &str, scale: &Scale) {
    if scale.min >= scale.max {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.scale.max"),
            "must be greater than scale.min: a scale needs at least two points",
        );
    } else if scale.max - scale.min > MAX_SCALE_POINTS || scale.max > 1_000_000 {
        p.push(
            ErrorCode::TooLarge,
            format!("{path}.scale.max"),
            format!("a scale may have at most {MAX_SCALE_POINTS} steps and end at 1000000"),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, l) in scale.labels.iter().enumerate() {
        if l.value < scale.min || l.value > scale.max {
            p.push(
                ErrorCode::OutOfRange,
                format!("{path}.scale.labels[{i}].value"),
                format!("{} is not on the scale {}–{}", l.value, scale.min, scale.max),
            );
        } else if !seen.insert(l.value) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{path}.scale.labels[{i}].value"),
                format!("{} is labelled more than once", l.value),
            );
        }
        text(p, &format!("{path}.scale.labels[{i}].label"), &l.label);
    }
    if scale.labels.len() > MAX_CRITERIA {
        p.push(ErrorCode::TooLarge, format!("{path}.scale.labels"), "too many labels");
    }
}

/// The groups: not too many, unique ids, each named.
fn check_groups(p: &mut Problems, path: &str, groups: &[CriterionGroup]) {
    if groups.len() > MAX_CRITERIA {
        p.push(
            ErrorCode::TooLarge,
            format!("{path}.groups"),
            format!("at most {MAX_CRITERIA} groups are accepted"),
        );
    }
    crate::checks::unique_ids(p, &format!("{path}.groups"), groups.iter().map(|g| g.id.as_str()));
    for (i, g) in groups.iter().enumerate() {
        text(p, &format!("{path}.groups[{i}].name"), &g.name);
    }
}

/// The criteria: at least one and not too many, unique ids, each named, in a known group,
/// with a weight in range, and not every weight 0.
fn check_criteria(p: &mut Problems, path: &str, s: &CriteriaSet) {
    if s.criteria.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.criteria"),
            "must list at least one criterion",
        );
    }
    if s.criteria.len() > MAX_CRITERIA {
        p.push(
            ErrorCode::TooLarge,
            format!("{path}.criteria"),
            format!("has {} criteria; at most {MAX_CRITERIA} are accepted", s.criteria.len()),
        );
    }
    crate::checks::unique_ids(p, &format!("{path}.criteria"), s.criteria.iter().map(|c| c.id.as_str()));
    for (i, c) in s.criteria.iter().enumerate() {
        let at = format!("{path}.criteria[{i}]");
        text(p, &format!("{at}.name"), &c.name);
        if c.text.chars().count() > MAX_DOCUMENT_TEXT {
            p.push(ErrorCode::TooLarge, format!("{at}.text"), "is too long");
        }
        if let Some(g) = &c.group {
            if !s.groups.iter().any(|x| &x.id == g) {
                p.push(
                    ErrorCode::UnknownReference,
                    format!("{at}.group"),
                    format!("there is no group \"{}\" in groups", short(g)),
                );
            }
        }
        if let Some(problem) = weight_problem(c.weight) {
            p.push(ErrorCode::OutOfRange, format!("{at}.weight"), problem);
        }
    }
    if !s.criteria.is_empty() && s.criteria.iter().all(|c| c.weight == 0.0) {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.criteria"),
            "at least one criterion must have a weight above 0, or no total can be formed",
        );
    }
}

/// The gates: at most one of each kind, a support gate on a known criterion with its
/// minimum on the scale.
fn check_gates(p: &mut Problems, path: &str, s: &CriteriaSet) {
    let scale = &s.scale;
    let mut kinds = BTreeSet::new();
    for (i, g) in s.gates.iter().enumerate() {
        let at = format!("{path}.gates[{i}]");
        let kind = match g {
            Gate::CollaborativeGain { question, .. } => {
                text(p, &format!("{at}.question"), question);
                "collaborativeGain"
            }
            Gate::Support {
                criterion, min_score, ..
            } => {
                if s.position(criterion).is_none() {
                    p.push(
                        ErrorCode::UnknownReference,
                        format!("{at}.criterion"),
                        format!("there is no criterion \"{}\" in criteria", short(criterion)),
                    );
                }
                if *min_score < scale.min || *min_score > scale.max {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("{at}.minScore"),
                        format!("{min_score} is not on the scale {}–{}", scale.min, scale.max),
                    );
                }
                "support"
            }
        };
        if !kinds.insert(kind) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{at}.kind"),
                format!("a set may have only one \"{kind}\" gate"),
            );
        }
    }
}

/// Why a weight is refused, if it is: weights are finite, 0 or from 0.000001 to 1000000.
pub fn weight_problem(w: f64) -> Option<String> {
    if !w.is_finite() {
        Some("must be a finite number".to_string())
    } else if w < 0.0 {
        Some("must not be negative".to_string())
    } else if w > MAX_WEIGHT {
        Some(format!("must be at most {MAX_WEIGHT}"))
    } else if w > 0.0 && w < MIN_WEIGHT {
        // Keeps every ratio in the sensitivity analysis finite.
        Some(format!("must be 0 or at least {MIN_WEIGHT}"))
    } else {
        None
    }
}

fn text(p: &mut Problems, path: &str, value: &str) {
    crate::checks::required_text(p, path, value, MAX_DOCUMENT_TEXT);
}

/// An id as shown in a message: at most 60 characters.
pub(crate) fn short(id: &str) -> String {
    crate::wording::cut(id, crate::limits::shown::ID)
}
