//! The minute of a meeting (SPEC 2.5): the sederunt, the quorum statement with its
//! clause, the chair, the declarations of interest and transparency statements, and each
//! item's withdrawals, decision and vote, as a structure and as plain text.
//!
//! Nothing here decides a rule again: who withdraws and whether an item stays quorate
//! come from [`check_agenda`], who chairs from [`check_chair`], and each vote's result,
//! counts, rule and casting vote from [`decide_vote`]. This module only words their
//! answers as a minute. The result is a draft for the clerk to edit, never the record.

mod wording;

#[cfg(test)]
mod tests;

use super::agenda::check_agenda_in_full;
use super::{
    check_chair, decide_vote, AgendaInput, AgendaItem, Attendance, AttendanceStatus, Ballot, ChairInput, ItemReport,
    Meeting, Motion, PersonRef, Presence, Proposer, QuorumReport, QuorumStatus, RefusedBallot, RollCallEntry, Roster,
    Tally, VoteChoice, VoteInput, VoteOutcome,
};
use crate::constitution::{Constitution, ConstitutionSource};
use crate::date::IsoDate;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::MAX_SEATS;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};
use wording::{cited, join_names, person_line, Phrase};

/// A meeting as the secretary recorded it, to be written up as a draft minute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteInput {
    pub constitution: ConstitutionSource,
    /// Leave out to use the constitution's membership.
    #[serde(default)]
    pub roster: Option<Roster>,
    pub attendance: Attendance,
    /// The body, date, time and place of the meeting (the heading reads `[date]` where no
    /// date is given).
    #[serde(default)]
    pub meeting: Option<MinuteMeeting>,
    /// Officers and others present who hold no seat (a clerk, an officer presenting an item).
    #[serde(default)]
    pub in_attendance: Vec<MinuteAttendee>,
    #[serde(default)]
    pub items: Vec<MinuteItem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteMeeting {
    /// The id of one of the constitution's bodies (`"alliance"`), or the body's name;
    /// leave out for the constitution's first body.
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub date: Option<IsoDate>,
    /// As it should read in the minute ("10.00 am").
    #[serde(default)]
    pub time: Option<String>,
    /// As it should read in the minute ("Kilncraigs, Alloa", "by video conference").
    #[serde(default)]
    pub place: Option<String>,
    /// The seat of whoever took the chair, where the rules leave it to the meeting (the
    /// Chair absent and the members nominating one of themselves, B1.10).
    #[serde(default)]
    pub chaired_by: Option<String>,
}

/// Someone present who holds no seat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteAttendee {
    pub name: String,
    /// Their post or why they attend ("Clerk", "Head of Policy, presenting item 5").
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteItem {
    /// The item's number on the agenda ("5", "5.1"), as the minute refers to it.
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub declarations: Vec<Declaration>,
    /// What was agreed, in the clerk's words.
    #[serde(default)]
    pub decision: Option<String>,
    /// The vote, where one was taken.
    #[serde(default)]
    pub vote: Option<MinuteVoteInput>,
}

/// A declaration of interest, a connection or a transparency statement on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Declaration {
    /// The seat whose member (or, where the member is absent, whose substitute) declares.
    pub seat: String,
    pub kind: DeclarationKind,
    /// The connection, as the minute should state it ("being a director of Clacks Business Ltd").
    pub by_virtue_of: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum DeclarationKind {
    /// Declared an interest, left the meeting and took no part: a conflict on the item.
    Interest,
    /// Advised of a connection; having applied the objective test, had no interest and remained.
    Connection,
    /// Noted a connection for transparency; no declaration required, and remained.
    Transparency,
}

/// A vote on an item, as [`decide_vote`] takes it. The conflicts are the item's
/// `interest` declarations, so the motion does not list them again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteVoteInput {
    #[serde(default)]
    pub motion: MinuteMotion,
    #[serde(default)]
    pub votes: Vec<Ballot>,
    #[serde(default)]
    pub casting_vote: Option<VoteChoice>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MinuteMotion {
    #[serde(default)]
    pub title: Option<String>,
    /// The id of a special majority (`"amendFramework"`); leave out for an ordinary decision.
    #[serde(default)]
    pub rule: Option<String>,
    /// An amendment to a motion rather than a motion.
    #[serde(default)]
    pub amendment: bool,
    /// Who moved it.
    #[serde(default)]
    pub mover: Option<Proposer>,
    /// Who seconded it.
    #[serde(default)]
    pub seconder: Option<Proposer>,
    /// The seats whose members asked for a roll call.
    #[serde(default)]
    pub roll_call_requested_by: Vec<String>,
}

/// The draft minute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MinuteReport {
    /// That this is a draft for the clerk to edit, not the record of the meeting.
    pub draft: String,
    /// "Minute of the meeting of the Clackmannanshire Alliance held on …".
    pub heading: String,
    pub body: String,
    pub date: Option<IsoDate>,
    pub sederunt: Sederunt,
    /// The quorum statement, with its clause.
    pub quorum: Reason,
    /// `null` where the constitution sets no quorum.
    pub quorate: Option<bool>,
    /// Who chaired, with the clause.
    pub chair: Reason,
    pub chaired_by: Option<PersonRef>,
    /// The "Declarations of Interest and Transparency Statements" item, in item order.
    pub declarations: Vec<MinuteDeclaration>,
    pub items: Vec<MinuteItemReport>,
    /// The whole minute as plain text with headings.
    pub text: String,
    /// What the clerk should check: a vote on an inquorate item, a declaration by
    /// someone not present, a vote where no voting rule is set, …
    pub warnings: Vec<Reason>,
    pub citations: Vec<String>,
}

/// Who was there, in the order minutes list them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Sederunt {
    /// Members present (not the non-voting seats, who are in attendance).
    pub present: Vec<SederuntEntry>,
    /// Everyone recorded as attending in a member's place.
    pub substitutes: Vec<SederuntEntry>,
    /// Non-voting seats present, and those who hold no seat.
    pub in_attendance: Vec<SederuntEntry>,
    pub apologies: Vec<SederuntEntry>,
    /// Recorded as absent without apologies, or with a reasonable excuse.
    pub absent: Vec<SederuntEntry>,
}

/// One line of the sederunt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SederuntEntry {
    pub name: String,
    /// The seat (for a substitute, the seat they stand for); `null` for someone with no seat.
    pub seat: Option<String>,
    pub organisation: Option<String>,
    /// For a substitute: the member they stand for.
    pub stands_for: Option<String>,
    /// For someone with no seat: their role as given.
    pub role: Option<String>,
    /// Took the chair.
    pub chair: bool,
    /// The line as the minute prints it.
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MinuteDeclaration {
    /// The item's id.
    pub item: String,
    pub seat: String,
    /// Who declared: the member, or the substitute standing for the seat.
    pub name: String,
    pub kind: DeclarationKind,
    /// The statement, in the council wording of SPEC 2.5.
    pub text: String,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MinuteItemReport {
    pub id: String,
    pub title: String,
    /// "5. Community grants".
    pub heading: String,
    pub declarations: Vec<MinuteDeclaration>,
    /// Those present who withdrew for a declared interest.
    pub withdrawn: Vec<PersonRef>,
    /// Those who might vote on the item under the ordinary voting rule.
    pub may_vote: Vec<PersonRef>,
    /// True when the item was not quorate (the meeting, or the item once members withdrew).
    pub inquorate: bool,
    /// Who withdrew and whether the meeting remained quorate; `null` when nobody withdrew.
    pub withdrawal: Option<Reason>,
    pub decision: Option<String>,
    pub vote: Option<MinuteVote>,
    /// The item's text, sentence by sentence, each with its clauses.
    pub paragraphs: Vec<Reason>,
    pub citations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct MinuteVote {
    pub motion: Option<String>,
    pub outcome: VoteOutcome,
    pub carried: Option<bool>,
    pub tally: Tally,
    /// The rule that decided it, as the minute words it; `null` where none is set.
    pub rule: Option<String>,
    /// The Chair's casting vote, where it decided the motion.
    pub casting_vote: Option<VoteChoice>,
    pub refused: Vec<RefusedBallot>,
    /// The vote sentence, with the clauses of the rule.
    pub text: Reason,
    /// Who moved it.
    pub mover: Option<PersonRef>,
    /// Who seconded it.
    pub seconder: Option<PersonRef>,
    /// "A moved the motion, seconded by B"; `null` where no mover is recorded.
    pub moved: Option<Reason>,
    /// Each person entitled to vote and their vote, in the order of the sederunt, where
    /// the vote was by roll call; `null` otherwise.
    pub roll_call: Option<Vec<RollCallEntry>>,
    /// The roll call as the minute words it; `null` where the vote was not by roll call.
    pub roll_call_text: Option<Reason>,
    /// Every clause the vote used (the rule, quorum, conflicts, refused ballots).
    pub citations: Vec<String>,
}

const MAX_ITEMS: usize = 500;
const MAX_NAME: usize = 300;
const MAX_ID: usize = 100;
const MAX_STATEMENT: usize = 2_000;
const MAX_DECISION: usize = 20_000;

const DRAFT: &str = "Draft minute for the clerk to edit: Quorate wrote it from the secretary's record of the \
                     meeting. It is not the minute of the meeting until the clerk has checked it and the body \
                     has approved it.";

/// Write the meeting up as a draft minute.
pub fn draft_minute(input: &MinuteInput) -> Result<MinuteReport, Error> {
    let c = input.constitution.resolve()?;
    let m = Meeting::resolve(&c, input.roster.as_ref(), &input.attendance, "attendance")?;
    check_input(input, &m)?;
    let details = input.meeting.clone().unwrap_or_default();
    let mut cites = Citations::new();
    let mut warnings = Vec::new();

    // The engines that decide: withdrawals and quorum per item, the chair, each vote.
    let agenda = check_agenda_in_full(&AgendaInput {
        constitution: input.constitution.clone(),
        roster: input.roster.clone(),
        attendance: input.attendance.clone(),
        items: input
            .items
            .iter()
            .map(|item| AgendaItem {
                id: item.id.clone(),
                title: item.title.clone(),
                conflicts: interests(item),
            })
            .collect(),
    })?;
    let chair_report = check_chair(&ChairInput {
        constitution: input.constitution.clone(),
        roster: input.roster.clone(),
        attendance: input.attendance.clone(),
    })?;

    let (chaired_by, chair) = chair_statement(&m, &details, &chair_report, &mut warnings)?;
    cites.add(&chair.cite);
    let sederunt = sederunt(&m, input, chaired_by.as_ref(), &mut warnings);
    let quorum = quorum_statement(&c, &agenda.meeting, false);
    cites.add(&quorum.cite);
    cites.add(&agenda.meeting.citations);
    if agenda.meeting.status == QuorumStatus::Inquorate {
        warnings.push(Reason::new(
            "The meeting was not quorate, so it could take no decisions.",
            &quorum.cite,
        ));
    }
    warnings.extend(agenda.meeting.warnings.iter().cloned());

    let mut declarations = Vec::new();
    let mut items = Vec::with_capacity(input.items.len());
    for (i, (item, checked)) in input.items.iter().zip(&agenda.items).enumerate() {
        let report = minute_item(input, &m, i, item, checked, &mut warnings)?;
        cites.add(&report.citations);
        declarations.extend(report.declarations.iter().cloned());
        items.push(report);
    }
    for d in &declarations {
        cites.add(&d.cite);
    }
    cites.add_reasons(&warnings);

    let body = body_name(&c, details.body.as_deref());
    let heading = wording::heading(&body, details.date, details.time.as_deref(), details.place.as_deref());
    let mut report = MinuteReport {
        draft: DRAFT.to_string(),
        heading,
        body,
        date: details.date,
        sederunt,
        quorate: agenda.meeting.quorate,
        quorum,
        chair,
        chaired_by,
        declarations,
        items,
        text: String::new(),
        warnings,
        citations: cites.into_vec(),
    };
    report.text = wording::text(&report);
    Ok(report)
}

/// The seats that declared an interest on the item: its conflicts.
fn interests(item: &MinuteItem) -> Vec<String> {
    item.declarations
        .iter()
        .filter(|d| d.kind == DeclarationKind::Interest)
        .map(|d| d.seat.clone())
        .collect()
}

/// Every problem with the input that the engines would not catch, with its path.
fn check_input(input: &MinuteInput, m: &Meeting) -> Result<(), Error> {
    if input.items.len() > MAX_ITEMS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "items",
            format!("at most {MAX_ITEMS} items are accepted"),
        ));
    }
    if input.in_attendance.len() > MAX_SEATS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "inAttendance",
            format!("at most {MAX_SEATS} people are accepted"),
        ));
    }
    let mut p = Problems::new();
    if let Some(d) = &input.meeting {
        optional_text(&mut p, "meeting.body", d.body.as_deref(), MAX_NAME);
        optional_text(&mut p, "meeting.time", d.time.as_deref(), MAX_NAME);
        optional_text(&mut p, "meeting.place", d.place.as_deref(), MAX_NAME);
        if let Some(seat) = &d.chaired_by {
            if m.seat_index(seat).is_none() {
                p.push(
                    ErrorCode::UnknownReference,
                    "meeting.chairedBy",
                    format!("there is no seat \"{}\" on the roster", short(seat)),
                );
            }
        }
    }
    for (i, a) in input.in_attendance.iter().enumerate() {
        crate::checks::required_text(&mut p, &format!("inAttendance[{i}].name"), &a.name, MAX_NAME);
        optional_text(&mut p, &format!("inAttendance[{i}].role"), a.role.as_deref(), MAX_NAME);
    }
    crate::checks::unique_ids(&mut p, "items", input.items.iter().map(|i| i.id.as_str()));
    for (i, item) in input.items.iter().enumerate() {
        if item.id.len() > MAX_ID {
            p.push(
                ErrorCode::TooLarge,
                format!("items[{i}].id"),
                format!("is longer than {MAX_ID} characters"),
            );
        }
        crate::checks::required_text(&mut p, &format!("items[{i}].title"), &item.title, MAX_NAME);
        optional_text(
            &mut p,
            &format!("items[{i}].decision"),
            item.decision.as_deref(),
            MAX_DECISION,
        );
        if item.declarations.len() > MAX_SEATS {
            p.push(
                ErrorCode::TooLarge,
                format!("items[{i}].declarations"),
                format!("at most {MAX_SEATS} declarations are accepted"),
            );
            continue;
        }
        for (j, d) in item.declarations.iter().enumerate() {
            let at = format!("items[{i}].declarations[{j}]");
            if m.seat_index(&d.seat).is_none() {
                p.push(
                    ErrorCode::UnknownReference,
                    format!("{at}.seat"),
                    format!("there is no seat \"{}\" on the roster", short(&d.seat)),
                );
            }
            crate::checks::required_text(&mut p, &format!("{at}.byVirtueOf"), &d.by_virtue_of, MAX_STATEMENT);
        }
        if let Some(v) = &item.vote {
            let title = v.motion.title.as_deref();
            optional_text(&mut p, &format!("items[{i}].vote.motion.title"), title, MAX_NAME);
        }
    }
    p.into_input_result("The record of the meeting is not valid")
}

/// Optional text: blank counts as not given; otherwise at most `max` bytes.
fn optional_text(p: &mut Problems, path: &str, value: Option<&str>, max: usize) {
    if let Some(v) = value {
        crate::checks::at_most(p, path, v, max);
    }
}

fn given(value: Option<&str>) -> Option<String> {
    value
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

fn short(s: &str) -> String {
    s.chars().take(60).collect()
}

/// The body's name: a body id of the constitution, the name given, or the first body.
fn body_name(c: &Constitution, body: Option<&str>) -> String {
    match given(body) {
        Some(b) => c.body(&b).map_or(b, |found| found.name.clone()),
        None => c.bodies.first().map_or_else(|| c.name.clone(), |b| b.name.clone()),
    }
}

/// Who chaired, from [`check_chair`], and the record where the rules leave it open.
fn chair_statement(
    m: &Meeting,
    details: &MinuteMeeting,
    report: &super::ChairReport,
    warnings: &mut Vec<Reason>,
) -> Result<(Option<PersonRef>, Reason), Error> {
    warnings.extend(report.warnings.iter().cloned());
    let rule = &m.constitution.chair;
    let by_rule = |p: &PersonRef| {
        if report.chair_present {
            Reason::new(
                cited(&format!("{} chaired the meeting", p.name), &rule.cite),
                &rule.cite,
            )
        } else {
            let text = format!(
                "The Chair being absent, the Vice Chair, {}, chaired the meeting",
                p.name
            );
            Reason::new(cited(&text, &rule.absence_cite), &rule.absence_cite)
        }
    };
    let Some(seat) = &details.chaired_by else {
        return Ok(match &report.chaired_by {
            Some(p) => (Some(p.clone()), by_rule(p)),
            None => {
                warnings.push(Reason::new(
                    "The record does not say who took the chair: give the seat in meeting.chairedBy.",
                    &report.reason.cite,
                ));
                let text = format!("{} [Name] chaired the meeting.", report.reason.text);
                (None, Reason::new(text, &report.reason.cite))
            }
        });
    };
    let person = m.seat_index(seat).and_then(|s| m.representative(s)).ok_or_else(|| {
        Error::at(
            ErrorCode::OutOfRange,
            "meeting.chairedBy",
            format!(
                "nobody is recorded as present for seat \"{}\", so nobody could have chaired for it",
                short(seat)
            ),
        )
    })?;
    let same = |a: &PersonRef, b: &PersonRef| a.seat == b.seat && a.substitute == b.substitute;
    match &report.chaired_by {
        Some(p) if same(p, &person) => Ok((Some(person.clone()), by_rule(&person))),
        Some(_) => {
            warnings.push(Reason::new(
                format!(
                    "{} The record says {} chaired instead: check the minute.",
                    report.reason.text, person.name
                ),
                &report.reason.cite,
            ));
            let text = format!("{} chaired the meeting.", person.name);
            Ok((Some(person), Reason::new(text, &[])))
        }
        None => {
            if let Some(bar) = report.not_eligible.iter().find(|n| same(&n.person, &person)) {
                warnings.push(Reason::new(
                    format!("{}; check who chaired.", bar.reason.text),
                    &bar.reason.cite,
                ));
            }
            let nominated = report.may_be_nominated.iter().any(|n| same(n, &person));
            let text = if nominated {
                format!("The Chair being absent, the meeting nominated {} to chair", person.name)
            } else {
                format!("The Chair being absent, {} chaired the meeting", person.name)
            };
            Ok((
                Some(person),
                Reason::new(cited(&text, &rule.absence_cite), &rule.absence_cite),
            ))
        }
    }
}

fn member_entry(m: &Meeting, s: usize, chair: bool) -> SederuntEntry {
    let seat = &m.seats[s];
    SederuntEntry {
        name: seat.name.clone(),
        seat: Some(seat.id.clone()),
        organisation: Some(seat.organisation.clone()),
        stands_for: None,
        role: None,
        chair,
        line: person_line(&seat.name, &seat.organisation, chair),
    }
}

/// Present, substitutes, in attendance, apologies and absent, from the attendance record.
fn sederunt(m: &Meeting, input: &MinuteInput, chaired_by: Option<&PersonRef>, warnings: &mut Vec<Reason>) -> Sederunt {
    let subs = &m.constitution.substitutes;
    let chairs =
        |seat: &str, substitute: bool| chaired_by.is_some_and(|p| p.seat == seat && p.substitute == substitute);
    let mut out = Sederunt::default();
    let mut unrecorded = Vec::new();
    for (s, seat) in m.seats.iter().enumerate() {
        if seat.vacant {
            continue;
        }
        let entry = member_entry(m, s, chairs(&seat.id, false));
        match m.status[s] {
            // A seat without a vote (a non-voting attendee, or "ex officio members who may
            // attend but cannot vote") is in attendance, not present, as minutes list them.
            AttendanceStatus::Present if !seat.has_vote() => out.in_attendance.push(entry),
            AttendanceStatus::Present => out.present.push(entry),
            AttendanceStatus::Apologies => out.apologies.push(entry),
            AttendanceStatus::ReasonableExcuse | AttendanceStatus::Absent if m.recorded[s] => {
                let status = m.status[s].describe();
                out.absent.push(SederuntEntry {
                    line: format!("{} ({status})", entry.line),
                    ..entry
                });
            }
            _ => unrecorded.push(seat.name.clone()),
        }
    }
    if !unrecorded.is_empty() {
        warnings.push(Reason::new(
            format!(
                "No attendance is recorded for {}: the sederunt does not list them.",
                join_names(&unrecorded)
            ),
            &[],
        ));
    }
    for (index, sub) in m.attendance.substitutes.iter().enumerate() {
        let Some(s) = m.seat_index(&sub.for_seat) else {
            continue;
        };
        let seat = &m.seats[s];
        let stands = m.presence(s) == Presence::Substitute { index };
        let chair = stands && chairs(&seat.id, true);
        let name = given(Some(&sub.name)).unwrap_or_default();
        out.substitutes.push(SederuntEntry {
            line: wording::substitute_line(&name, &seat.name, &seat.organisation, chair),
            name: name.clone(),
            seat: Some(seat.id.clone()),
            organisation: Some(seat.organisation.clone()),
            stands_for: Some(seat.name.clone()),
            role: None,
            chair,
        });
        if !stands {
            let why = if !subs.allowed {
                "this constitution does not provide for substitutes"
            } else if m.status[s] == AttendanceStatus::Present {
                "the member is present"
            } else {
                "another substitute is recorded for the same seat first (one seat counts once)"
            };
            warnings.push(Reason::new(
                format!(
                    "{name} is recorded as a substitute for {}, but {why}: they neither count nor vote.",
                    seat.name
                ),
                &subs.cite,
            ));
        }
    }
    for a in &input.in_attendance {
        let name = given(Some(&a.name)).unwrap_or_default();
        let role = given(a.role.as_deref());
        out.in_attendance.push(SederuntEntry {
            line: match &role {
                Some(r) => format!("{name}, {r}"),
                None => name.clone(),
            },
            name,
            seat: None,
            organisation: None,
            stands_for: None,
            role,
            chair: false,
        });
    }
    out
}

/// The quorum statement of SPEC 2.5, from a quorum report: for the meeting, or for an
/// item after withdrawals (`after_withdrawal`).
fn quorum_statement(c: &Constitution, q: &QuorumReport, after_withdrawal: bool) -> Reason {
    let Some(rule) = &c.quorum else {
        let cite = q.citations.clone();
        return Reason::new(cited("The constitution sets no quorum", &cite), &cite);
    };
    let n = q.counting_seats;
    let members = wording::class_noun(&rule.counting_classes, n);
    let in_post = if rule.base == crate::meeting::QuorumBase::MembersInPost {
        " in post"
    } else {
        ""
    };
    let by_substitutes = q.people.iter().filter(|p| p.counts && p.person.substitute).count();
    let subs = match by_substitutes {
        0 => String::new(),
        1 => " (1 by a substitute)".to_string(),
        k => format!(" ({k} by substitutes)"),
    };
    let required = q.required.unwrap_or(0);
    let orgs = match q.organisations_required {
        Some(min) => format!(
            " from at least {min} different organisation{}, and {} organisation{} {} represented",
            Phrase::plural(min),
            q.organisations_present,
            Phrase::plural(q.organisations_present),
            Phrase::was(q.organisations_present)
        ),
        None => String::new(),
    };
    let opening = match (q.status, after_withdrawal) {
        (QuorumStatus::Quorate, false) => "The meeting was quorate",
        (QuorumStatus::Quorate, true) => "The meeting remained quorate",
        (_, false) => "The meeting was not quorate",
        (_, true) => "The meeting was then not quorate for this item",
    };
    let text = format!(
        "{opening}: {} of the {n} {members}{in_post} {} present{subs}; {required} {} needed{orgs}",
        q.count,
        Phrase::was(q.count),
        Phrase::was(required),
    );
    Reason::new(cited(&text, &rule.cite), &rule.cite)
}

/// One item: its declarations, withdrawals, decision and vote.
fn minute_item(
    input: &MinuteInput,
    m: &Meeting,
    i: usize,
    item: &MinuteItem,
    checked: &ItemReport,
    warnings: &mut Vec<Reason>,
) -> Result<MinuteItemReport, Error> {
    let c = m.constitution;
    let mut cites = Citations::new();
    let title = given(Some(&item.title)).unwrap_or_default();
    let label = format!("Item {} ({title})", item.id);
    let mut declarations = Vec::with_capacity(item.declarations.len());
    for d in &item.declarations {
        // Validated: every declared seat is on the roster.
        let Some(s) = m.seat_index(&d.seat) else { continue };
        let person = m.representative(s);
        if person.is_none() {
            warnings.push(Reason::new(
                format!(
                    "{label}: a declaration is recorded for {}, but nobody is recorded as present for that seat.",
                    m.seats[s].name
                ),
                &[],
            ));
        }
        let name = person.map_or_else(|| m.seats[s].name.clone(), |p| p.name);
        let connection = given(Some(&d.by_virtue_of)).unwrap_or_default();
        let cite = wording::declaration_cite(c, d.kind);
        declarations.push(MinuteDeclaration {
            item: item.id.clone(),
            seat: d.seat.clone(),
            text: wording::declaration(d.kind, &name, &item.id, &title, &connection),
            name,
            kind: d.kind,
            cite,
        });
    }
    for d in &declarations {
        cites.add(&d.cite);
    }

    let mut paragraphs = Vec::new();
    let withdrawal = if checked.withdrawn.is_empty() {
        None
    } else {
        let names: Vec<String> = checked.withdrawn.iter().map(|p| p.name.clone()).collect();
        let left = format!(
            "Having declared an interest, {} left the meeting for this item",
            join_names(&names)
        );
        let mut text = cited(&left, &c.conflicts.cite);
        let mut cite = c.conflicts.cite.clone();
        if c.quorum.is_some() {
            let q = quorum_statement(c, &checked.quorum, true);
            text = format!("{text} {}", q.text);
            cite.extend(q.cite);
            if checked.inquorate {
                text.push_str(" No decision could be taken on it.");
            }
        }
        Some(Reason { text, cite })
    };
    if let Some(w) = &withdrawal {
        cites.add(&w.cite);
        paragraphs.push(w.clone());
    }
    cites.add(&checked.citations);
    if checked.inquorate && withdrawal.is_none() && c.quorum.is_some() && item.decision.is_some() && item.vote.is_none()
    {
        paragraphs.push(Reason::new(
            "The meeting was not quorate, so no decision could be taken on this item.",
            &checked.quorum.citations,
        ));
    }

    let decision = given(item.decision.as_deref());
    if let Some(d) = &decision {
        if checked.inquorate {
            warnings.push(Reason::new(
                format!("{label}: a decision is recorded, but the meeting was not quorate for this item."),
                &checked.quorum.citations,
            ));
        }
        paragraphs.push(Reason::new(format!("Decision: {d}"), &[]));
    }

    let vote = match &item.vote {
        None => None,
        Some(v) => Some(minute_vote(input, m, i, item, v, &label, warnings)?),
    };
    if let Some(v) = &vote {
        cites.add(&v.citations);
        if c.decisions.consensus_first
            && !matches!(
                v.outcome,
                VoteOutcome::NoVotingRule | VoteOutcome::Inquorate | VoteOutcome::NotPut
            )
        {
            let cite = &c.decisions.consensus_cite;
            paragraphs.push(Reason::new(
                cited("Consensus not having been reached, a vote was taken", cite),
                cite,
            ));
            cites.add(cite);
        }
        if let Some(moved) = &v.moved {
            paragraphs.push(moved.clone());
        }
        if let Some(roll) = &v.roll_call_text {
            paragraphs.push(roll.clone());
        }
        paragraphs.push(v.text.clone());
        if !matches!(v.outcome, VoteOutcome::NoVotingRule | VoteOutcome::NotPut) {
            for r in &v.refused {
                let text = format!("A vote was recorded but not counted — {}", r.reason.text);
                paragraphs.push(Reason::new(cited(&text, &r.reason.cite), &r.reason.cite));
                cites.add(&r.reason.cite);
            }
        }
    }

    Ok(MinuteItemReport {
        id: item.id.clone(),
        heading: format!("{}. {title}", item.id),
        title,
        declarations,
        withdrawn: checked.withdrawn.clone(),
        may_vote: checked.may_vote.clone(),
        inquorate: checked.inquorate,
        withdrawal,
        decision,
        vote,
        paragraphs,
        citations: cites.into_vec(),
    })
}

/// The vote, decided by [`decide_vote`] with the item's interests as its conflicts.
fn minute_vote(
    input: &MinuteInput,
    m: &Meeting,
    i: usize,
    item: &MinuteItem,
    v: &MinuteVoteInput,
    label: &str,
    warnings: &mut Vec<Reason>,
) -> Result<MinuteVote, Error> {
    let c = m.constitution;
    let report = decide_vote(&VoteInput {
        constitution: input.constitution.clone(),
        roster: input.roster.clone(),
        attendance: input.attendance.clone(),
        motion: Motion {
            title: v.motion.title.clone(),
            rule: v.motion.rule.clone(),
            conflicts: interests(item),
            amendment: v.motion.amendment,
            mover: v.motion.mover.clone(),
            seconder: v.motion.seconder.clone(),
            roll_call_requested_by: v.motion.roll_call_requested_by.clone(),
        },
        votes: v.votes.clone(),
        casting_vote: v.casting_vote,
    })
    .map_err(|e| e.within(&format!("items[{i}].vote")))?;
    let special = v
        .motion
        .rule
        .as_ref()
        .and_then(|id| c.decisions.special.iter().find(|s| &s.id == id));
    let rule = match special {
        Some(s) => Some(&s.rule),
        None => c.decisions.ordinary.as_ref(),
    };
    for w in &report.warnings {
        warnings.push(Reason::new(format!("{label}: {}", w.text), &w.cite));
    }
    let t = report.tally;
    let counts = wording::counts(&t);
    let motion = given(v.motion.title.as_deref());
    let kind = if v.motion.amendment { "amendment" } else { "motion" };
    let the_motion = match &motion {
        Some(title) => format!("The {kind} ({title})"),
        None => format!("The {kind}"),
    };
    let tie = t.votes_for == t.against && t.votes_for > 0;
    let mut casting_vote = None;
    let (rule_text, text) = match (report.outcome, rule) {
        (VoteOutcome::NoVotingRule, _) | (_, None) => {
            let mut cite = c
                .notes_on("voting")
                .iter()
                .flat_map(|n| n.cite.clone())
                .collect::<Vec<_>>();
            if cite.is_empty() {
                cite = c.decisions.consensus_cite.clone();
            }
            warnings.push(Reason::new(
                format!(
                    "{label}: a vote is recorded, but this constitution sets no voting rule (decisions are by consensus), \
                     so the votes were not counted: record the decision as agreed by consensus."
                ),
                &cite,
            ));
            let text = "No vote was counted: this constitution sets no voting rule, and decisions are by consensus";
            (None, Reason::new(cited(text, &cite), &cite))
        }
        (VoteOutcome::NotPut, Some(_)) => {
            let why = report
                .reasons
                .last()
                .cloned()
                .unwrap_or_else(|| Reason::new(report.summary.clone(), &[]));
            warnings.push(Reason::new(
                format!(
                    "{label}: a vote is recorded, but the {kind} was not moved and seconded as the constitution requires, so it was not put."
                ),
                &why.cite,
            ));
            let text = why
                .text
                .trim_end_matches('.')
                .replacen(&format!("The {kind}"), &the_motion, 1);
            (None, Reason::new(cited(&text, &why.cite), &why.cite))
        }
        (VoteOutcome::Inquorate, Some(_)) => {
            let cite = report.quorum.citations.clone();
            warnings.push(Reason::new(
                format!("{label}: a vote is recorded, but the meeting was not quorate for this item, so no decision could be taken."),
                &cite,
            ));
            let text = "No vote could be taken: the meeting was not quorate for this item";
            (None, Reason::new(cited(text, &cite), &cite))
        }
        (outcome, Some(rule)) => {
            let needed = wording::rule_needed(rule, special.map(|s| s.name.as_str()), &report);
            let cite = rule.cite.clone();
            let casting_used = tie
                && v.casting_vote.is_some()
                && rule.tie == crate::meeting::TieRule::CastingVote
                && report.required.is_some_and(|r| t.votes_for < r)
                && matches!(outcome, VoteOutcome::Carried | VoteOutcome::NotCarried);
            let text = match outcome {
                _ if casting_used => {
                    casting_vote = v.casting_vote;
                    let (way, result) = match report.carried {
                        Some(true) => ("for", "carried"),
                        _ => ("against", "not carried"),
                    };
                    format!(
                        "The votes were equal: {counts}. The Chair gave a casting vote {way} the motion, which was therefore {result}; {needed}, with the Chair's casting vote on equal votes"
                    )
                }
                VoteOutcome::Carried => format!("{the_motion} was carried: {counts}; {needed}"),
                VoteOutcome::TieAwaitingCastingVote => {
                    warnings.push(Reason::new(
                        format!("{label}: the votes were equal and the Chair of the meeting has the casting vote, but none is recorded."),
                        &cite,
                    ));
                    format!("The votes were equal: {counts}. The Chair of the meeting has the casting vote, and none is recorded; {needed}")
                }
                _ if tie && rule.tie == crate::meeting::TieRule::MotionFalls => {
                    format!("{the_motion} was not carried: {counts}; the votes being equal, the motion fell; {needed}")
                }
                _ => format!("{the_motion} was not carried: {counts}; {needed}"),
            };
            (
                Some(wording::rule_phrase(rule)),
                Reason::new(cited(&text, &cite), &cite),
            )
        }
    };
    for r in &report.refused {
        if !matches!(report.outcome, VoteOutcome::NoVotingRule | VoteOutcome::NotPut) {
            warnings.push(Reason::new(
                format!("{label}: a vote was recorded but not counted — {}.", r.reason.text),
                &r.reason.cite,
            ));
        }
    }
    let moved = report.mover.as_ref().map(|mover| {
        let cite = match &c.decisions.mover_and_seconder {
            Some(r) if !v.motion.amendment || r.amendments => r.cite.clone(),
            _ => Vec::new(),
        };
        let moved = match (&report.seconder, &motion) {
            (Some(s), Some(t)) => format!("{} moved the {kind} ({t}), seconded by {}", mover.name, s.name),
            (Some(s), None) => format!("{} moved the {kind}, seconded by {}", mover.name, s.name),
            (None, Some(t)) => format!("{} moved the {kind} ({t})", mover.name),
            (None, None) => format!("{} moved the {kind}", mover.name),
        };
        Reason::new(cited(&moved, &cite), &cite)
    });
    let roll_call_text = report.roll_call.as_ref().map(|entries| {
        let cite = c
            .decisions
            .roll_call
            .as_ref()
            .map(|r| r.cite.clone())
            .unwrap_or_default();
        Reason::new(cited(&wording::roll_call(entries), &cite), &cite)
    });
    let mut cite = Citations::new();
    cite.add(&text.cite);
    cite.add(&report.citations);
    Ok(MinuteVote {
        mover: report.mover.clone(),
        seconder: report.seconder.clone(),
        moved,
        roll_call: report.roll_call.clone(),
        roll_call_text,
        motion,
        outcome: report.outcome,
        carried: report.carried,
        tally: t,
        rule: rule_text,
        casting_vote,
        refused: report.refused,
        text,
        citations: cite.into_vec(),
    })
}
