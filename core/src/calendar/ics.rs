//! Calendar export: a schedule and its deadlines as iCalendar text (RFC 5545), for
//! Outlook, Google Calendar and Apple Calendar.
//!
//! Every meeting and every deadline is an all-day event (`VALUE=DATE`). Its UID is made
//! from the constitution id, the body, the meeting date and the deadline's id, so
//! importing the file again after a change updates the events instead of duplicating
//! them. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
//! character; text values are escaped (`\\`, `\;`, `\,`, `\n`).

use super::schedule::{schedule_of, MeetingScheduleInput, MeetingScheduleReport};
use crate::date::IsoDate;
use crate::error::Error;
use crate::wording::{count as count_noun, the};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// `{ schedule, generatedOn }`: the schedule as for `meetingSchedule`, and the day the
/// file is made (its `DTSTAMP`; pass today's date).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScheduleIcsInput {
    pub schedule: MeetingScheduleInput,
    pub generated_on: IsoDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ScheduleIcsReport {
    /// The iCalendar text (`text/calendar`), CRLF line ends.
    pub ics: String,
    /// A file name to offer: `clackmannanshire-2019-alliance.ics`.
    pub filename: String,
    /// Events written: one per meeting and one per deadline.
    pub events: u32,
    pub summary: String,
    pub citations: Vec<String>,
}

pub const PRODID: &str = "-//Quorate//Meeting calendar//EN";

/// The schedule as an `.ics` file.
pub fn schedule_ics(input: &ScheduleIcsInput) -> Result<ScheduleIcsReport, Error> {
    let c = input
        .schedule
        .constitution
        .resolve()
        .map_err(|e| e.within("schedule"))?;
    let report = schedule_of(&c, &input.schedule).map_err(|e| e.within("schedule"))?;
    let (ics, events) = write_ics(&report, input.generated_on);
    Ok(ScheduleIcsReport {
        ics,
        filename: format!("{}-{}.ics", uid_part(&report.constitution), uid_part(&report.body.id)),
        events,
        summary: format!(
            "{}: {} of {} and their deadlines.",
            count_noun(events, "event"),
            count_noun(report.meetings.len(), "meeting"),
            the(&report.body.name)
        ),
        citations: report.citations.clone(),
    })
}

fn write_ics(r: &MeetingScheduleReport, stamp: IsoDate) -> (String, u32) {
    let mut out = String::new();
    let mut events = 0u32;
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(&r.body.name)));
    let dtstamp = format!("{}T000000Z", compact(stamp));
    for m in &r.meetings {
        let list = |after: bool| {
            m.deadlines
                .iter()
                .filter(|d| d.after_meeting == after)
                .map(|d| format!("{} {}", d.name, d.date.long()))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut desc = format!("Meeting of {} ({}).", the(&r.body.name), r.constitution);
        for (after, label) in [(false, "Deadlines"), (true, "After the meeting")] {
            let items = list(after);
            if !items.is_empty() {
                let _ = write!(desc, "\n{label}: {items}.");
            }
        }
        event(
            &mut out,
            &Event {
                uid: uid(&r.constitution, &r.body.id, m.date, "meeting"),
                stamp: &dtstamp,
                date: m.date,
                summary: &r.body.name,
                description: &desc,
                category: "Meeting",
                busy: true,
            },
        );
        events += 1;
        for d in &m.deadlines {
            let mut desc = format!("{}\nRule: {}.", d.reason.text, d.rule);
            if let Some(u) = &d.urgency {
                let _ = write!(desc, "\nException: {}.", u.words);
            }
            if !d.reason.cite.is_empty() {
                let _ = write!(desc, "\nSource: {}.", d.reason.cite.join("; "));
            }
            event(
                &mut out,
                &Event {
                    uid: uid(&r.constitution, &r.body.id, m.date, &d.id),
                    stamp: &dtstamp,
                    date: d.date,
                    summary: &format!(
                        "{}: {} ({}meeting {})",
                        d.name,
                        r.body.name,
                        if d.after_meeting { "after the " } else { "" },
                        m.date.long()
                    ),
                    description: &desc,
                    category: "Deadline",
                    busy: false,
                },
            );
            events += 1;
        }
    }
    line(&mut out, "END:VCALENDAR");
    (out, events)
}

struct Event<'a> {
    uid: String,
    stamp: &'a str,
    date: IsoDate,
    summary: &'a str,
    description: &'a str,
    category: &'a str,
    busy: bool,
}

fn event(out: &mut String, e: &Event) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", e.uid));
    line(out, &format!("DTSTAMP:{}", e.stamp));
    line(out, &format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
    if let Some(next) = e.date.add_days(1) {
        line(out, &format!("DTEND;VALUE=DATE:{}", compact(next)));
    }
    line(out, &format!("SUMMARY:{}", escape(e.summary)));
    line(out, &format!("DESCRIPTION:{}", escape(e.description)));
    line(out, &format!("CATEGORIES:{}", escape(e.category)));
    line(out, if e.busy { "TRANSP:OPAQUE" } else { "TRANSP:TRANSPARENT" });
    line(out, "END:VEVENT");
}

/// `20261203`.
fn compact(d: IsoDate) -> String {
    let (y, m, day) = d.ymd();
    format!("{y:04}{m:02}{day:02}")
}

/// A stable UID: the same meeting and deadline always get the same one.
pub fn uid(constitution: &str, body: &str, meeting: IsoDate, kind: &str) -> String {
    format!(
        "{}.{}.{}.{}@quorate",
        uid_part(constitution),
        uid_part(body),
        compact(meeting),
        uid_part(kind)
    )
}

/// Letters, digits, `-` and `_` kept; anything else percent-encoded byte by byte, so a
/// UID is plain ASCII with nothing to escape, and different ids stay different.
fn uid_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// RFC 5545 TEXT escaping; other control characters are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Write one content line, folded so that no line exceeds 75 octets (the leading space
/// of a continuation counts), never inside a UTF-8 character, ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for ch in content.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn uids_are_plain_and_distinct() {
        let d = IsoDate::parse("2026-12-03").unwrap();
        assert_eq!(
            uid("clackmannanshire-2019", "alliance", d, "papersIssued"),
            "clackmannanshire-2019.alliance.20261203.papersIssued@quorate"
        );
        assert_ne!(uid("a.b", "c", d, "k"), uid("a", "b.c", d, "k"));
    }

    proptest! {
        #[test]
        fn folding_keeps_lines_short_and_text_whole(text in "\\PC{0,300}") {
            let mut out = String::new();
            line(&mut out, &format!("DESCRIPTION:{}", escape(&text)));
            for l in out.split("\r\n") {
                prop_assert!(l.len() <= 75, "{} octets: {l}", l.len());
            }
            prop_assert!(out.ends_with("\r\n"));
            prop_assert_eq!(unfold(&out), format!("DESCRIPTION:{}\r\n", escape(&text)));
        }
    }
}
