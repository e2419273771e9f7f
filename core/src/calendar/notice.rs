//! Notice periods and local closures: the calendar rules a constitution sets.
//!
//! A notice period is a deadline measured from the meeting, or from another deadline,
//! in one of four units, because partnerships write their rules in all four:
//! working days ("5 working days prior", Clackmannanshire B6.1), calendar days ("at
//! least 3 days before the papers are due to be issued", B6.2), clear days (the day of
//! issue and the day of the meeting not counted, common in standing orders) and weeks
//! ("approximately four weeks before meetings", Inverclyde 7.1). A deadline counted in
//! anything but working days can land on a weekend or holiday; it then moves (by default
//! back, to the previous working day, so nobody is late by following it) and says so.
//!
//! Schema version 2 adds what standing orders say after a meeting and on request: a
//! deadline after the meeting ("minutes shall be drawn up within fourteen days from the
//! date of that meeting") is `direction: "after"` from the meeting, a deadline like any
//! other; the time within which a meeting called on request must be held ("a special
//! meeting shall be held within 14 days of the receipt of the request") is a period
//! `from: "request"`; and notice given "except in case of urgency" is a period with
//! `unlessUrgent`, the exception in the document's words.

use crate::date::IsoDate;
use crate::error::{ErrorCode, Problems};
use crate::limits::{shown, MAX_SHORT_TEXT};
use crate::wording::cut;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a notice period counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum NoticeUnit {
    /// Monday to Friday, except Scottish bank holidays and the partnership's closures.
    WorkingDays,
    /// Whole days between, not counting the day of issue or the day of the meeting.
    ClearDays,
    /// Every day counts.
    CalendarDays,
    /// Seven calendar days each.
    Weeks,
}

impl NoticeUnit {
    pub fn describe(self, n: u32) -> String {
        let (one, many) = match self {
            NoticeUnit::WorkingDays => ("working day", "working days"),
            NoticeUnit::ClearDays => ("clear day", "clear days"),
            NoticeUnit::CalendarDays => ("day", "days"),
            NoticeUnit::Weeks => ("week", "weeks"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// Whether the deadline is before or after what it is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    #[default]
    Before,
    After,
}

/// What happens when a deadline counted in calendar days, clear days or weeks lands on a
/// day that is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum NonWorkingDayRule {
    /// Move back to the previous working day (never late by following it).
    #[default]
    PreviousWorkingDay,
    /// Move on to the next working day.
    NextWorkingDay,
    /// Keep the date.
    Keep,
}

/// One deadline a constitution sets before (or after) a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoticePeriod {
    /// Stable id (`papersIssued`): names the deadline in calendar exports and in `from`.
    pub id: String,
    /// What is due, in the document's words ("Full set of papers issued to members").
    pub name: String,
    /// How the period is counted: working days, calendar days or clear days.
    pub unit: NoticeUnit,
    /// How many of `unit`.
    pub count: u32,
    /// Whether the deadline falls before or after the date it is measured from.
    #[serde(default)]
    pub direction: Direction,
    /// `"meeting"`, the id of an earlier notice period this one is measured from, or
    /// `"request"` (schema version 2): the period is the time within which a meeting
    /// called on request must be held ("a special meeting shall be held within 14 days
    /// of the receipt of the request"), counted after the request; its date is the
    /// latest the meeting may be held.
    #[serde(default = "meeting")]
    pub from: String,
    /// The document says "approximately" (Inverclyde 7.1): the date is a guide.
    #[serde(default)]
    pub approximately: bool,
    /// Where the deadline goes when it falls on a weekend, bank holiday or closure day.
    #[serde(default)]
    pub on_non_working_day: NonWorkingDayRule,
    /// Body ids the period applies to; empty for every body.
    #[serde(default)]
    pub bodies: Vec<String>,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
    /// A stated exception for urgent meetings (schema version 2): notice "at least seven
    /// days before the day of the meeting (except in case of urgency when shorter notice
    /// may be given)". A meeting called as urgent relies on it instead of being late.
    /// Left out, the period has no exception.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub unless_urgent: Option<UrgencyException>,
}

/// The exception a notice period states for urgent meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UrgencyException {
    /// The exception in the document's words ("except in case of urgency when shorter
    /// notice may be given"): every answer that relies on it quotes them.
    pub words: String,
    /// The clauses that state the exception; left out or empty, the notice period's own.
    #[serde(default)]
    pub cite: Vec<String>,
}

fn meeting() -> String {
    MEETING.to_string()
}

/// The reserved `from` that means the meeting itself.
pub const MEETING: &str = "meeting";
/// The reserved `from` that means the request for a meeting (a requisition).
pub const REQUEST: &str = "request";

impl NoticePeriod {
    pub fn applies_to(&self, body: &str) -> bool {
        self.bodies.is_empty() || self.bodies.iter().any(|b| b == body)
    }

    /// Whether this is the time within which a meeting called on request must be held.
    pub fn on_request(&self) -> bool {
        self.from == REQUEST
    }

    /// The clauses of the urgency exception: its own, else the period's.
    pub fn urgency_cite(&self) -> Option<&[String]> {
        self.unless_urgent
            .as_ref()
            .map(|u| if u.cite.is_empty() { &self.cite[..] } else { &u.cite[..] })
    }
}

/// The fields of `noticePeriods` that schema version 1 did not have, by path.
pub fn version_2_fields(periods: Option<&[NoticePeriod]>) -> Vec<String> {
    let mut out = Vec::new();
    for (i, n) in periods.unwrap_or(&[]).iter().enumerate() {
        if n.on_request() {
            out.push(format!("noticePeriods[{i}].from"));
        }
        if n.unless_urgent.is_some() {
            out.push(format!("noticePeriods[{i}].unlessUrgent"));
        }
    }
    out
}

/// A day the partnership's offices are closed (a council local holiday, an office
/// closure): not a working day, like a bank holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LocalClosure {
    /// The day the partnership is closed (YYYY-MM-DD).
    pub date: IsoDate,
    /// What the day is ("Council closure day").
    pub name: String,
    /// The clauses or notice that set the closure; may be empty.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// Bounds that keep every calendar computation small.
pub const MAX_NOTICE_PERIODS: usize = 50;
pub const MAX_NOTICE_COUNT: u32 = 366;
pub const MAX_CLOSURES: usize = 2_000;

/// Validate the calendar sections of a constitution (called from constitution validation).
pub fn validate(
    p: &mut Problems,
    periods: Option<&[NoticePeriod]>,
    closures: Option<&[LocalClosure]>,
    body_ids: &BTreeSet<&str>,
) {
    if let Some(periods) = periods {
        validate_periods(p, periods, body_ids);
    }
    if let Some(closures) = closures {
        if closures.len() > MAX_CLOSURES {
            p.push(
                ErrorCode::TooLarge,
                "localClosures",
                format!("has {} days; at most {MAX_CLOSURES} are accepted", closures.len()),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, c) in closures.iter().enumerate() {
            if c.name.trim().is_empty() {
                p.push(
                    ErrorCode::InvalidInput,
                    format!("localClosures[{i}].name"),
                    "must not be empty",
                );
            }
            if !seen.insert(c.date) {
                p.push(
                    ErrorCode::DuplicateId,
                    format!("localClosures[{i}].date"),
                    format!("{} is listed more than once", c.date),
                );
            }
        }
    }
}

fn validate_periods(p: &mut Problems, periods: &[NoticePeriod], body_ids: &BTreeSet<&str>) {
    if periods.len() > MAX_NOTICE_PERIODS {
        p.push(
            ErrorCode::TooLarge,
            "noticePeriods",
            format!(
                "has {} periods; at most {MAX_NOTICE_PERIODS} are accepted",
                periods.len()
            ),
        );
    }
    crate::checks::unique_ids(p, "noticePeriods", periods.iter().map(|n| n.id.as_str()));
    let mut earlier: BTreeSet<&str> = BTreeSet::new();
    let mut requests: BTreeSet<&str> = BTreeSet::new();
    for (i, n) in periods.iter().enumerate() {
        let path = format!("noticePeriods[{i}]");
        if n.id == MEETING || n.id == REQUEST {
            p.push(
                ErrorCode::OutOfRange,
                format!("{path}.id"),
                format!("\"{}\" is reserved: it names the {} in `from`", n.id, n.id),
            );
        }
        if n.name.trim().is_empty() {
            p.push(ErrorCode::InvalidInput, format!("{path}.name"), "must not be empty");
        }
        if n.count > MAX_NOTICE_COUNT {
            p.push(
                ErrorCode::OutOfRange,
                format!("{path}.count"),
                format!("must be at most {MAX_NOTICE_COUNT}"),
            );
        }
        if n.on_request() {
            if n.direction != Direction::After {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.direction"),
                    "must be \"after\": a meeting called on request is held within the period after the request",
                );
            }
        } else if requests.contains(n.from.as_str()) {
            p.push(
                ErrorCode::OutOfRange,
                format!("{path}.from"),
                format!(
                    "\"{}\" is the time within which a meeting called on request is held, not a deadline to count from: count from \"meeting\" instead",
                    cut(&n.from, shown::ID)
                ),
            );
        } else if n.from != MEETING && !earlier.contains(n.from.as_str()) {
            p.push(
                ErrorCode::UnknownReference,
                format!("{path}.from"),
                format!(
                    "\"{}\" is not \"meeting\", \"request\" or the id of an earlier notice period",
                    cut(&n.from, shown::ID)
                ),
            );
        }
        if let Some(u) = &n.unless_urgent {
            if u.words.trim().is_empty() {
                p.push(
                    ErrorCode::InvalidInput,
                    format!("{path}.unlessUrgent.words"),
                    "must not be empty: write the exception in the document's words, such as \"except in case of urgency\"",
                );
            } else {
                crate::checks::at_most(p, &format!("{path}.unlessUrgent.words"), &u.words, MAX_SHORT_TEXT);
            }
            if n.on_request() || (n.direction == Direction::After && n.from == MEETING) {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.unlessUrgent"),
                    "only notice before the meeting can have an exception for urgent meetings, not a deadline after the meeting or on request",
                );
            }
        }
        for (j, b) in n.bodies.iter().enumerate() {
            if !body_ids.contains(b.as_str()) {
                p.push(
                    ErrorCode::UnknownReference,
                    format!("{path}.bodies[{j}]"),
                    format!("there is no body \"{}\"", cut(b, shown::ID)),
                );
            }
        }
        if n.on_request() {
            requests.insert(n.id.as_str());
        } else {
            earlier.insert(n.id.as_str());
        }
    }
}
