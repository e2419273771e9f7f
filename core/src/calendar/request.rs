//! A meeting called on request: "a special meeting shall be held within 14 days of the
//! receipt of the request made to the Secretary". The constitution states the time as a
//! notice period `from: "request"`; given the day the request was received, the latest
//! date the meeting may be held is counted like any deadline (a count in calendar days
//! that lands on a weekend moves back, so the meeting is never late by following it),
//! and the proposed meeting date is checked against it.

use super::timeline::{deadline, Deadline};
use super::working_calendar::WorkingCalendar;
use crate::constitution::{Body, Constitution};
use crate::date::{IsoDate, Weekday};
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::{count, the};
use serde::{Deserialize, Serialize};

/// Whether the constitution sets a time within which a meeting called on request is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum RequestStatus {
    /// It does: `latest` is the last day the meeting may be held.
    Limit,
    /// It sets none for this body: the report says so and judges nothing.
    NoLimit,
}

/// The meeting called on request, against the time the constitution gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct RequestCheck {
    /// The day the request was received.
    pub requested: IsoDate,
    pub requested_weekday: Weekday,
    pub status: RequestStatus,
    /// Each period from the request that applies to the body: its `date` is the latest
    /// the meeting may be held under it.
    pub limits: Vec<Deadline>,
    /// The latest date the meeting may be held (the earliest of the limits).
    pub latest: Option<IsoDate>,
    pub latest_weekday: Option<Weekday>,
    /// Whether the meeting is held by `latest`; `null` when there is no limit.
    pub met: Option<bool>,
    pub reason: Reason,
}

/// The latest date a meeting called on `requested` may be held, and whether `meeting`
/// is by then.
pub(super) fn check_request(
    c: &Constitution,
    body: &Body,
    cal: &WorkingCalendar,
    requested: IsoDate,
    meeting: IsoDate,
) -> Result<RequestCheck, Error> {
    if requested > meeting {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "requested",
            format!(
                "{} is after the meeting on {}: a meeting called on request is held after the request",
                requested.long(),
                meeting.long()
            ),
        ));
    }
    let mut limits = Vec::new();
    for p in c
        .notice_periods
        .iter()
        .flatten()
        .filter(|p| p.on_request() && p.applies_to(&body.id))
    {
        let mut d = deadline(p, cal, requested, "the request")?;
        d.after_meeting = d.date > meeting;
        limits.push(d);
    }
    limits.sort_by_key(|d| d.date);
    let Some(first) = limits.first() else {
        return Ok(RequestCheck {
            requested,
            requested_weekday: requested.weekday(),
            status: RequestStatus::NoLimit,
            limits,
            latest: None,
            latest_weekday: None,
            met: None,
            reason: Reason::new(
                format!(
                    "The constitution {} sets no time within which a meeting of {} called on request must be held.",
                    c.id,
                    the(&body.name)
                ),
                &[],
            ),
        });
    };
    let latest = first.date;
    let met = meeting <= latest;
    let text = if met {
        format!(
            "Held on {}, the meeting is in time: \"{}\" ({}) means it must be held by {}.",
            meeting.long(),
            first.name,
            first.rule,
            latest.long()
        )
    } else {
        format!(
            "Held on {}, the meeting is too late: \"{}\" ({}) means it must be held by {}, {} earlier.",
            meeting.long(),
            first.name,
            first.rule,
            latest.long(),
            count(latest.days_until(meeting), "day")
        )
    };
    let mut cites = Citations::new();
    cites.add(&first.reason.cite);
    Ok(RequestCheck {
        requested,
        requested_weekday: requested.weekday(),
        status: RequestStatus::Limit,
        latest: Some(latest),
        latest_weekday: Some(latest.weekday()),
        met: Some(met),
        reason: Reason::new(text, &cites.into_vec()),
        limits,
    })
}
