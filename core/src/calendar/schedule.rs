//! A year's schedule: meeting dates (listed, or made by a rule), every deadline for each
//! meeting, and the body's cadence rules checked against the dates.
//!
//! Cadence is checked by [`crate::calendar::cadence`], the same engine the attendance register
//! uses, over a stated period (by default the whole calendar years the meetings fall in,
//! so that an empty quarter at either end is seen).

use super::timeline::{find_body, timeline, BodyRef, Deadline, NoticeStatus};
use super::working_calendar::WorkingCalendar;
use super::working_days::Local;
use crate::calendar::cadence::{self, CadenceCheck};
use crate::constitution::{Body, Constitution, ConstitutionSource};
use crate::date::{IsoDate, Weekday, MAX_YEAR, MIN_YEAR};
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::{plural, the};
use serde::{Deserialize, Serialize};

/// The most meetings one schedule holds (weekly for several years is far less).
pub const MAX_MEETINGS: usize = 400;
/// The longest period a schedule covers, in days (about 10 years).
pub const MAX_PERIOD_DAYS: i32 = 3_660;

/// Which week of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum WeekOfMonth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl WeekOfMonth {
    fn n(self) -> u32 {
        match self {
            WeekOfMonth::First => 1,
            WeekOfMonth::Second => 2,
            WeekOfMonth::Third => 3,
            WeekOfMonth::Fourth => 4,
            WeekOfMonth::Last => 0,
        }
    }
}

/// A rule that makes meeting dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum ScheduleRule {
    /// "The first Thursday of March, June, September and December" of `year`.
    Monthly {
        year: i32,
        week: WeekOfMonth,
        weekday: Weekday,
        months: Vec<u32>,
    },
    /// Every `weeks` weeks from `first` up to and including `until` (SOA Programme Board).
    EveryWeeks { first: IsoDate, weeks: u32, until: IsoDate },
}

// Read inside a visitor, so that errors in a variant carry their field path.
crate::json::internally_tagged!(ScheduleRule);

/// The stretch of time cadence is checked over, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    pub from: IsoDate,
    pub to: IsoDate,
}

/// `{ constitution, body?, meetings?, rule?, period? }`: meeting dates listed, made by a
/// rule, or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingScheduleInput {
    pub constitution: ConstitutionSource,
    /// Body id; defaults to the constitution's first body.
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub meetings: Vec<IsoDate>,
    #[serde(default)]
    pub rule: Option<ScheduleRule>,
    /// Defaults to 1 January of the first meeting's year to 31 December of the last's.
    #[serde(default)]
    pub period: Option<Period>,
}

/// One meeting and its deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ScheduledMeeting {
    pub date: IsoDate,
    pub weekday: Weekday,
    pub working_day: bool,
    pub deadlines: Vec<Deadline>,
    pub warnings: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MeetingScheduleReport {
    pub constitution: String,
    pub body: BodyRef,
    pub period: Period,
    pub status: NoticeStatus,
    /// In date order, without repeats.
    pub meetings: Vec<ScheduledMeeting>,
    /// One check per cadence rule of the body.
    pub cadence: Vec<CadenceCheck>,
    /// `false` if any cadence rule is broken, `true` if every rule that could be judged
    /// is met; `null` when the body has no cadence rule or none could be judged.
    pub cadence_met: Option<bool>,
    pub warnings: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// A year's meetings with all their deadlines and the cadence checks.
pub fn meeting_schedule(input: &MeetingScheduleInput) -> Result<MeetingScheduleReport, Error> {
    let c = input.constitution.resolve()?;
    schedule_of(&c, input)
}

pub(super) fn schedule_of(c: &Constitution, input: &MeetingScheduleInput) -> Result<MeetingScheduleReport, Error> {
    let body = find_body(c, input.body.as_deref(), "body")?;
    let Dates { dates, repeated } = meeting_dates(input)?;
    let mut warnings = Vec::new();
    if repeated > 0 {
        warnings.push(Reason::new(
            format!("{repeated} repeated meeting date(s) were listed once."),
            &[],
        ));
    }
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "meetings",
            "give at least one meeting date, or a rule that makes some",
        ));
    };
    let period = match input.period {
        Some(p) => {
            check_period(p.from, p.to, "period")?;
            p
        }
        None => Period {
            from: IsoDate::from_ymd(first.year(), 1, 1).unwrap_or(first),
            to: IsoDate::from_ymd(last.year(), 12, 31).unwrap_or(last),
        },
    };
    check_period(period.from, period.to, "period")?;
    let local = Local::of(c);
    let cal = WorkingCalendar::new(&local.closures);
    let mut cites = Citations::new();
    let Meetings { meetings, status } = meetings(c, body, &cal, &dates, &mut cites)?;
    let (in_period, outside): (Vec<IsoDate>, Vec<IsoDate>) =
        dates.iter().partition(|d| **d >= period.from && **d <= period.to);
    if !outside.is_empty() {
        warnings.push(Reason::new(
            format!(
                "{} meeting(s) fall outside the period {} to {} and are not counted in the cadence checks.",
                outside.len(),
                period.from,
                period.to
            ),
            &[],
        ));
    }
    let checks: Vec<CadenceCheck> = body
        .cadence
        .iter()
        .map(|rule| cadence::check(rule, &in_period, period.from, period.to))
        .collect();
    let cadence_met = cadence_met(&checks);
    let notes = notes(c, body, local.notes);
    warnings.extend(cal.warnings());
    for check in &checks {
        cites.add(&check.reason.cite);
    }
    cites.add_reasons(&warnings);
    cites.add_reasons(&notes);
    let summary = summary(&body.name, &meetings, &checks, cadence_met, status);
    Ok(MeetingScheduleReport {
        constitution: c.id.clone(),
        body: BodyRef {
            id: body.id.clone(),
            name: body.name.clone(),
        },
        period,
        status,
        meetings,
        cadence: checks,
        cadence_met,
        warnings,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// Every meeting with its deadlines, and whether the body has notice periods.
struct Meetings {
    meetings: Vec<ScheduledMeeting>,
    status: NoticeStatus,
}

/// Each date's papers timeline; its clauses go into `cites`.
fn meetings(
    c: &Constitution,
    body: &Body,
    cal: &WorkingCalendar,
    dates: &[IsoDate],
    cites: &mut Citations,
) -> Result<Meetings, Error> {
    let mut status = NoticeStatus::NoNoticeRule;
    let mut meetings = Vec::with_capacity(dates.len());
    for date in dates {
        let t = timeline(c, body, cal, *date)?;
        status = t.status;
        for d in &t.deadlines {
            cites.add(&d.reason.cite);
        }
        cites.add_reasons(&t.warnings);
        meetings.push(ScheduledMeeting {
            date: *date,
            weekday: date.weekday(),
            working_day: cal.is_working(*date),
            deadlines: t.deadlines,
            warnings: t.warnings,
        });
    }
    Ok(Meetings { meetings, status })
}

/// The constitution's notes on notice and cadence, the local calendar's, and a note when
/// the body has no cadence rule.
fn notes(c: &Constitution, body: &Body, local: Vec<Reason>) -> Vec<Reason> {
    let mut notes = c.notes_on("notice");
    notes.extend(c.topic_notes("cadence"));
    crate::reason::extend_unique(&mut notes, local);
    if body.cadence.is_empty() {
        notes.push(Reason::new(
            format!(
                "The constitution {} sets no meeting cadence for {}.",
                c.id,
                the(&body.name)
            ),
            &[],
        ));
    }
    notes
}

/// The meeting dates of a schedule.
struct Dates {
    /// Listed and made by the rule, sorted, each once.
    dates: Vec<IsoDate>,
    /// How many repeats were dropped.
    repeated: usize,
}

fn meeting_dates(input: &MeetingScheduleInput) -> Result<Dates, Error> {
    if input.meetings.len() > MAX_MEETINGS {
        return Err(too_many("meetings"));
    }
    let mut dates = input.meetings.clone();
    if let Some(rule) = &input.rule {
        dates.extend(generate(rule)?);
    }
    if dates.len() > MAX_MEETINGS {
        return Err(too_many("rule"));
    }
    dates.sort();
    let before = dates.len();
    dates.dedup();
    let repeated = before - dates.len();
    Ok(Dates { dates, repeated })
}

/// Broken if any rule is broken; met if every rule that could be judged is met; `None`
/// when none could be judged.
fn cadence_met(checks: &[CadenceCheck]) -> Option<bool> {
    if checks.iter().any(|c| c.met == Some(false)) {
        Some(false)
    } else if checks.iter().any(|c| c.met == Some(true)) {
        Some(true)
    } else {
        None
    }
}

/// "12 meetings of the Board from … to …; the cadence rules are met."
fn summary(
    body: &str,
    meetings: &[ScheduledMeeting],
    checks: &[CadenceCheck],
    cadence_met: Option<bool>,
    status: NoticeStatus,
) -> String {
    let (Some(first), Some(last)) = (meetings.first(), meetings.last()) else {
        return String::new();
    };
    let breaches: usize = checks.iter().map(|c| c.breaches.len()).sum();
    format!(
        "{} meeting{} of {} from {} to {}; {}{}",
        meetings.len(),
        plural(meetings.len()),
        the(body),
        first.date.long(),
        last.date.long(),
        match cadence_met {
            None if checks.is_empty() => "no cadence rule is set".to_string(),
            None => "the cadence rules cannot be judged over these dates".to_string(),
            Some(true) => "the cadence rules are met".to_string(),
            Some(false) => format!("{breaches} cadence breach{}", if breaches == 1 { "" } else { "es" }),
        },
        match status {
            NoticeStatus::Deadlines => ".".to_string(),
            _ => "; no notice period is set.".to_string(),
        }
    )
}

fn too_many(path: &str) -> Error {
    Error::at(
        ErrorCode::TooLarge,
        path,
        format!("a schedule holds at most {MAX_MEETINGS} meetings"),
    )
}

fn check_period(from: IsoDate, to: IsoDate, path: &str) -> Result<(), Error> {
    if to < from {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            format!("{path}.to"),
            "must not be before `from`",
        ));
    }
    if from.days_until(to) > MAX_PERIOD_DAYS {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            format!("{path}.to"),
            format!("a schedule covers at most {MAX_PERIOD_DAYS} days (about 10 years)"),
        ));
    }
    Ok(())
}

/// The meeting dates a rule makes.
fn generate(rule: &ScheduleRule) -> Result<Vec<IsoDate>, Error> {
    match rule {
        ScheduleRule::Monthly {
            year,
            week,
            weekday,
            months,
        } => {
            if !(MIN_YEAR..=MAX_YEAR).contains(year) {
                return Err(Error::at(
                    ErrorCode::OutOfRange,
                    "rule.year",
                    format!("must be between {MIN_YEAR} and {MAX_YEAR}"),
                ));
            }
            if months.is_empty() || months.len() > 12 {
                return Err(Error::at(
                    ErrorCode::OutOfRange,
                    "rule.months",
                    "must list 1 to 12 months",
                ));
            }
            let mut out = Vec::new();
            for (i, m) in months.iter().enumerate() {
                if !(1..=12).contains(m) {
                    return Err(Error::at(
                        ErrorCode::OutOfRange,
                        format!("rule.months[{i}]"),
                        "must be a month from 1 (January) to 12 (December)",
                    ));
                }
                if let Some(d) = IsoDate::nth_weekday(*year, *m, *weekday, week.n()) {
                    out.push(d);
                }
            }
            Ok(out)
        }
        ScheduleRule::EveryWeeks { first, weeks, until } => {
            if *weeks == 0 || *weeks > 52 {
                return Err(Error::at(
                    ErrorCode::OutOfRange,
                    "rule.weeks",
                    "must be between 1 and 52",
                ));
            }
            check_period(*first, *until, "rule")
                .map_err(|e| Error::at(e.code, "rule.until", e.message.replace("`from`", "`first`")))?;
            let step = i32::try_from(*weeks).unwrap_or(52) * 7;
            let mut out = Vec::new();
            let mut d = *first;
            while d <= *until {
                if out.len() >= MAX_MEETINGS {
                    return Err(too_many("rule"));
                }
                out.push(d);
                match d.add_days(step) {
                    Some(next) => d = next,
                    None => break,
                }
            }
            Ok(out)
        }
    }
}
