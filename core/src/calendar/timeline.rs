//! The papers timeline: every deadline a constitution sets before one meeting.
//!
//! Each notice period is counted from the meeting or from an earlier deadline, in its own
//! unit. A count in working days steps over weekends, bank holidays and closures and
//! lists them; a count in calendar days, clear days or weeks can land on a non-working
//! day and is then moved (back, unless the constitution says otherwise) and says so.
//! Where the constitution sets no notice period, the timeline is empty and says that,
//! rather than borrowing another partnership's rule.

use super::notice::{Direction, NonWorkingDayRule, NoticePeriod, NoticeUnit, MEETING};
use super::working_calendar::{NonWorkingDay, WorkingCalendar};
use super::working_days::{cites_of, skipped_text, Local};
use crate::constitution::{Body, Constitution, ConstitutionSource};
use crate::date::{IsoDate, Weekday};
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::the;
use serde::{Deserialize, Serialize};

/// `{ constitution, meeting, body? }`: `body` defaults to the constitution's first body
/// (the Alliance, the Board).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PapersTimelineInput {
    pub constitution: ConstitutionSource,
    pub meeting: IsoDate,
    #[serde(default)]
    pub body: Option<String>,
}

/// Whether the constitution sets deadlines for this body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum NoticeStatus {
    Deadlines,
    /// The constitution sets no notice period at all.
    NoNoticeRule,
    /// It sets notice periods, but none for this body.
    NoNoticeRuleForBody,
}

/// A body, as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct BodyRef {
    pub id: String,
    pub name: String,
}

/// One deadline before (or after) a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// The notice period's id (`papersIssued`).
    pub id: String,
    pub name: String,
    pub date: IsoDate,
    pub weekday: Weekday,
    /// The rule in words: "5 working days before the meeting".
    pub rule: String,
    pub unit: NoticeUnit,
    pub count: u32,
    pub direction: Direction,
    /// `"meeting"` or the id of the deadline this one is measured from.
    pub from: String,
    pub from_date: IsoDate,
    /// The document says "approximately": the date is a guide.
    pub approximately: bool,
    /// Where the count itself landed, before any move off a non-working day.
    pub counted: IsoDate,
    /// Whether the deadline was moved off a non-working day.
    pub moved: bool,
    /// Non-working days passed over, counting working days or moving, in date order.
    pub skipped: Vec<NonWorkingDay>,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PapersTimelineReport {
    pub constitution: String,
    pub body: BodyRef,
    pub meeting: IsoDate,
    pub meeting_weekday: Weekday,
    pub status: NoticeStatus,
    /// In date order.
    pub deadlines: Vec<Deadline>,
    pub warnings: Vec<Reason>,
    /// The constitution's notes on notice (late papers, readings) and on the calendar.
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Every deadline before a meeting under a constitution.
pub fn papers_timeline(input: &PapersTimelineInput) -> Result<PapersTimelineReport, Error> {
    let c = input.constitution.resolve()?;
    let body = find_body(&c, input.body.as_deref(), "body")?;
    let local = Local::of(&c);
    let cal = WorkingCalendar::new(&local.closures);
    let t = timeline(&c, body, &cal, input.meeting)?;
    let mut warnings = t.warnings;
    warnings.extend(cal.warnings());
    let mut notes = c.notes_on("notice");
    crate::reason::extend_unique(&mut notes, local.notes);
    let mut cites = Citations::new();
    for d in &t.deadlines {
        cites.add(&d.reason.cite);
    }
    cites.add_reasons(&warnings);
    cites.add_reasons(&notes);
    let summary = summary(&c, body, input.meeting, t.status, &t.deadlines);
    Ok(PapersTimelineReport {
        constitution: c.id.clone(),
        body: BodyRef {
            id: body.id.clone(),
            name: body.name.clone(),
        },
        meeting: input.meeting,
        meeting_weekday: input.meeting.weekday(),
        status: t.status,
        deadlines: t.deadlines,
        warnings,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// The body named `id`, or the first body when none is named.
pub(super) fn find_body<'c>(c: &'c Constitution, id: Option<&str>, path: &str) -> Result<&'c Body, Error> {
    c.body_or_first(id).map_err(|known| {
        Error::at(
            ErrorCode::UnknownReference,
            path,
            format!(
                "there is no body \"{}\" in {}; the bodies are {}",
                crate::wording::cut(id.unwrap_or(""), crate::limits::shown::ID),
                c.id,
                known
            ),
        )
    })
}

/// The deadlines of one meeting, and anything the secretary should know.
pub(super) struct Timeline {
    pub status: NoticeStatus,
    pub deadlines: Vec<Deadline>,
    pub warnings: Vec<Reason>,
}

pub(super) fn timeline(
    c: &Constitution,
    body: &Body,
    cal: &WorkingCalendar,
    meeting: IsoDate,
) -> Result<Timeline, Error> {
    let mut warnings = Vec::new();
    if let Some(nw) = cal.non_working(meeting) {
        warnings.push(Reason::new(
            format!("The meeting itself is not on a working day: {}.", nw.reason.text),
            &nw.reason.cite,
        ));
    }
    let Some(periods) = &c.notice_periods else {
        return Ok(Timeline {
            status: NoticeStatus::NoNoticeRule,
            deadlines: Vec::new(),
            warnings,
        });
    };
    let mut deadlines: Vec<Deadline> = Vec::new();
    for p in periods.iter().filter(|p| p.applies_to(&body.id)) {
        let (base, base_name) = if p.from == MEETING {
            (meeting, "the meeting".to_string())
        } else if let Some(d) = deadlines.iter().find(|d| d.id == p.from) {
            (d.date, format!("\"{}\"", d.name))
        } else {
            warnings.push(Reason::new(
                format!(
                    "\"{}\" is measured from \"{}\", which does not apply to {}; it is left out.",
                    p.name, p.from, body.name
                ),
                &p.cite,
            ));
            continue;
        };
        let d = deadline(p, cal, base, &base_name)?;
        if d.date > meeting {
            warnings.push(Reason::new(
                format!("\"{}\" falls after the meeting, on {}.", d.name, d.date.long()),
                &p.cite,
            ));
        }
        deadlines.push(d);
    }
    let status = if deadlines.is_empty() {
        NoticeStatus::NoNoticeRuleForBody
    } else {
        NoticeStatus::Deadlines
    };
    deadlines.sort_by_key(|d| d.date);
    Ok(Timeline {
        status,
        deadlines,
        warnings,
    })
}

/// One notice period's deadline from `base` (the meeting or another deadline), with its
/// reason.
fn deadline(p: &NoticePeriod, cal: &WorkingCalendar, base: IsoDate, base_name: &str) -> Result<Deadline, Error> {
    let about = if p.approximately { "about " } else { "" };
    let rule = format!(
        "{about}{} {} {base_name}",
        p.unit.describe(p.count),
        match p.direction {
            Direction::Before => "before",
            Direction::After => "after",
        },
    );
    let (counted, skipped) = count(p, cal, base)?;
    let landing = landing(p, cal, counted)?;
    let text = match &landing {
        Landing::Moved { to, why, dir, .. } => format!(
            "{}: {rule} on {} is {}, which is not a working day ({why}), so the deadline moves {} working day, {}.",
            p.name,
            base.long(),
            counted.long(),
            if *dir < 0 {
                "back to the previous"
            } else {
                "on to the next"
            },
            to.long()
        ),
        Landing::Kept { why } => format!(
            "{}: {}, {rule} on {}{}; it is not a working day ({why}) but the constitution keeps the date.",
            p.name,
            counted.long(),
            base.long(),
            skipped_text(&skipped)
        ),
        Landing::Stays => format!(
            "{}: {}, {rule} on {}{}.",
            p.name,
            counted.long(),
            base.long(),
            skipped_text(&skipped)
        ),
    };
    let (date, moved, skipped) = match landing {
        Landing::Moved { to, passed, .. } => (to, true, passed),
        Landing::Kept { .. } | Landing::Stays => (counted, false, skipped),
    };
    let mut cites = Citations::new();
    cites.add(&p.cite);
    if !skipped.is_empty() {
        cites.add(&cites_of(&skipped));
    }
    Ok(Deadline {
        id: p.id.clone(),
        name: p.name.clone(),
        date,
        weekday: date.weekday(),
        rule,
        unit: p.unit,
        count: p.count,
        direction: p.direction,
        from: p.from.clone(),
        from_date: base,
        approximately: p.approximately,
        counted,
        moved,
        skipped,
        reason: Reason::new(text, &cites.into_vec()),
    })
}

/// The date the period counts to from `base`, and the non-working days a count in working
/// days passed over.
fn count(p: &NoticePeriod, cal: &WorkingCalendar, base: IsoDate) -> Result<(IsoDate, Vec<NonWorkingDay>), Error> {
    let sign: i32 = match p.direction {
        Direction::Before => -1,
        Direction::After => 1,
    };
    // Counts are at most MAX_NOTICE_COUNT (366), so none of this can overflow.
    let count = i32::try_from(p.count).unwrap_or(i32::MAX).min(366);
    let out_of_range = || {
        Error::at(
            ErrorCode::OutOfRange,
            "meeting",
            "a deadline falls outside the supported years",
        )
    };
    Ok(match p.unit {
        NoticeUnit::WorkingDays => cal.step(base, sign * count, "meeting")?,
        NoticeUnit::CalendarDays => (base.add_days(sign * count).ok_or_else(out_of_range)?, Vec::new()),
        NoticeUnit::ClearDays => (base.add_days(sign * (count + 1)).ok_or_else(out_of_range)?, Vec::new()),
        NoticeUnit::Weeks => (base.add_days(sign * 7 * count).ok_or_else(out_of_range)?, Vec::new()),
    })
}

/// Where a counted date lands.
enum Landing {
    /// On a working day, or counted in working days (which never land elsewhere).
    Stays,
    /// On a non-working day (`why`), moved to `to` in direction `dir`, passing `passed`.
    Moved {
        to: IsoDate,
        passed: Vec<NonWorkingDay>,
        why: String,
        dir: i32,
    },
    /// On a non-working day (`why`) that the constitution keeps.
    Kept { why: String },
}

/// A date counted in calendar days, clear days or weeks that falls on a non-working day
/// moves as the period's rule says.
fn landing(p: &NoticePeriod, cal: &WorkingCalendar, counted: IsoDate) -> Result<Landing, Error> {
    if p.unit == NoticeUnit::WorkingDays {
        return Ok(Landing::Stays);
    }
    let Some(nw) = cal.non_working(counted) else {
        return Ok(Landing::Stays);
    };
    let dir = match p.on_non_working_day {
        NonWorkingDayRule::PreviousWorkingDay => -1,
        NonWorkingDayRule::NextWorkingDay => 1,
        NonWorkingDayRule::Keep => return Ok(Landing::Kept { why: nw.name }),
    };
    let (to, passed) = cal.nearest(counted, dir, "meeting")?;
    Ok(Landing::Moved {
        to,
        passed,
        why: nw.name,
        dir,
    })
}

fn summary(c: &Constitution, body: &Body, meeting: IsoDate, status: NoticeStatus, deadlines: &[Deadline]) -> String {
    match status {
        NoticeStatus::NoNoticeRule => format!("The constitution {} sets no notice periods.", c.id),
        NoticeStatus::NoNoticeRuleForBody => {
            format!(
                "The constitution {} sets no notice period for {}.",
                c.id,
                the(&body.name)
            )
        }
        NoticeStatus::Deadlines => {
            let list: Vec<String> = deadlines
                .iter()
                .map(|d| format!("{}: {}{}", d.name, d.date.long(), if d.moved { " (moved)" } else { "" }))
                .collect();
            format!(
                "Meeting of {} on {}. {}.",
                the(&body.name),
                meeting.long(),
                list.join("; ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constitution::presets;
    use proptest::prelude::*;

    proptest! {
        /// Under both presets every deadline is a working day before the meeting, and
        /// Clackmannanshire's papers go out exactly 5 working days before (B6.1).
        #[test]
        fn preset_deadlines_are_working_days_before_the_meeting(days in 0i32..9_000) {
            let meeting = IsoDate::from_ymd(2012, 1, 1).unwrap().add_days(days).unwrap();
            for id in presets::ids() {
                let c = presets::preset(id).unwrap();
                let cal = WorkingCalendar::new(&[]);
                let t = timeline(&c, &c.bodies[0], &cal, meeting).unwrap();
                prop_assert_eq!(t.status, NoticeStatus::Deadlines);
                for d in &t.deadlines {
                    prop_assert!(cal.is_working(d.date), "{id} {meeting}: {} on {}", d.id, d.date);
                    prop_assert!(d.date < meeting);
                    prop_assert!(d.date <= d.counted, "deadlines only move back");
                    prop_assert_eq!(d.moved, d.date != d.counted);
                }
                if let Some(issued) = t.deadlines.iter().find(|d| d.id == "papersIssued") {
                    let (back, _) = cal.step(meeting, -5, "x").unwrap();
                    prop_assert_eq!(issued.date, back);
                    let partner = t.deadlines.iter().find(|d| d.id == "partnerPapers").unwrap();
                    prop_assert!(issued.date.days_until(partner.date) <= -3);
                }
            }
        }
    }
}
