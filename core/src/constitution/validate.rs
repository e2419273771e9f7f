//! Constitution validation: every problem found, each with its field path.

use super::{Constitution, Headcount, MajorityRule, QuorumBase, SCHEMA_VERSION};
use crate::checks::{self, unique_ids};
use crate::error::{Error, ErrorCode, Problem, Problems};
use crate::limits::{MAX_DOCUMENT_TEXT, MAX_SEATS};
use serde::Serialize;
use std::collections::BTreeSet;

/// The result of `validateConstitution`: valid, or every problem listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ValidationReport {
    pub valid: bool,
    pub problems: Vec<Problem>,
    /// One sentence for people: "Valid." or "3 problems: …".
    pub summary: String,
}

impl ValidationReport {
    /// The report for a value that is not a constitution at all (wrong shape).
    pub fn unreadable(e: Error) -> Self {
        Self::from_problems(vec![Problem {
            code: e.code,
            path: e.path.unwrap_or_default(),
            message: e.message,
        }])
    }

    fn from_problems(problems: Vec<Problem>) -> Self {
        let summary = match problems.as_slice() {
            [] => "The constitution is valid.".to_string(),
            [p] => format!("1 problem: {}: {}", p.path, p.message),
            [p, ..] => format!("{} problems; the first is {}: {}", problems.len(), p.path, p.message),
        };
        ValidationReport {
            valid: problems.is_empty(),
            problems,
            summary,
        }
    }
}

/// Validate a parsed constitution.
pub fn validate(c: &Constitution) -> ValidationReport {
    ValidationReport::from_problems(problems(c).into_vec())
}

/// `Ok(())` for a valid constitution, else `INVALID_CONSTITUTION` listing every problem.
pub fn check(c: &Constitution) -> Result<(), Error> {
    problems(c).into_result(ErrorCode::InvalidConstitution, "The constitution is not valid")
}

fn problems(c: &Constitution) -> Problems {
    let mut p = Problems::new();
    if c.schema_version != SCHEMA_VERSION {
        p.push(
            ErrorCode::OutOfRange,
            "schemaVersion",
            format!(
                "this version of Quorate reads schema version {SCHEMA_VERSION}, not {}",
                c.schema_version
            ),
        );
    }
    text(&mut p, "id", &c.id);
    if c.id.chars().any(|ch| ch.is_whitespace()) {
        p.push(
            ErrorCode::OutOfRange,
            "id",
            "must not contain spaces: it prefixes every citation",
        );
    }
    text(&mut p, "name", &c.name);
    text(&mut p, "source.title", &c.source.title);
    unique_ids(&mut p, "bodies", c.bodies.iter().map(|b| b.id.as_str()));
    if c.bodies.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            "bodies",
            "must name at least one body (the board)",
        );
    }
    for (i, body) in c.bodies.iter().enumerate() {
        text(&mut p, &format!("bodies[{i}].name"), &body.name);
        for (j, rule) in body.cadence.iter().enumerate() {
            let path = format!("bodies[{i}].cadence[{j}]");
            match rule {
                crate::calendar::cadence::CadenceRule::PerQuarter { min, .. }
                | crate::calendar::cadence::CadenceRule::PerYear { min, .. }
                    if *min == 0 =>
                {
                    p.push(ErrorCode::OutOfRange, format!("{path}.min"), "must be at least 1")
                }
                crate::calendar::cadence::CadenceRule::InMonth { month, .. } if !(1..=12).contains(month) => p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.month"),
                    "must be a month from 1 (January) to 12 (December)",
                ),
                crate::calendar::cadence::CadenceRule::EveryWeeks { weeks, .. } if *weeks == 0 || *weeks > 520 => p
                    .push(
                        ErrorCode::OutOfRange,
                        format!("{path}.weeks"),
                        "must be between 1 and 520",
                    ),
                _ => {}
            }
        }
    }
    if c.membership.len() > MAX_SEATS {
        p.push(
            ErrorCode::TooLarge,
            "membership",
            format!("has {} seats; at most {MAX_SEATS} are accepted", c.membership.len()),
        );
    }
    unique_ids(&mut p, "membership", c.membership.iter().map(|s| s.id.as_str()));
    if let Some(q) = &c.quorum {
        quorum(&mut p, c, q);
    }
    if let Some(rule) = &c.decisions.ordinary {
        majority(&mut p, "decisions.ordinary", rule);
    }
    unique_ids(
        &mut p,
        "decisions.special",
        c.decisions.special.iter().map(|s| s.id.as_str()),
    );
    for (i, s) in c.decisions.special.iter().enumerate() {
        majority(&mut p, &format!("decisions.special[{i}].rule"), &s.rule);
    }
    let body_ids: BTreeSet<&str> = c.bodies.iter().map(|b| b.id.as_str()).collect();
    crate::calendar::notice::validate(
        &mut p,
        c.notice_periods.as_deref(),
        c.local_closures.as_deref(),
        &body_ids,
    );
    if let Some(s) = &c.priorities {
        crate::priorities::check_selection(&mut p, "priorities", s);
    }
    if let Some(a) = &c.absence {
        if a.consecutive_meetings == 0 || a.consecutive_meetings > 100 {
            p.push(
                ErrorCode::OutOfRange,
                "absence.consecutiveMeetings",
                "must be between 1 and 100",
            );
        }
    }
    if let Some(g) = &c.gifts {
        crate::gifts::validate_rule(&mut p, g);
    }
    if let Some(o) = &c.openness {
        crate::openness::validate_rule(&mut p, o);
    }
    if let Some(i) = &c.interests {
        crate::conduct::validate_rule(&mut p, i);
    }
    p
}

fn quorum(p: &mut Problems, c: &Constitution, q: &super::QuorumRule) {
    if q.counting_classes.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.countingClasses",
            "must name at least one seat class, or nobody could count",
        );
    }
    match q.headcount {
        Headcount::Fixed { count: 0 } => p.push(ErrorCode::OutOfRange, "quorum.headcount.count", "must be at least 1"),
        Headcount::Fraction {
            numerator, denominator, ..
        } => {
            if denominator == 0 {
                p.push(
                    ErrorCode::OutOfRange,
                    "quorum.headcount.denominator",
                    "must be at least 1 (it divides)",
                );
            } else if numerator > denominator {
                p.push(
                    ErrorCode::OutOfRange,
                    "quorum.headcount.numerator",
                    "must not exceed the denominator: a quorum cannot be more than every seat",
                );
            }
        }
        _ => {}
    }
    if let Some(0) = q.min_organisations {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.minOrganisations",
            "must be at least 1, or left out",
        );
    }
    // Where the document names its seats, a quorum must be reachable with them.
    let counting: Vec<_> = c
        .membership
        .iter()
        .filter(|s| q.counting_classes.contains(&s.class) && !(q.base == QuorumBase::MembersInPost && s.vacant))
        .collect();
    if counting.is_empty() {
        return;
    }
    let needed = super::super::meeting::quorum_required(q, counting.len() as u32);
    if needed > counting.len() as u32 {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.headcount",
            format!(
                "needs {needed} members present but the membership has only {} seats that count",
                counting.len()
            ),
        );
    }
    let orgs: BTreeSet<&str> = counting.iter().map(|s| s.organisation.as_str()).collect();
    if let Some(min) = q.min_organisations {
        if min as usize > orgs.len() {
            p.push(
                ErrorCode::OutOfRange,
                "quorum.minOrganisations",
                format!(
                    "needs {min} different organisations but the membership has only {}",
                    orgs.len()
                ),
            );
        }
    }
}

fn majority(p: &mut Problems, path: &str, rule: &MajorityRule) {
    let t = rule.threshold;
    if t.denominator == 0 {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.threshold.denominator"),
            "must be at least 1 (it divides)",
        );
    } else if t.numerator == 0 || t.numerator > t.denominator {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.threshold.numerator"),
            "must be between 1 and the denominator",
        );
    }
    if rule.voting_classes.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.votingClasses"),
            "must name at least one seat class, or nobody could vote",
        );
    }
}

fn text(p: &mut Problems, path: &str, value: &str) {
    checks::required_text(p, path, value, MAX_DOCUMENT_TEXT);
}
