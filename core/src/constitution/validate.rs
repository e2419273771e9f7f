//! Constitution validation: every problem found, each with its field path.

use super::{Constitution, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
use crate::checks::{self, unique_ids};
use crate::error::{Error, ErrorCode, Problem, Problems};
use crate::limits::MAX_DOCUMENT_TEXT;
use crate::meeting::rule as meeting;
use crate::reason::Reason;
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
    /// How the constitution was read: "read as schema version 2: …" for a version-1
    /// constitution, migrated automatically.
    pub notices: Vec<Reason>,
}

impl ValidationReport {
    /// The report for a value that is not a constitution at all (wrong shape).
    /// Every shape problem the reader found, each message without its path (the path is
    /// beside it, and the summary puts it in front once).
    pub fn unreadable(e: Error) -> Self {
        if !e.problems.is_empty() {
            return Self::from_problems(e.problems);
        }
        let path = e.path.unwrap_or_default();
        // An error with no list carries its path in front of its message: not twice.
        let message = match e.message.strip_prefix(&format!("{path}: ")) {
            Some(bare) if !path.is_empty() => bare.to_string(),
            _ => e.message,
        };
        Self::from_problems(vec![Problem {
            code: e.code,
            path,
            message,
        }])
    }

    fn from_problems(problems: Vec<Problem>) -> Self {
        Self::with_notices(problems, Vec::new())
    }

    fn with_notices(problems: Vec<Problem>, notices: Vec<Reason>) -> Self {
        let summary = match problems.as_slice() {
            [] => "The constitution is valid.".to_string(),
            [p] => format!("1 problem: {}", at(p)),
            [p, ..] => format!("{} problems; the first is {}", problems.len(), at(p)),
        };
        ValidationReport {
            valid: problems.is_empty(),
            problems,
            summary,
            notices,
        }
    }
}

/// "path: message", or the message alone for the constitution as a whole.
fn at(p: &Problem) -> String {
    if p.path.is_empty() {
        p.message.clone()
    } else {
        format!("{}: {}", p.path, p.message)
    }
}

/// Validate a parsed constitution.
pub fn validate(c: &Constitution) -> ValidationReport {
    let mut notices = c.schema_notes();
    if (OLDEST_SCHEMA_VERSION..SCHEMA_VERSION).contains(&c.schema_version) {
        notices.insert(0, Reason::new(super::migration_notice(c.schema_version), &[]));
    }
    ValidationReport::with_notices(problems(c).into_vec(), notices)
}

/// `Ok(())` for a valid constitution, else `INVALID_CONSTITUTION` listing every problem.
pub fn check(c: &Constitution) -> Result<(), Error> {
    problems(c).into_result(ErrorCode::InvalidConstitution, "The constitution is not valid")
}

fn problems(c: &Constitution) -> Problems {
    let mut p = Problems::new();
    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&c.schema_version) {
        p.push(
            ErrorCode::OutOfRange,
            "schemaVersion",
            format!(
                "this version of Quorate reads schema version {SCHEMA_VERSION} (and version {OLDEST_SCHEMA_VERSION}, which it migrates), not {}",
                c.schema_version
            ),
        );
    } else if c.schema_version < SCHEMA_VERSION {
        let notice = crate::calendar::notice::version_2_fields(c.notice_periods.as_deref());
        for path in meeting::version_2_fields(c.quorum.as_ref(), &c.membership, &c.chair)
            .into_iter()
            .chain(notice)
            .chain(crate::meeting::motion_rule::version_2_fields(&c.decisions))
        {
            p.push(
                ErrorCode::OutOfRange,
                path,
                format!(
                    "is a schema version {SCHEMA_VERSION} rule, but the constitution says schemaVersion {}: set schemaVersion to {SCHEMA_VERSION}",
                    c.schema_version
                ),
            );
        }
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
            crate::calendar::cadence::validate(&mut p, &path, rule);
        }
    }
    meeting::validate_seats(&mut p, &c.membership);
    if let Some(q) = &c.quorum {
        meeting::validate_quorum(&mut p, &c.membership, q);
    }
    meeting::validate_chair(&mut p, &c.membership, &c.chair);
    meeting::validate_decisions(&mut p, &c.decisions);
    crate::meeting::validate_motions(&mut p, &c.membership, &c.decisions);
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
        meeting::validate_absence(&mut p, a);
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

fn text(p: &mut Problems, path: &str, value: &str) {
    checks::required_text(p, path, value, MAX_DOCUMENT_TEXT);
}
