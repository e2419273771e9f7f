//! `attendanceReport`: the attendance register over a series of meetings.
//!
//! Clackmannanshire B1.6: a member who fails to attend two consecutive meetings without
//! reasonable excuse and without sending apologies *may* be expelled by majority vote at
//! the next meeting; the register flags such members and never acts. It also checks how
//! often the body met against its cadence rules (B3.1: at least quarterly; Inverclyde
//! 7.1), with [`crate::calendar::cadence`].

use super::membership::{self, Holding, Membership, Term, UnattributedSubstitute};
use super::people::{Meeting, PersonRef};
use super::roster::{Attendance, AttendanceStatus, Roster};
use super::rule::{AbsenceRule, Seat};
use crate::calendar::cadence::{self, CadenceCheck};
use crate::constitution::{Body, Constitution, ConstitutionSource};
use crate::date::IsoDate;
use crate::error::{Error, ErrorCode, Problems};
use crate::reason::{Citations, Reason};
use crate::wording::{and_list, count, plural, the};
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
    /// Who held which seat when: members appointed part way, members who left, a seat
    /// vacant between holders, a member who changed seats. A seat none of them names is
    /// held by the roster's member at every meeting (or vacant throughout when marked so).
    #[serde(default)]
    pub holders: Vec<Holding>,
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
    /// Substitutes the minute lists without saying whom they replace ("Also present:
    /// J Bloggs (sub)"): reported as such, never credited to a seat.
    #[serde(default)]
    pub unattributed_substitutes: Vec<UnattributedSubstitute>,
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
    /// Meetings at which nobody held the seat (vacant, or before its first holder joined
    /// or after its last left): never counted against anyone.
    pub vacant: u32,
    pub flagged: bool,
}

/// One person's time in one seat, as the report gives it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MemberTerm {
    pub seat: String,
    /// `null`: before the register's first meeting.
    pub joined: Option<IsoDate>,
    /// `null`: still in post.
    pub left: Option<IsoDate>,
}

/// One member's record over the meetings held while they were a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MemberRecord {
    pub name: String,
    /// The seats held, in order, with the days joined and left.
    pub terms: Vec<MemberTerm>,
    /// Meetings held while a member (the totals below add up to this).
    pub meetings_as_member: u32,
    pub present: u32,
    pub represented_by_substitute: u32,
    pub apologies: u32,
    pub reasonable_excuse: u32,
    pub absent: u32,
    pub not_recorded: u32,
    /// Meetings before they joined or after they left: never absences.
    pub not_member: u32,
    pub flagged: bool,
    /// "Attended 3 of the 4 meetings held while a member; not a member at 1 (joined 2026-05-19)."
    pub summary: String,
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

/// A substitute listed at a meeting without the member they replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct UnattributedRecord {
    pub date: IsoDate,
    pub name: String,
    pub organisation: Option<String>,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceReport {
    pub body: String,
    pub meetings: u32,
    pub seats: Vec<SeatRecord>,
    /// Each member over the meetings held while they were a member.
    pub members: Vec<MemberRecord>,
    pub flags: Vec<AbsenceFlag>,
    /// Runs of absences that reach the rule only if no substitute listed without the
    /// member replaced stood for the member: the register cannot tell.
    pub cannot_tell: Vec<AbsenceFlag>,
    /// Substitutes listed without the member they replaced, meeting by meeting.
    pub unattributed_substitutes: Vec<UnattributedRecord>,
    pub cadence: Vec<CadenceCheck>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

const MAX_MEETINGS: usize = 1_000;

/// One meeting, resolved: its date, its attendance against the roster, and its
/// substitutes listed without the member replaced.
struct Held<'c> {
    /// Its place in `meetings` as given (for error paths).
    index: usize,
    date: IsoDate,
    meeting: Meeting<'c>,
    unattributed: &'c [UnattributedSubstitute],
}

/// What the register says of one member (or seat) at one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    NotRecorded,
    Present,
    Substitute,
    Apologies,
    ReasonableExcuse,
    Absent,
}

/// Seat `s`'s cell at meeting `m`, for the seat's holder then.
fn cell(m: &Meeting, s: usize) -> Cell {
    match (m.status[s], m.substitutes[s].is_empty()) {
        // A missing entry is not evidence of absence: it breaks a run, it never extends one.
        (_, true) if !m.recorded[s] => Cell::NotRecorded,
        (AttendanceStatus::Present, _) => Cell::Present,
        (_, false) => Cell::Substitute,
        (AttendanceStatus::Apologies, _) => Cell::Apologies,
        (AttendanceStatus::ReasonableExcuse, _) => Cell::ReasonableExcuse,
        (AttendanceStatus::Absent, _) => Cell::Absent,
    }
}

/// Counts of cells, shared by seat and member records.
#[derive(Default)]
struct Tally {
    present: u32,
    substitute: u32,
    apologies: u32,
    excuse: u32,
    absent: u32,
    not_recorded: u32,
}

impl Tally {
    fn add(&mut self, c: Cell) {
        let n = match c {
            Cell::NotRecorded => &mut self.not_recorded,
            Cell::Present => &mut self.present,
            Cell::Substitute => &mut self.substitute,
            Cell::Apologies => &mut self.apologies,
            Cell::ReasonableExcuse => &mut self.excuse,
            Cell::Absent => &mut self.absent,
        };
        *n += 1;
    }
}

/// An absence in a run: the meeting, the seat then held, and whether a substitute listed
/// without the member replaced might have stood for them.
#[derive(Clone, Copy)]
struct Missed {
    date: IsoDate,
    seat: usize,
    uncertain: bool,
}

/// Build the register: per-seat and per-member counts, absence flags and cadence checks.
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
    let dates: Vec<IsoDate> = resolved.iter().map(|h| h.date).collect();
    let (Some(&first), Some(&last), Some(seats)) =
        (dates.first(), dates.last(), resolved.first().map(|h| h.meeting.seats))
    else {
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
    let who = membership::membership(seats, &input.holders)?;
    check_vacancies(input, &resolved, &who)?;

    let mut cites = Citations::new();
    let mut records: Vec<SeatRecord> = (0..seats.len()).map(|s| seat_record(&resolved, &who, s)).collect();
    let mut members = Vec::with_capacity(who.people.len());
    let mut flags = Vec::new();
    let mut cannot_tell = Vec::new();
    for (p, person) in who.people.iter().enumerate() {
        let (mut record, runs) = member_record(&resolved, &who, p);
        if let Some(rule) = &c.absence {
            for run in runs {
                for (certain, run) in judge(run, rule.consecutive_meetings as usize) {
                    cites.add(&rule.cite);
                    let flag = absence_flag(&c, rule, &person.name, seats, &run, certain);
                    if certain {
                        record.flagged = true;
                        for m in &run {
                            if let Some(r) = records.get_mut(m.seat) {
                                r.flagged = true;
                            }
                        }
                        flags.push(flag);
                    } else {
                        cites.add(&c.substitutes.cite);
                        cannot_tell.push(flag);
                    }
                }
            }
        }
        members.push(record);
    }
    let unattributed = unattributed(&c, &resolved);
    if !unattributed.is_empty() {
        cites.add(&c.substitutes.cite);
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
    let notes = notes(&c, body, &records, &who);
    for n in &notes {
        cites.add(&n.cite);
    }
    let summary = summary(body, &dates, first, last, &flags, &cadence, &cannot_tell, &unattributed);
    Ok(AttendanceReport {
        body: body.name.clone(),
        meetings: dates.len() as u32,
        seats: records,
        members,
        flags,
        cannot_tell,
        unattributed_substitutes: unattributed,
        cadence,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// Every meeting's attendance resolved against the roster, in date order (meetings on
/// the same day keep the order given).
fn resolve_meetings<'c>(input: &'c AttendanceInput, c: &'c Constitution) -> Result<Vec<Held<'c>>, Error> {
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
    let mut p = Problems::new();
    for (i, record) in input.meetings.iter().enumerate() {
        let meeting = Meeting::resolve(
            c,
            input.roster.as_ref(),
            &record.attendance,
            &format!("meetings[{i}].attendance"),
        )?;
        membership::check_unattributed(
            &mut p,
            &format!("meetings[{i}].unattributedSubstitutes"),
            &record.unattributed_substitutes,
        );
        resolved.push(Held {
            index: i,
            date: record.date,
            meeting,
            unattributed: &record.unattributed_substitutes,
        });
    }
    p.into_input_result("The substitutes listed without the member replaced are not valid")?;
    resolved.sort_by_key(|h| h.date);
    Ok(resolved)
}

/// Nobody is present for, or substitutes for, a seat nobody held that day.
fn check_vacancies(input: &AttendanceInput, resolved: &[Held], who: &Membership) -> Result<(), Error> {
    let mut p = Problems::new();
    for held in resolved {
        let (i, m) = (held.index, &held.meeting);
        let Some(record) = input.meetings.get(i) else {
            continue;
        };
        let nobody = |id: &str| {
            m.seat_index(id)
                .is_some_and(|s| m.seats[s].vacant || (who.dated_seat[s] && who.holder(s, held.date).is_none()))
        };
        for (j, entry) in record.attendance.members.iter().enumerate() {
            // A seat the roster marks vacant is refused by `Meeting::resolve` already.
            if entry.status == AttendanceStatus::Present && nobody(&entry.seat) {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("meetings[{i}].attendance.members[{j}].status"),
                    format!(
                        "nobody held seat \"{}\" on {} by the holders' dates, so nobody can be present as its member",
                        entry.seat, held.date
                    ),
                );
            }
        }
        for (j, sub) in record.attendance.substitutes.iter().enumerate() {
            if nobody(&sub.for_seat) {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("meetings[{i}].attendance.substitutes[{j}].forSeat"),
                    format!(
                        "nobody held seat \"{}\" on {}, so nobody could attend in its member's place",
                        sub.for_seat, held.date
                    ),
                );
            }
        }
    }
    p.into_input_result("The attendance record does not match who held the seats")
}

/// Seat `s`'s counts over the meetings (a meeting nobody held it at is `vacant`).
fn seat_record(resolved: &[Held], who: &Membership, s: usize) -> SeatRecord {
    let mut t = Tally::default();
    let mut vacant = 0;
    for h in resolved {
        if who.holder(s, h.date).is_some() {
            t.add(cell(&h.meeting, s));
        } else {
            vacant += 1;
        }
    }
    let member = resolved
        .first()
        .map(|h| h.meeting.member_ref(s))
        .unwrap_or_else(|| PersonRef {
            name: String::new(),
            seat: String::new(),
            organisation: String::new(),
            substitute: false,
        });
    SeatRecord {
        member,
        present: t.present,
        represented_by_substitute: t.substitute,
        apologies: t.apologies,
        reasonable_excuse: t.excuse,
        absent: t.absent,
        not_recorded: t.not_recorded,
        vacant,
        flagged: false,
    }
}

/// Person `p`'s counts over the meetings, and their runs of consecutive unexcused
/// absences (a meeting they were not a member at ends a run, as any other meeting does).
fn member_record(resolved: &[Held], who: &Membership, p: usize) -> (MemberRecord, Vec<Vec<Missed>>) {
    let mut t = Tally::default();
    let mut not_member = 0u32;
    let mut run: Vec<Missed> = Vec::new();
    let mut runs: Vec<Vec<Missed>> = Vec::new();
    for h in resolved {
        let Some(s) = who.seat_of(p, h.date) else {
            not_member += 1;
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
            continue;
        };
        let c = cell(&h.meeting, s);
        t.add(c);
        if c == Cell::Absent {
            let uncertain = !h.unattributed.is_empty() && h.meeting.constitution.substitutes.allowed;
            run.push(Missed {
                date: h.date,
                seat: s,
                uncertain,
            });
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let (name, terms) = match who.people.get(p) {
        Some(person) => (person.name.clone(), person.terms.clone()),
        None => (String::new(), Vec::new()),
    };
    let seats = resolved.first().map(|h| h.meeting.seats).unwrap_or(&[]);
    let as_member = resolved.len() as u32 - not_member;
    let record = MemberRecord {
        summary: member_summary(
            &t,
            as_member,
            not_member,
            &terms,
            seats,
            who.people.get(p).is_some_and(|x| x.dated),
        ),
        name,
        terms: terms
            .iter()
            .map(|term| MemberTerm {
                seat: seats.get(term.seat).map(|s| s.id.clone()).unwrap_or_default(),
                joined: term.joined,
                left: term.left,
            })
            .collect(),
        meetings_as_member: as_member,
        present: t.present,
        represented_by_substitute: t.substitute,
        apologies: t.apologies,
        reasonable_excuse: t.excuse,
        absent: t.absent,
        not_recorded: t.not_recorded,
        not_member,
        flagged: false,
    };
    (record, runs)
}

/// "Attended 3 of the 4 meetings held while a member; apologies at 1; not a member at 2
/// (joined 2026-05-19)."
fn member_summary(t: &Tally, as_member: u32, not_member: u32, terms: &[Term], seats: &[Seat], dated: bool) -> String {
    let mut text = if as_member == 0 {
        "Not a member at any of these meetings".to_string()
    } else {
        format!(
            "Attended {} of the {} held while a member",
            t.present,
            count(as_member, "meeting")
        )
    };
    for (n, what) in [
        (t.substitute, "represented by a substitute at"),
        (t.apologies, "apologies at"),
        (t.excuse, "a reasonable excuse at"),
        (t.absent, "absent without apologies at"),
        (t.not_recorded, "no attendance entry at"),
    ] {
        if n > 0 {
            text.push_str(&format!("; {what} {n}"));
        }
    }
    if not_member > 0 && as_member > 0 {
        text.push_str(&format!("; not a member at {not_member}"));
    }
    if dated {
        // A member who changed seats: each span names its seat.
        let moved = terms.iter().any(|t| Some(t.seat) != terms.first().map(|f| f.seat));
        let spans: Vec<String> = terms
            .iter()
            .filter_map(|t| {
                let at = match seats.get(t.seat) {
                    Some(s) if moved => format!("{} ", s.name),
                    _ => String::new(),
                };
                match (t.joined, t.left) {
                    (None, None) if moved => Some(format!("{at}throughout")),
                    (None, None) => None,
                    (Some(j), None) => Some(format!("{at}joined {j}")),
                    (None, Some(l)) => Some(format!("{at}left {l}")),
                    (Some(j), Some(l)) => Some(format!("{at}joined {j}, left {l}")),
                }
            })
            .collect();
        if !spans.is_empty() {
            text.push_str(&format!(" ({})", spans.join("; ")));
        }
    }
    text.push('.');
    text
}

/// The parts of a run that reach the rule's `n` meetings: `(true, part)` for each stretch
/// of absences no unattributed substitute touches that is long enough on its own, else
/// `(false, run)` when the whole run is long enough only counting the meetings where a
/// substitute listed without the member replaced might have stood for them.
fn judge(run: Vec<Missed>, n: usize) -> Vec<(bool, Vec<Missed>)> {
    if run.len() < n || n == 0 {
        return Vec::new();
    }
    let certain: Vec<Vec<Missed>> = run
        .split(|m| m.uncertain)
        .filter(|part| part.len() >= n)
        .map(<[Missed]>::to_vec)
        .collect();
    if certain.is_empty() {
        vec![(false, run)]
    } else {
        certain.into_iter().map(|part| (true, part)).collect()
    }
}

fn absence_flag(
    c: &Constitution,
    rule: &AbsenceRule,
    name: &str,
    seats: &[Seat],
    run: &[Missed],
    certain: bool,
) -> AbsenceFlag {
    let list: Vec<String> = run.iter().map(|m| m.date.to_string()).collect();
    let (text, cite) = if certain {
        (
            format!(
                "{} missed {} consecutive meetings ({}) without apologies or reasonable excuse: the member {}. \
                 Quorate only flags this; it is for the body to decide.",
                name,
                run.len(),
                list.join(", "),
                rule.consequence
            ),
            rule.cite.clone(),
        )
    } else {
        let unsure: Vec<String> = run.iter().filter(|m| m.uncertain).map(|m| m.date.to_string()).collect();
        (
            format!(
                "{} is recorded absent without apologies at {} consecutive meetings ({}), but a substitute was listed \
                 without the member replaced on {}: if the substitute attended in {}'s place, the run is shorter. \
                 The register cannot tell whether the rule applies; record whom the substitute replaced.",
                name,
                run.len(),
                list.join(", "),
                and_list(&unsure),
                name
            ),
            rule.cite.iter().chain(&c.substitutes.cite).cloned().collect(),
        )
    };
    let seat = run.last().and_then(|m| seats.get(m.seat));
    AbsenceFlag {
        member: PersonRef {
            name: name.to_string(),
            seat: seat.map(|s| s.id.clone()).unwrap_or_default(),
            organisation: seat.map(|s| s.organisation.clone()).unwrap_or_default(),
            substitute: false,
        },
        meetings: run.iter().map(|m| m.date).collect(),
        reason: Reason::new(text, &cite),
    }
}

/// Each substitute listed without the member replaced, reported as such.
fn unattributed(c: &Constitution, resolved: &[Held]) -> Vec<UnattributedRecord> {
    let mut out = Vec::new();
    for h in resolved {
        for sub in h.unattributed {
            let org = sub.organisation.as_deref().map(str::trim).filter(|o| !o.is_empty());
            let who = match org {
                Some(o) => format!("{} ({o})", sub.name.trim()),
                None => sub.name.trim().to_string(),
            };
            let text = if c.substitutes.allowed {
                format!(
                    "{who} attended on {} as a substitute, member replaced not recorded: not counted for any seat, \
                     and no member is taken to have been represented.",
                    h.date
                )
            } else {
                format!(
                    "{who} attended on {} as a substitute, member replaced not recorded; this constitution does not \
                     provide for substitutes, so nobody is taken to have been represented.",
                    h.date
                )
            };
            out.push(UnattributedRecord {
                date: h.date,
                name: sub.name.trim().to_string(),
                organisation: org.map(str::to_string),
                reason: Reason::new(text, &c.substitutes.cite),
            });
        }
    }
    out
}

fn notes(c: &Constitution, body: &Body, records: &[SeatRecord], who: &Membership) -> Vec<Reason> {
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
    if who.varies() {
        let cite = c.absence.as_ref().map(|r| r.cite.clone()).unwrap_or_default();
        notes.push(Reason::new(
            "A meeting held before a member joined or after they left is one they were not a member at: it is never \
             counted as an absence, and a run of absences does not continue across it. A meeting at which nobody held \
             a seat is counted as vacant.",
            &cite,
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

#[allow(clippy::too_many_arguments)]
fn summary(
    body: &Body,
    dates: &[IsoDate],
    first: IsoDate,
    last: IsoDate,
    flags: &[AbsenceFlag],
    cadence: &[CadenceCheck],
    cannot_tell: &[AbsenceFlag],
    unattributed: &[UnattributedRecord],
) -> String {
    let breaches: usize = cadence.iter().map(|c| c.breaches.len()).sum();
    let mut extra = String::new();
    if !cannot_tell.is_empty() {
        extra.push_str(&format!(
            " ({} more cannot be judged: a substitute was listed without the member replaced)",
            cannot_tell.len()
        ));
    }
    format!(
        "{} meeting{} of {} from {first} to {last}: {} member{} flagged for repeated absence{extra}; {}{}.",
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
        },
        if unattributed.is_empty() {
            String::new()
        } else {
            format!(
                "; {} listed without the member replaced",
                count(unattributed.len(), "substitute")
            )
        }
    )
}
