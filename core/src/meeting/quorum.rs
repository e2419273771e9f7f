//! `checkQuorum`: is the meeting (or an agenda item) quorate, who counts, and why.
//!
//! Clackmannanshire B2.1: the quorum is one half of the core members, rounded down, plus
//! one ([`QuorumRule`]: a `fraction` headcount, counting class `core`). Core members
//! present count; a substitute counts only when the member who appointed them is not
//! present (B1.5), so two people for one seat count once; other members do not count.
//! A member who withdraws from an item for a declared conflict is not counted for that
//! item (B4.2). Where a constitution sets no quorum (Inverclyde), the answer is `null`
//! with the constitution's note, never another partnership's rule.

use super::people::{Meeting, PersonRef, Presence};
use super::roster::{Attendance, Roster};
use super::rule::{quorum_required, Headcount, QuorumBase, QuorumRule, Rounding, SeatClass, SpreadRequirement};
use crate::constitution::ConstitutionSource;
use crate::error::Error;
use crate::reason::{Citations, Reason};
use crate::wording::{article, count as count_noun, plural};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuorumInput {
    pub constitution: ConstitutionSource,
    /// Leave out to use the constitution's membership.
    #[serde(default)]
    pub roster: Option<Roster>,
    pub attendance: Attendance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum QuorumStatus {
    Quorate,
    Inquorate,
    /// The constitution sets no quorum: the tool says so and does not invent one.
    NoQuorumRule,
}

/// Whether one person present counts towards quorum, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PersonCount {
    pub person: PersonRef,
    pub present: bool,
    pub counts: bool,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct QuorumReport {
    pub status: QuorumStatus,
    /// `null` when the constitution sets no quorum.
    pub quorate: Option<bool>,
    /// People counted towards quorum.
    pub count: u32,
    /// People needed; `null` when the constitution sets no quorum.
    pub required: Option<u32>,
    /// How many more counting people would make the meeting quorate (0 when quorate).
    pub more_needed: u32,
    /// Seats the quorum is reckoned from (all seats of counting classes, or those in post).
    pub counting_seats: u32,
    pub organisations_present: u32,
    /// Different organisations needed, for a composite quorum.
    pub organisations_required: Option<u32>,
    /// The quorum's spread requirements (schema version 2: "at least one representative
    /// from each ward"), each met or not, and what would meet it; empty where it sets none.
    pub spread: Vec<SpreadCheck>,
    /// Everyone on the roster and every substitute, present or not.
    pub people: Vec<PersonCount>,
    /// Things the secretary should know that do not change the answer.
    pub warnings: Vec<Reason>,
    /// The constitution's notes on quorum (what it leaves unsaid).
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// One spread requirement at this meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SpreadCheck {
    /// The requirement in words: "at least 1 from each of Ward 1, Ward 2 and Ward 3".
    pub requirement: String,
    pub met: bool,
    /// The groups, organisations or "different organisations" short of it, with how many
    /// more each needs.
    pub short: Vec<Shortfall>,
    /// Met or not, and what would meet it, with the requirement's clause.
    pub reason: Reason,
}

/// A group or organisation short of a spread requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Shortfall {
    /// The group or organisation ("Ward 3", "NHS Board"), or "different organisations".
    pub name: String,
    /// How many who count are present from it (organisations: how many are represented).
    pub present: u32,
    pub more_needed: u32,
}

/// Check each spread requirement against the seats counted (`counted[s]`).
/// Each check comes with what would meet it ("1 more from Ward 3"), for the summary.
fn spread(m: &Meeting, rule: &QuorumRule, counted: &[bool]) -> Vec<(SpreadCheck, String)> {
    let seats = |f: &dyn Fn(&super::Seat) -> bool| -> u32 {
        m.seats.iter().zip(counted).filter(|(s, &c)| c && f(s)).count() as u32
    };
    rule.spread
        .iter()
        .map(|r| {
            let need = r.at_least();
            let mut short = Vec::new();
            let mut hint = String::new();
            match r {
                SpreadRequirement::EachGroup { groups, .. } => {
                    for g in groups {
                        let present = seats(&|s| s.groups.contains(g));
                        if present < need {
                            short.push(Shortfall {
                                name: g.clone(),
                                present,
                                more_needed: need - present,
                            });
                        }
                    }
                    let parts: Vec<String> = short
                        .iter()
                        .map(|f| {
                            format!(
                                "{} more from {} ({} present who count)",
                                f.more_needed, f.name, f.present
                            )
                        })
                        .collect();
                    hint = crate::wording::and_list(&parts);
                }
                SpreadRequirement::Including {
                    organisation, group, ..
                } => {
                    let name = organisation.as_ref().or(group.as_ref()).cloned().unwrap_or_default();
                    let present = seats(&|s| r.includes(s));
                    if present < need {
                        hint = format!("{} more from {name} ({present} present who count)", need - present);
                        short.push(Shortfall {
                            name,
                            present,
                            more_needed: need - present,
                        });
                    }
                }
                SpreadRequirement::Organisations { .. } => {
                    let orgs: BTreeSet<&str> = m
                        .seats
                        .iter()
                        .zip(counted)
                        .filter(|(_, &c)| c)
                        .map(|(s, _)| s.organisation.as_str())
                        .collect();
                    let present = orgs.len() as u32;
                    if present < need {
                        let absent: BTreeSet<&str> = m
                            .seats
                            .iter()
                            .filter(|s| rule.counts(s) && !orgs.contains(s.organisation.as_str()))
                            .map(|s| s.organisation.as_str())
                            .collect();
                        let absent: Vec<String> = absent.into_iter().map(str::to_string).collect();
                        let more = need - present;
                        hint = format!(
                            "someone who counts from {} more organisation{} ({present} represented; not yet: {})",
                            more,
                            crate::wording::plural(more),
                            crate::wording::and_list(&absent)
                        );
                        short.push(Shortfall {
                            name: "different organisations".to_string(),
                            present,
                            more_needed: more,
                        });
                    }
                }
            }
            let requirement = r.describe();
            let text = if short.is_empty() {
                format!("Met: {requirement}.")
            } else {
                format!("Not met: {requirement}. It would be met with {hint}.")
            };
            let check = SpreadCheck {
                requirement,
                met: short.is_empty(),
                short,
                reason: Reason::new(text, r.cite()),
            };
            (check, hint)
        })
        .collect()
}

/// Check quorum for a whole meeting.
pub fn check_quorum(input: &QuorumInput) -> Result<QuorumReport, Error> {
    let constitution = input.constitution.resolve()?;
    let meeting = Meeting::resolve(&constitution, input.roster.as_ref(), &input.attendance, "attendance")?;
    Ok(evaluate(&meeting, &vec![false; meeting.seats.len()]))
}

fn class_names(classes: &[SeatClass]) -> String {
    let names: Vec<&str> = classes
        .iter()
        .map(|c| match c {
            SeatClass::Core => "core",
            SeatClass::Other => "other",
            SeatClass::NonVoting => "non-voting",
        })
        .collect();
    names.join(" and ")
}

fn describe_rule(rule: &QuorumRule, n: u32, required: u32) -> String {
    let classes = class_names(rule.base_classes());
    let seats = match rule.base {
        QuorumBase::Seats => format!("{n} {classes} seat{}", plural(n)),
        QuorumBase::MembersInPost => format!("{n} {classes} seat{} in post", plural(n)),
    };
    let head = match &rule.headcount {
        Headcount::Fixed { count } => format!("{count} of the {seats}"),
        h @ Headcount::Fraction { .. } => format!("{} = {required}", describe_headcount(h, n, &seats)),
        h => format!("{} = {required}", describe_headcount(h, n, &seats)),
    };
    let head = if rule.voting_members_only {
        format!("{head}; only members with a vote count")
    } else {
        head
    };
    let head = match &rule.base_classes {
        Some(_) if rule.base_classes() != rule.counting_classes.as_slice() => {
            format!("{head}; {} members present count", class_names(&rule.counting_classes))
        }
        _ => head,
    };
    let head = match rule.min_organisations {
        Some(orgs) => format!("{head}, from at least {orgs} different organisation{}", plural(orgs)),
        None => head,
    };
    let spread: Vec<String> = rule.spread.iter().map(SpreadRequirement::describe).collect();
    if spread.is_empty() {
        head
    } else {
        format!("{head}; {}", spread.join("; "))
    }
}

/// One headcount in words, without its result: "a third of the 12 core seats, rounded up",
/// "the greater of a third of the 12 core seats, rounded up (4), and 3".
fn describe_headcount(h: &Headcount, n: u32, seats: &str) -> String {
    match h {
        Headcount::Fixed { count } => count.to_string(),
        Headcount::Fraction {
            numerator,
            denominator,
            rounding,
            plus,
        } => {
            let share = crate::reason::fraction(*numerator, *denominator);
            let r = if *rounding == Rounding::Down {
                "rounded down"
            } else {
                "rounded up"
            };
            let plus = if *plus > 0 {
                format!(", plus {plus}")
            } else {
                String::new()
            };
            format!("{share} of the {seats}, {r}{plus}")
        }
        Headcount::GreaterOf { of } | Headcount::LesserOf { of } => {
            let which = match (h, of.len()) {
                (Headcount::GreaterOf { .. }, 2) => "the greater",
                (Headcount::GreaterOf { .. }, _) => "the greatest",
                (_, 2) => "the lesser",
                _ => "the least",
            };
            let parts: Vec<String> = of
                .iter()
                .map(|part| match part {
                    Headcount::Fixed { count } => count.to_string(),
                    other => format!("{} ({})", describe_headcount(other, n, seats), other.required(n)),
                })
                .collect();
            format!("{which} of {}", crate::wording::and_list(&parts))
        }
    }
}

/// Evaluate quorum with the seats marked in `withdrawn` (declared conflicts) taking no part.
pub(super) fn evaluate(m: &Meeting, withdrawn: &[bool]) -> QuorumReport {
    let c = m.constitution;
    let mut cites = Citations::new();
    let notes = c.notes_on("quorum");
    cites.add_reasons(&notes);
    let Some(rule) = &c.quorum else {
        return no_rule(m, withdrawn, cites, notes);
    };
    cites.add(&rule.cite);
    let n = m.seats.iter().filter(|seat| rule.in_base(seat)).count() as u32;
    let required = quorum_required(rule, n);

    let mut people = Vec::new();
    let mut count = 0u32;
    let mut orgs = BTreeSet::new();
    let mut counted_seats = vec![false; m.seats.len()];
    for (s, &conflicted) in withdrawn.iter().enumerate() {
        let seat = &m.seats[s];
        let presence = m.presence(s);
        let represented = presence != Presence::Nobody;
        let withdraws = conflicted && represented && c.conflicts.withdraw_from_quorum;
        let counted = represented && counts_class(m, rule, s) && !withdraws;
        if counted {
            count += 1;
            orgs.insert(seat.organisation.as_str());
            counted_seats[s] = true;
        }
        let member_reason = member_reason(m, rule, s, &presence, withdraws);
        people.push(PersonCount {
            person: m.member_ref(s),
            present: presence == Presence::Member,
            counts: presence == Presence::Member && counted,
            reason: member_reason,
        });
        // Anyone attending in the member's place.
        for (k, &index) in m.substitutes[s].iter().enumerate() {
            let sub = m.substitute_ref(index);
            let (counts, reason) = substitute_count(m, rule, s, k, &presence, withdraws);
            people.push(PersonCount {
                person: sub,
                present: true,
                counts,
                reason,
            });
        }
    }
    for p in &people {
        cites.add(&p.reason.cite);
    }
    let orgs_present = orgs.len() as u32;
    let org_ok = rule.min_organisations.is_none_or(|min| orgs_present >= min);
    let (spread, hints): (Vec<SpreadCheck>, Vec<String>) = spread(m, rule, &counted_seats).into_iter().unzip();
    for check in &spread {
        cites.add(&check.reason.cite);
    }
    let spread_ok = spread.iter().all(|c| c.met);
    let quorate = count >= required && org_ok && spread_ok;
    let more_needed = required.saturating_sub(count);
    let rule_text = describe_rule(rule, n, required);
    let unmet: Vec<String> = spread
        .iter()
        .zip(&hints)
        .filter(|(c, _)| !c.met)
        .map(|(c, hint)| format!("{} ({hint} would meet it)", c.requirement))
        .collect();
    let summary = if quorate {
        format!("Quorate: {count} present who count, {required} needed ({rule_text}).")
    } else if count < required {
        format!("Not quorate: {count} present who count, {required} needed, {more_needed} more needed ({rule_text}).",)
    } else if !org_ok {
        format!(
            "Not quorate: {count} present who count, but from only {} ({rule_text}).",
            count_noun(orgs_present, "organisation")
        )
    } else {
        format!(
            "Not quorate: {count} present who count, but not {} ({rule_text}).",
            crate::wording::and_list(&unmet)
        )
    };
    QuorumReport {
        status: if quorate {
            super::QuorumStatus::Quorate
        } else {
            super::QuorumStatus::Inquorate
        },
        quorate: Some(quorate),
        count,
        required: Some(required),
        more_needed,
        counting_seats: n,
        organisations_present: orgs_present,
        organisations_required: rule.min_organisations,
        warnings: substitute_warnings(m, &mut cites),
        spread,
        people,
        notes,
        summary,
        citations: cites.into_vec(),
    }
}

fn counts_class(m: &Meeting, rule: &QuorumRule, s: usize) -> bool {
    rule.counts(&m.seats[s])
}

/// Why the member for seat `s` counts or not.
fn member_reason(m: &Meeting, rule: &QuorumRule, s: usize, presence: &Presence, withdraws: bool) -> Reason {
    let seat = &m.seats[s];
    let (quorum_cite, conflict_cite) = (&rule.cite, &m.constitution.conflicts.cite);
    match (presence, counts_class(m, rule, s)) {
        (Presence::Member, _) if withdraws => Reason::new(
            format!(
                "{}: declared a conflict of interest on this item, withdraws and is not counted",
                seat.name
            ),
            conflict_cite,
        ),
        (Presence::Member, true) => Reason::new(
            format!("{}: {} present, counts", seat.name, seat.class.describe()),
            quorum_cite,
        ),
        (Presence::Member, false) if rule.counting_classes.contains(&seat.class) => Reason::new(
            format!(
                "{}: holds a seat without a vote, and only voting members count towards quorum",
                seat.name
            ),
            quorum_cite,
        ),
        (Presence::Member, false) => Reason::new(
            format!(
                "{}: {}, does not count towards quorum",
                seat.name,
                seat.class.describe()
            ),
            quorum_cite,
        ),
        _ if seat.vacant => Reason::new(format!("{}: the seat is vacant", seat.name), quorum_cite),
        _ if !m.recorded[s] => Reason::new(format!("{}: no attendance recorded, treated as absent", seat.name), &[]),
        _ => Reason::new(format!("{}: {}", seat.name, m.status[s].describe()), &[]),
    }
}

/// Whether the `k`-th substitute for seat `s` counts, and why.
fn substitute_count(
    m: &Meeting,
    rule: &QuorumRule,
    s: usize,
    k: usize,
    presence: &Presence,
    withdraws: bool,
) -> (bool, Reason) {
    let (c, seat) = (m.constitution, &m.seats[s]);
    let (quorum_cite, conflict_cite, sub_cite) = (&rule.cite, &c.conflicts.cite, &c.substitutes.cite);
    if !c.substitutes.allowed {
        (
            false,
            Reason::new(
                format!(
                    "substitute for {}: this constitution does not provide for substitutes",
                    seat.name
                ),
                sub_cite,
            ),
        )
    } else if *presence == Presence::Member {
        (
            false,
            Reason::new(
                format!("substitute for {}: does not count, the member is present", seat.name),
                sub_cite,
            ),
        )
    } else if k > 0 {
        let first = &m.attendance.substitutes[m.substitutes[s][0]].name;
        (false, Reason::new(format!("substitute for {}: does not count, the seat is already represented by {first} (one seat counts once)", seat.name), sub_cite))
    } else if withdraws {
        (
            false,
            Reason::new(
                format!(
                    "substitute for {}: declared a conflict of interest on this item, withdraws and is not counted",
                    seat.name
                ),
                conflict_cite,
            ),
        )
    } else if !counts_class(m, rule, s) {
        let whom = if rule.counting_classes.contains(&seat.class) {
            "a seat without a vote".to_string()
        } else {
            article(seat.class.describe())
        };
        (
            false,
            Reason::new(
                format!(
                    "substitute for {}: stands for {whom}, who does not count towards quorum",
                    seat.name
                ),
                quorum_cite,
            ),
        )
    } else {
        (
            true,
            Reason::new(
                format!("substitute for {}: counts, the member is absent", seat.name),
                sub_cite,
            ),
        )
    }
}

/// The report where the constitution sets no quorum: who is there, and the note.
fn no_rule(m: &Meeting, withdrawn: &[bool], mut cites: Citations, notes: Vec<Reason>) -> QuorumReport {
    let people = people_without_rule(m, withdrawn, &mut cites);
    let summary = "This constitution sets no quorum.".to_string();
    QuorumReport {
        status: QuorumStatus::NoQuorumRule,
        quorate: None,
        count: 0,
        required: None,
        more_needed: 0,
        counting_seats: 0,
        organisations_present: 0,
        organisations_required: None,
        warnings: substitute_warnings(m, &mut cites),
        spread: Vec::new(),
        people,
        notes,
        summary,
        citations: cites.into_vec(),
    }
}

/// Attendance without a quorum rule: who is there, and nobody "counts".
fn people_without_rule(m: &Meeting, withdrawn: &[bool], cites: &mut Citations) -> Vec<PersonCount> {
    let mut people = Vec::new();
    for (s, &conflicted) in withdrawn.iter().enumerate() {
        let seat = &m.seats[s];
        let present = m.presence(s) == Presence::Member;
        let text = if present && conflicted {
            format!(
                "{}: present, declared a conflict of interest on this item and withdraws",
                seat.name
            )
        } else {
            format!("{}: {}", seat.name, m.status[s].describe())
        };
        let cite = if present && conflicted {
            m.constitution.conflicts.cite.clone()
        } else {
            Vec::new()
        };
        cites.add(&cite);
        people.push(PersonCount {
            person: m.member_ref(s),
            present,
            counts: false,
            reason: Reason { text, cite },
        });
        for &index in &m.substitutes[s] {
            let text = format!("substitute for {}: present", seat.name);
            people.push(PersonCount {
                person: m.substitute_ref(index),
                present: true,
                counts: false,
                reason: Reason::new(text, &[]),
            });
        }
    }
    people
}

/// A substitute the Chair was not told of in advance: a warning, never a disqualification.
fn substitute_warnings(m: &Meeting, cites: &mut Citations) -> Vec<Reason> {
    let rule = &m.constitution.substitutes;
    if !rule.notify_chair_in_advance {
        return Vec::new();
    }
    let cite = if rule.notice_cite.is_empty() {
        &rule.cite
    } else {
        &rule.notice_cite
    };
    let warnings: Vec<Reason> = m
        .attendance
        .substitutes
        .iter()
        .filter(|s| !s.notified_in_advance)
        .map(|s| {
            Reason::new(
                format!("{} (substitute): the Chair should have been told in advance of their name and position; this does not stop them taking part", s.name),
                cite,
            )
        })
        .collect();
    cites.add_reasons(&warnings);
    warnings
}
