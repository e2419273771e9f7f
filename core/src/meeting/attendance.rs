//! `attendanceReport`: the attendance register over a series of meetings.
//!
//! Clackmannanshire B1.6: a member who fails to attend two consecutive meetings without
//! reasonable excuse and without sending apologies *may* be expelled by majority vote at
//! the next meeting; the register flags such members and never acts. It also checks how
//! often the body met against its cadence rules (B3.1: at least quarterly; Inverclyde
//! 7.1), with [`crate::calendar::cadence`].

use super::people::{Meeting, PersonRef};
use super::roster::{Attendance, AttendanceStatus, Roster};
use super::rule::AbsenceRule;
use crate::calendar::cadence::{self, CadenceCheck};
use crate::constitution::{Body, Constitution, ConstitutionSource};
use crate::date::IsoDate;
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::{plural, the};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttendanceInput {
    pub constitution: ConstitutionSource,
    /// Which body the meetings are of (its cadence rules apply); the first body when left out.
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub roster: Option<Roster>,
    pub meetings: Vec<MeetingRecord>,
    /// The period to check cadence over; from the first to the last meeting when left out.
    #[serde(default)]
    pub from: Option<IsoDate>,
    #[serde(default)]
    pub to: Option<IsoDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingRecord {
    pub date: IsoDate,
    pub attendance: Attendance,
}

/// One seat's record over the meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SeatRecord {
    pub member: PersonRef,
    pub present: u32,
    /// Meetings the member missed but a substitute attended.
    pub represented_by_substitute: u32,
    pub apologies: u32,
    pub reasonable_excuse: u32,
    /// Absent without apologies or excuse, and nobody attended in their place.
    pub absent: u32,
    /// Meetings with no attendance entry for the seat: never counted against the member.
    pub not_recorded: u32,
    pub flagged: bool,
}

/// Consecutive meetings missed without apologies or reasonable excuse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AbsenceFlag {
    pub member: PersonRef,
    pub meetings: Vec<IsoDate>,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceReport {
    pub body: String,
    pub meetings: u32,
    pub seats: Vec<SeatRecord>,
    pub flags: Vec<AbsenceFlag>,
    pub cadence: Vec<CadenceCheck>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

const MAX_MEETINGS: usize = 1_000;

/// Build the register: per-seat counts, absence flags and cadence checks.
pub fn attendance_report(input: &AttendanceInput) -> Result<AttendanceReport, Error> {
    let c = input.constitution.resolve()?;
    let body = c.body_or_first(input.body.as_deref()).map_err(|known| {
        Error::at(
            ErrorCode::UnknownReference,
            "body",
            format!(
                "no body \"{}\"; the bodies are {known}",
                input.body.as_deref().unwrap_or("")
            ),
        )
    })?;
    let resolved = resolve_meetings(input, &c)?;
    let dates: Vec<IsoDate> = resolved.iter().map(|(d, _)| *d).collect();
    let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "meetings",
            "list at least one meeting",
        ));
    };
    let from = input.from.unwrap_or(first);
    let to = input.to.unwrap_or(last);
    if from > to {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "to",
            format!("the period ends ({to}) before it starts ({from})"),
        ));
    }

    let mut cites = Citations::new();
    let mut records = Vec::new();
    let mut flags = Vec::new();
    if let Some((_, m0)) = resolved.first() {
        for (s, seat) in m0.seats.iter().enumerate() {
            let (mut record, runs) = count_seat(&resolved, s, m0.member_ref(s), seat.vacant);
            if let Some(rule) = &c.absence {
                for run in runs
                    .into_iter()
                    .filter(|r| r.len() >= rule.consecutive_meetings as usize)
                {
                    cites.add(&rule.cite);
                    record.flagged = true;
                    flags.push(absence_flag(rule, &seat.name, &record, run));
                }
            }
            records.push(record);
        }
    }

    let mut unique = dates.clone();
    unique.dedup();
    let cadence: Vec<CadenceCheck> = body
        .cadence
        .iter()
        .map(|rule| cadence::check(rule, &unique, from, to))
        .collect();
    for check in &cadence {
        cites.add(&check.reason.cite);
    }
    let notes = notes(&c, body, &records);
    let summary = summary(body, &dates, first, last, &flags, &cadence);
    Ok(AttendanceReport {
        body: body.name.clone(),
        meetings: dates.len() as u32,
        seats: records,
        flags,
        cadence,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// Every meeting's attendance resolved against the roster, in date order (meetings on
/// the same day keep the order given).
fn resolve_meetings<'c>(input: &'c AttendanceInput, c: &'c Constitution) -> Result<Vec<(IsoDate, Meeting<'c>)>, Error> {
    if input.meetings.is_empty() {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "meetings",
            "list at least one meeting",
        ));
    }
    if input.meetings.len() > MAX_MEETINGS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "meetings",
            format!("at most {MAX_MEETINGS} meetings are accepted"),
        ));
    }
    let mut resolved = Vec::with_capacity(input.meetings.len());
    for (i, record) in input.meetings.iter().enumerate() {
        let m = Meeting::resolve(
            c,
            input.roster.as_ref(),
            &record.attendance,
            &format!("meetings[{i}].attendance"),
        )?;
        resolved.push((record.date, m));
    }
    resolved.sort_by_key(|(date, _)| *date);
    Ok(resolved)
}

/// Seat `s`'s counts over the meetings, and its runs of consecutive unexcused absences
/// (a vacant seat has none).
fn count_seat(
    resolved: &[(IsoDate, Meeting)],
    s: usize,
    member: PersonRef,
    vacant: bool,
) -> (SeatRecord, Vec<Vec<IsoDate>>) {
    let mut record = SeatRecord {
        member,
        present: 0,
        represented_by_substitute: 0,
        apologies: 0,
        reasonable_excuse: 0,
        absent: 0,
        not_recorded: 0,
        flagged: false,
    };
    let mut run: Vec<IsoDate> = Vec::new();
    let mut runs: Vec<Vec<IsoDate>> = Vec::new();
    for (date, m) in resolved {
        let unexcused = match (m.status[s], m.substitutes[s].is_empty()) {
            // A missing entry is not evidence of absence: it breaks a run, it never extends one.
            (_, true) if !m.recorded[s] => {
                record.not_recorded += 1;
                false
            }
            (AttendanceStatus::Present, _) => {
                record.present += 1;
                false
            }
            (_, false) => {
                record.represented_by_substitute += 1;
                false
            }
            (AttendanceStatus::Apologies, _) => {
                record.apologies += 1;
                false
            }
            (AttendanceStatus::ReasonableExcuse, _) => {
                record.reasonable_excuse += 1;
                false
            }
            (AttendanceStatus::Absent, _) => {
                record.absent += 1;
                true
            }
        };
        if unexcused && !vacant {
            run.push(*date);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    (record, runs)
}

fn absence_flag(rule: &AbsenceRule, name: &str, record: &SeatRecord, run: Vec<IsoDate>) -> AbsenceFlag {
    let list: Vec<String> = run.iter().map(|d| d.to_string()).collect();
    let text = format!(
        "{} missed {} consecutive meetings ({}) without apologies or reasonable excuse: the member {}. \
         Quorate only flags this; it is for the body to decide.",
        name,
        run.len(),
        list.join(", "),
        rule.consequence
    );
    AbsenceFlag {
        member: record.member.clone(),
        meetings: run,
        reason: Reason::new(text, &rule.cite),
    }
}

fn notes(c: &Constitution, body: &Body, records: &[SeatRecord]) -> Vec<Reason> {
    let mut notes = Vec::new();
    if c.absence.is_none() {
        notes.push(Reason::new(
            "This constitution sets no rule on repeated absence, so nobody is flagged.",
            &[],
        ));
    }
    let missing: u32 = records.iter().map(|r| r.not_recorded).sum();
    if missing > 0 {
        notes.push(Reason::new(
            format!(
                "{missing} attendance entr{} missing; a meeting with no entry for a member is not counted as an absence.",
                if missing == 1 { "y is" } else { "ies are" }
            ),
            &[],
        ));
    }
    if body.cadence.is_empty() {
        notes.push(Reason::new(
            format!("This constitution sets no meeting frequency for {}.", the(&body.name)),
            &[],
        ));
    }
    notes
}

fn summary(
    body: &Body,
    dates: &[IsoDate],
    first: IsoDate,
    last: IsoDate,
    flags: &[AbsenceFlag],
    cadence: &[CadenceCheck],
) -> String {
    let breaches: usize = cadence.iter().map(|c| c.breaches.len()).sum();
    format!(
        "{} meeting{} of {} from {first} to {last}: {} member{} flagged for repeated absence; {}.",
        dates.len(),
        plural(dates.len()),
        the(&body.name),
        flags.len(),
        plural(flags.len()),
        match breaches {
            0 if cadence.is_empty() => "no cadence rule to check".to_string(),
            0 if cadence.iter().all(|c| c.met.is_none()) => {
                "the meeting frequency cannot be judged over these dates (give from and to)".to_string()
            }
            0 => "the meeting frequency rules are met".to_string(),
            n => format!("{n} shortfall{} against the meeting frequency rules", plural(n)),
        }
    )
}
