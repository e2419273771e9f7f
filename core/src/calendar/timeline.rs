//! The papers timeline: every deadline a constitution sets before one meeting, and after
//! it ("minutes shall be drawn up within fourteen days from the date of that meeting").
//!
//! Each notice period is counted from the meeting or from an earlier deadline, in its own
//! unit. A count in working days steps over weekends, bank holidays and closures and
//! lists them; a count in calendar days, clear days or weeks can land on a non-working
//! day and is then moved (back, unless the constitution says otherwise) and says so.
//! Where the constitution sets no notice period, the timeline is empty and says that,
//! rather than borrowing another partnership's rule.
//!
//! A meeting called on request (`requested`) is checked against the time within which
//! the constitution says it must be held (a period `from: "request"`). A meeting called
//! on a given day (`calledOn`) is late for every deadline before that day, unless it is
//! called as urgent (`urgent`) and the period states an exception for urgency, which the
//! report then says is relied on, in the document's words.

use super::notice::{Direction, NonWorkingDayRule, NoticePeriod, NoticeUnit, MEETING};
use super::request::{check_request, RequestCheck};
use super::working_calendar::{NonWorkingDay, WorkingCalendar};
use super::working_days::{cites_of, skipped_text, Local};
use crate::constitution::{Body, Constitution, ConstitutionSource};
use crate::date::{IsoDate, Weekday};
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::the;
use serde::{Deserialize, Serialize};

/// `{ constitution, meeting, body?, requested?, calledOn?, urgent? }`: `body` defaults to
/// the constitution's first body (the Alliance, the Board).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PapersTimelineInput {
    pub constitution: ConstitutionSource,
    pub meeting: IsoDate,
    #[serde(default)]
    pub body: Option<String>,
    /// The day the request (requisition) for the meeting was received, when the meeting
    /// is called on request: the report says the latest date it may be held.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub requested: Option<IsoDate>,
    /// The day the meeting is called (its notice goes out): a deadline before this day
    /// cannot be met, and the report says it is late.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub called_on: Option<IsoDate>,
    /// The meeting is called as urgent: a notice period's exception for urgency is relied
    /// on, rather than the notice being late.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub urgent: bool,
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

/// A notice period's exception for urgent meetings, as one meeting uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct UrgencyUse {
    /// The exception in the document's words ("except in case of urgency").
    pub words: String,
    pub cite: Vec<String>,
    /// The meeting is called as urgent and the exception is relied on for this deadline.
    pub relied_on: bool,
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
    /// The deadline falls after the meeting (minutes drawn up within 14 days of it).
    pub after_meeting: bool,
    /// The rule's exception for urgent meetings, if it states one.
    pub urgency: Option<UrgencyUse>,
    /// The deadline is before the day the meeting is called (`calledOn`), and no
    /// exception for urgency is relied on: the notice is late.
    pub late: bool,
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
    /// In date order, before and after the meeting.
    pub deadlines: Vec<Deadline>,
    /// The meeting called on request: the latest date it may be held, and whether it is
    /// held by then; `null` when no request date is given.
    pub request: Option<RequestCheck>,
    /// Whether every deadline can still be met on the day the meeting is called
    /// (`calledOn`), an exception for urgency relied on counting as met; `null` when no
    /// such day is given.
    pub on_time: Option<bool>,
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
    let call = Call::of(input)?;
    let mut t = timeline(&c, body, &cal, input.meeting)?;
    let mut warnings = std::mem::take(&mut t.warnings);
    let calling = call.apply(&mut t.deadlines, &body.name, &mut warnings);
    let request = match input.requested {
        Some(day) => Some(check_request(&c, body, &cal, day, input.meeting)?),
        None => None,
    };
    warnings.extend(cal.warnings());
    let mut notes = c.notes_on("notice");
    crate::reason::extend_unique(&mut notes, local.notes);
    let mut cites = Citations::new();
    for d in &t.deadlines {
        cites.add(&d.reason.cite);
    }
    if let Some(r) = &request {
        cites.add(&r.reason.cite);
    }
    cites.add_reasons(&warnings);
    cites.add_reasons(&notes);
    let mut summary = summary(&c, body, input.meeting, t.status, &t.deadlines);
    for extra in [request.as_ref().map(|r| r.reason.text.clone()), calling]
        .into_iter()
        .flatten()
    {
        summary.push(' ');
        summary.push_str(&extra);
    }
    Ok(PapersTimelineReport {
        constitution: c.id.clone(),
        body: BodyRef {
            id: body.id.clone(),
            name: body.name.clone(),
        },
        meeting: input.meeting,
        meeting_weekday: input.meeting.weekday(),
        status: t.status,
        on_time: call.called_on.map(|_| t.deadlines.iter().all(|d| !d.late)),
        deadlines: t.deadlines,
        request,
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
    // The deadlines whose rule counts after the meeting, or after one that does.
    let mut counted_after: Vec<&str> = Vec::new();
    // A meeting called on request is checked apart (`request::check_request`).
    for p in periods.iter().filter(|p| p.applies_to(&body.id) && !p.on_request()) {
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
        let mut d = deadline(p, cal, base, &base_name)?;
        let after = p.direction == Direction::After || counted_after.contains(&p.from.as_str());
        if after {
            counted_after.push(p.id.as_str());
        }
        d.after_meeting = d.date > meeting;
        // A rule that counts after the meeting sets a deadline after it, as it should; one
        // that counts only back from it and still lands after it is worth a look.
        if d.after_meeting && !after {
            warnings.push(Reason::new(
                format!(
                    "\"{}\" falls after the meeting, on {}, though its rule counts back from the meeting.",
                    d.name,
                    d.date.long()
                ),
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

/// One notice period's deadline from `base` (the meeting, another deadline or the
/// request), with its reason.
pub(super) fn deadline(
    p: &NoticePeriod,
    cal: &WorkingCalendar,
    base: IsoDate,
    base_name: &str,
) -> Result<Deadline, Error> {
    let about = if p.approximately { "about " } else { "" };
    let rule = if p.on_request() {
        format!("{about}within {} of {base_name}", p.unit.describe(p.count))
    } else {
        format!(
            "{about}{} {} {base_name}",
            p.unit.describe(p.count),
            match p.direction {
                Direction::Before => "before",
                Direction::After => "after",
            },
        )
    };
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
        after_meeting: false,
        urgency: p.unless_urgent.as_ref().map(|u| UrgencyUse {
            words: u.words.clone(),
            cite: p.urgency_cite().unwrap_or_default().to_vec(),
            relied_on: false,
        }),
        late: false,
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

/// How the meeting is called: on which day, and whether as urgent.
struct Call {
    called_on: Option<IsoDate>,
    urgent: bool,
}

impl Call {
    fn of(input: &PapersTimelineInput) -> Result<Call, Error> {
        if let Some(day) = input.called_on {
            if day > input.meeting {
                return Err(Error::at(
                    ErrorCode::OutOfRange,
                    "calledOn",
                    format!(
                        "{} is after the meeting on {}: a meeting is called before it is held",
                        day.long(),
                        input.meeting.long()
                    ),
                ));
            }
            if let Some(r) = input.requested.filter(|r| day < *r) {
                return Err(Error::at(
                    ErrorCode::OutOfRange,
                    "calledOn",
                    format!(
                        "{} is before the request on {}: a meeting called on request is called after the request is received",
                        day.long(),
                        r.long()
                    ),
                ));
            }
        }
        Ok(Call {
            called_on: input.called_on,
            urgent: input.urgent,
        })
    }

    /// Marks each deadline before the meeting as late, or its exception for urgency as
    /// relied on, says so in its reason, and returns the summary's sentence.
    fn apply(&self, deadlines: &mut [Deadline], body: &str, warnings: &mut Vec<Reason>) -> Option<String> {
        let mut relied: Vec<String> = Vec::new();
        let mut late: Vec<String> = Vec::new();
        for d in deadlines.iter_mut().filter(|d| !d.after_meeting) {
            let missed = self.called_on.filter(|day| d.date < *day);
            match &mut d.urgency {
                Some(u) if self.urgent && (missed.is_some() || self.called_on.is_none()) => {
                    u.relied_on = true;
                    let when = missed
                        .map(|day| format!(" on {}, after this deadline", day.long()))
                        .unwrap_or_default();
                    d.reason.text.push_str(&format!(
                        " The meeting is called as urgent{when}: the exception the rule states, \"{}\", is relied on, rather than the notice being late.",
                        u.words
                    ));
                    for c in &u.cite {
                        if !d.reason.cite.contains(c) {
                            d.reason.cite.push(c.clone());
                        }
                    }
                    relied.push(format!("\"{}\" (\"{}\")", d.name, u.words));
                }
                _ => {
                    let Some(day) = missed else { continue };
                    d.late = true;
                    let why = if self.urgent {
                        " The meeting is called as urgent, but this rule states no exception for urgency."
                    } else {
                        ""
                    };
                    d.reason.text.push_str(&format!(
                        " The meeting is called on {}, after this deadline: the notice is late.{why}",
                        day.long()
                    ));
                    warnings.push(Reason::new(
                        format!(
                            "\"{}\" was due on {}, before the meeting is called on {}: it is late.{why}",
                            d.name,
                            d.date.long(),
                            day.long()
                        ),
                        &d.reason.cite,
                    ));
                    late.push(format!("\"{}\"", d.name));
                }
            }
        }
        if self.urgent && deadlines.iter().all(|d| d.urgency.is_none()) && !deadlines.is_empty() {
            warnings.push(Reason::new(
                format!(
                    "The meeting is called as urgent, but no notice period for {} states an exception for urgency.",
                    the(body)
                ),
                &[],
            ));
        }
        let mut out: Vec<String> = Vec::new();
        if !relied.is_empty() {
            out.push(format!(
                "Called as urgent: the exception for urgency is relied on for {}.",
                relied.join(" and ")
            ));
        }
        if !late.is_empty() {
            out.push(format!("Late: {}.", late.join(" and ")));
        } else if let Some(day) = self.called_on {
            out.push(format!("Called on {}, every notice is in time.", day.long()));
        }
        (!out.is_empty()).then(|| out.join(" "))
    }
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
            let item = |d: &Deadline| format!("{}: {}{}", d.name, d.date.long(), if d.moved { " (moved)" } else { "" });
            let before: Vec<String> = deadlines.iter().filter(|d| !d.after_meeting).map(item).collect();
            let after: Vec<String> = deadlines.iter().filter(|d| d.after_meeting).map(item).collect();
            let mut out = format!("Meeting of {} on {}.", the(&body.name), meeting.long());
            if !before.is_empty() {
                out.push_str(&format!(" {}.", before.join("; ")));
            }
            if !after.is_empty() {
                out.push_str(&format!(" After the meeting: {}.", after.join("; ")));
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constitution::presets;
    use proptest::prelude::*;

    proptest! {
        /// "Minutes shall be drawn up within N days from the date of that meeting": a
        /// deadline counted after the meeting is after it, marked so, and never a warning.
        #[test]
        fn deadlines_after_the_meeting_are_deadlines(days in 0i32..9_000, count in 1u32..60, unit in 0usize..4) {
            let meeting = IsoDate::from_ymd(2012, 1, 1).unwrap().add_days(days).unwrap();
            let units = [NoticeUnit::WorkingDays, NoticeUnit::ClearDays, NoticeUnit::CalendarDays, NoticeUnit::Weeks];
            let mut c = presets::preset("clackmannanshire-2019").unwrap();
            c.notice_periods.as_mut().unwrap().push(NoticePeriod {
                id: "minutes".into(),
                name: "Minutes drawn up".into(),
                unit: units[unit],
                count,
                direction: Direction::After,
                from: MEETING.into(),
                approximately: false,
                on_non_working_day: NonWorkingDayRule::NextWorkingDay,
                bodies: Vec::new(),
                cite: vec!["x 2.3".into()],
                unless_urgent: None,
            });
            let cal = WorkingCalendar::new(&[]);
            let t = timeline(&c, &c.bodies[0], &cal, meeting).unwrap();
            let minutes = t.deadlines.iter().find(|d| d.id == "minutes").unwrap();
            prop_assert!(minutes.date > meeting);
            prop_assert!(minutes.after_meeting);
            prop_assert!(t.deadlines.iter().filter(|d| d.id != "minutes").all(|d| !d.after_meeting));
            prop_assert!(t.deadlines.last().map(|d| d.id.as_str()) == Some("minutes"), "in date order, last");
            prop_assert!(t.warnings.iter().all(|w| !w.text.contains("Minutes")), "{:?}", t.warnings);
        }

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
