//! `checkChair`: who chairs the meeting, and who may stand in when the Chair is absent.
//!
//! Clackmannanshire B1.8-B1.10: the Leader of the Council chairs; in the Chair's absence
//! the members present nominate one of their number, and a substitute may not chair.
//! Inverclyde 4.3: the Vice Chair stands in. The rule is the constitution's `chair` and
//! `substitutes` sections ([`ChairRule`](super::ChairRule)).

use super::people::{Meeting, PersonRef, Presence};
use super::roster::{Attendance, Roster};
use super::rule::{ChairStep, SeatRole};
use crate::constitution::ConstitutionSource;
use crate::error::Error;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChairInput {
    pub constitution: ConstitutionSource,
    /// Leave out to use the constitution's membership. The chair's seat has `role: "chair"`.
    #[serde(default)]
    pub roster: Option<Roster>,
    pub attendance: Attendance,
}

/// Someone who may not take the chair, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Ineligible {
    pub person: PersonRef,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ChairReport {
    /// Who holds the chair under the constitution, in its words.
    pub holder: String,
    /// The Chair's seat on the roster, if the roster marks one.
    pub chair: Option<PersonRef>,
    pub chair_present: bool,
    /// Who takes the chair at this meeting, when that is settled by the rules
    /// (the Chair, or the Vice Chair standing in). `null` when the meeting must nominate.
    pub chaired_by: Option<PersonRef>,
    /// When the meeting must nominate someone: the members present who may be nominated.
    pub may_be_nominated: Vec<PersonRef>,
    /// People present who may not take the chair, with the reason.
    pub not_eligible: Vec<Ineligible>,
    /// The succession step by step: the Chair first, then each step the constitution lists
    /// for the Chair's absence (`chair.succession`, or the one step `whenAbsent` names), who
    /// each tries, and why they chair, are passed over, or are not reached.
    pub succession: Vec<SuccessionStep>,
    pub reason: Reason,
    pub warnings: Vec<Reason>,
    /// How the constitution was read: "Read as schema version 2: …" for a version-1
    /// constitution, migrated automatically; empty otherwise.
    pub notices: Vec<Reason>,
    pub citations: Vec<String>,
}

/// What came of one step of the succession.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum StepOutcome {
    /// The person this step tries takes the chair.
    Chairs,
    /// The step was tried and passed over (absent, not marked on the roster, or barred).
    PassedOver,
    /// The members present choose who chairs (`mayBeNominated` lists who may be chosen).
    MembersChoose,
    /// An earlier step settled who chairs.
    NotReached,
}

/// One step of the succession as this meeting went through it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SuccessionStep {
    /// Who the step tries, in plain words ("the Vice Chair").
    pub step: String,
    /// The person the step tries, where the roster names one.
    pub person: Option<PersonRef>,
    pub outcome: StepOutcome,
    pub reason: Reason,
}

/// Who chairs, and if the Chair is absent, who may.
pub fn check_chair(input: &ChairInput) -> Result<ChairReport, Error> {
    let constitution = input.constitution.resolve()?;
    let m = Meeting::resolve(&constitution, input.roster.as_ref(), &input.attendance, "attendance")?;
    Ok(evaluate(&m))
}

pub(super) fn evaluate(m: &Meeting) -> ChairReport {
    let rule = &m.constitution.chair;
    let mut cites = Citations::new();
    cites.add(&rule.cite);
    let mut warnings = Vec::new();
    let chair_seat = m.seat_with_role(SeatRole::Chair);
    let chair_present = chair_seat.is_some_and(|s| m.presence(s) == Presence::Member);
    if chair_seat.is_none() {
        warnings.push(Reason::new(
            format!(
                "The roster marks no seat as the chair; under this constitution the chair is {}.",
                rule.holder
            ),
            &rule.cite,
        ));
    }
    let Eligibility { eligible, not_eligible } = eligibility(m);
    for n in &not_eligible {
        cites.add(&n.reason.cite);
    }
    let chair = chair_seat.map(|s| m.member_ref(s));
    let first = SuccessionStep {
        step: format!("the Chair ({})", rule.holder),
        person: chair.clone(),
        outcome: StepOutcome::PassedOver,
        reason: Reason::new(
            match &chair {
                Some(p) => format!("The Chair, {}, is absent.", p.name),
                None => "The roster marks no seat as the chair.".to_string(),
            },
            &rule.cite,
        ),
    };
    let decision = if chair_present {
        let name = chair.as_ref().map(|p| p.name.clone()).unwrap_or_default();
        let reason = Reason::new(format!("{name} chairs: the chair is {}.", rule.holder), &rule.cite);
        let mut succession = vec![SuccessionStep {
            outcome: StepOutcome::Chairs,
            reason: reason.clone(),
            ..first
        }];
        succession.extend(rule.steps().iter().map(|step| not_reached(m, step, &name)));
        Decision {
            chaired_by: chair.clone(),
            may_be_nominated: Vec::new(),
            succession,
            reason,
        }
    } else {
        cites.add(&rule.absence_cite);
        in_absence(m, eligible, first)
    };
    let Decision {
        chaired_by,
        may_be_nominated,
        succession,
        reason,
    } = decision;
    for step in &succession {
        if step.outcome != StepOutcome::NotReached {
            cites.add(&step.reason.cite);
        }
    }
    cites.add(&reason.cite);
    cites.add_reasons(&warnings);
    ChairReport {
        holder: rule.holder.clone(),
        chair,
        chair_present,
        chaired_by,
        may_be_nominated,
        not_eligible,
        succession,
        reason,
        warnings,
        notices: m.constitution.schema_notes(),
        citations: cites.into_vec(),
    }
}

/// Who present may take the chair, and who may not, with why.
struct Eligibility {
    eligible: Vec<PersonRef>,
    not_eligible: Vec<Ineligible>,
}

/// Members present may chair; non-voting attendees are not members of the body, and
/// substitutes may not chair where the constitution says so (B1.10).
fn eligibility(m: &Meeting) -> Eligibility {
    let rule = &m.constitution.chair;
    let subs = &m.constitution.substitutes;
    let sub_cite = if subs.chair_cite.is_empty() {
        &subs.cite
    } else {
        &subs.chair_cite
    };
    let mut eligible = Vec::new();
    let mut not_eligible = Vec::new();
    for s in 0..m.seats.len() {
        if m.presence(s) == Presence::Member {
            match rule.barred(&m.seats[s]) {
                Some(why) => not_eligible.push(Ineligible {
                    person: m.member_ref(s),
                    reason: Reason::new(why, &rule.absence_cite),
                }),
                None => eligible.push(m.member_ref(s)),
            }
        }
        for &index in &m.substitutes[s] {
            let person = m.substitute_ref(index);
            if subs.may_chair {
                eligible.push(person);
            } else {
                let text = format!(
                    "{} (substitute for {}): substitutes may not take the chair",
                    person.name, m.seats[s].name
                );
                not_eligible.push(Ineligible {
                    person,
                    reason: Reason::new(text, sub_cite),
                });
            }
        }
    }
    Eligibility { eligible, not_eligible }
}

/// Who chairs, or may be nominated to, and why, step by step.
struct Decision {
    chaired_by: Option<PersonRef>,
    may_be_nominated: Vec<PersonRef>,
    succession: Vec<SuccessionStep>,
    reason: Reason,
}

/// A step's label and the seat it tries on this roster, or why the roster has none.
fn tried(m: &Meeting, step: &ChairStep) -> (String, Result<usize, String>) {
    match step {
        ChairStep::Office { role, .. } => {
            let office = if *role == SeatRole::Chair {
                "Chair"
            } else {
                "Vice Chair"
            };
            let seat = m
                .seat_with_role(*role)
                .ok_or_else(|| format!("The roster marks no {office} seat."));
            (format!("the {office}"), seat)
        }
        ChairStep::Seat { seat, .. } => {
            let found = m
                .seat_index(seat)
                .ok_or_else(|| format!("The roster has no seat \"{}\".", crate::wording::cut_marked(seat, 60)));
            let label = match found {
                Ok(s) => m.seats[s].name.clone(),
                Err(_) => format!("seat \"{}\"", crate::wording::cut_marked(seat, 60)),
            };
            (label, found)
        }
        ChairStep::MembersChoose { method, .. } => (
            match method {
                Some(how) => format!("the members present choose one of their number ({how})"),
                None => "the meeting nominates one of its members present".to_string(),
            },
            Err(String::new()),
        ),
    }
}

fn not_reached(m: &Meeting, step: &ChairStep, chairing: &str) -> SuccessionStep {
    let (label, seat) = tried(m, step);
    SuccessionStep {
        step: label,
        person: seat.ok().map(|s| m.member_ref(s)),
        outcome: StepOutcome::NotReached,
        reason: Reason::new(format!("Not reached: {chairing} chairs."), step.cite()),
    }
}

/// The Chair is absent: the constitution's steps, in order, until one settles who chairs.
/// Where every step is passed over, the constitution is silent, and the report says so
/// rather than inventing a rule.
fn in_absence(m: &Meeting, eligible: Vec<PersonRef>, first: SuccessionStep) -> Decision {
    let rule = &m.constitution.chair;
    let steps = rule.steps();
    let mut succession = vec![first];
    // Why each step before the one that settles it was passed over, for the reason.
    let mut passed: Vec<String> = Vec::new();
    let mut reached_cite: Vec<String> = rule.absence_cite.clone();
    for (i, step) in steps.iter().enumerate() {
        for c in step.cite() {
            if !reached_cite.contains(c) {
                reached_cite.push(c.clone());
            }
        }
        let (label, seat) = tried(m, step);
        let settled = match step {
            ChairStep::MembersChoose { method, .. } => {
                let subs = if m.constitution.substitutes.may_chair {
                    ""
                } else {
                    "; substitutes are not eligible"
                };
                let text = match method {
                    None => format!("the meeting nominates one of its members present to chair{subs}."),
                    Some(how) => format!("the members present choose one of their number to chair ({how}){subs}."),
                };
                let reason = Reason::new(format!("{}: {text}", lead(&passed)), &reached_cite);
                succession.push(SuccessionStep {
                    step: label,
                    person: None,
                    outcome: StepOutcome::MembersChoose,
                    reason: Reason::new(upper_first(&text), step.cite()),
                });
                Some((None, eligible.clone(), reason))
            }
            ChairStep::Office { .. } | ChairStep::Seat { .. } => match seat {
                Err(why) => {
                    passed.push(why.trim_end_matches('.').to_string());
                    succession.push(SuccessionStep {
                        step: label,
                        person: None,
                        outcome: StepOutcome::PassedOver,
                        reason: Reason::new(why, step.cite()),
                    });
                    None
                }
                Ok(s) => {
                    let person = m.member_ref(s);
                    // "the Vice Chair, Dr Bill Kerr"; a named seat is its holder's name.
                    let who = match step {
                        ChairStep::Office { .. } => format!("{label}, {},", person.name),
                        _ => person.name.clone(),
                    };
                    let barred = rule.barred(&m.seats[s]);
                    if m.presence(s) == Presence::Member && barred.is_none() {
                        let office = upper_first(&who);
                        let text = format!("{}: {who} stands in.", lead(&passed));
                        let reason = Reason::new(text, &reached_cite);
                        succession.push(SuccessionStep {
                            step: label,
                            person: Some(person.clone()),
                            outcome: StepOutcome::Chairs,
                            reason: Reason::new(format!("{office} is present and takes the chair."), step.cite()),
                        });
                        Some((Some(person), Vec::new(), reason))
                    } else {
                        let why = match barred {
                            Some(why) if m.presence(s) == Presence::Member => format!("{why}."),
                            _ => format!("{} is absent.", upper_first(&who)),
                        };
                        passed.push(if m.presence(s) == Presence::Member {
                            format!("{who} may not take the chair")
                        } else {
                            format!("{who} is absent")
                        });
                        succession.push(SuccessionStep {
                            step: label,
                            person: Some(person),
                            outcome: StepOutcome::PassedOver,
                            reason: Reason::new(why, step.cite()),
                        });
                        None
                    }
                }
            },
        };
        if let Some((chaired_by, may_be_nominated, reason)) = settled {
            let name = chaired_by.as_ref().map(|p: &PersonRef| p.name.clone());
            for later in &steps[i + 1..] {
                let who = name
                    .clone()
                    .unwrap_or_else(|| "the member the meeting chooses".to_string());
                succession.push(not_reached(m, later, &who));
            }
            return Decision {
                chaired_by,
                may_be_nominated,
                succession,
                reason,
            };
        }
    }
    Decision {
        chaired_by: None,
        may_be_nominated: eligible,
        reason: silent(&steps, &passed, &succession, &reached_cite),
        succession,
    }
}

/// "The Chair is absent", and each step passed over before the one that settles it.
fn lead(passed: &[String]) -> String {
    let mut parts = vec!["The Chair is absent".to_string()];
    parts.extend(passed.iter().cloned());
    parts.join("; ")
}

/// Every step was passed over: the constitution does not say who chairs then.
fn silent(steps: &[ChairStep], passed: &[String], succession: &[SuccessionStep], cite: &[String]) -> Reason {
    // The version-1 reading of `whenAbsent: "viceChair"` (the one step "the Vice Chair"),
    // word for word.
    let only_vice_chair = matches!(
        steps,
        [ChairStep::Office {
            role: SeatRole::ViceChair,
            ..
        }]
    ) && succession.len() == 2;
    let text = if only_vice_chair && succession[1].person.is_some() && succession[1].reason.text.ends_with("is absent.")
    {
        "The Chair and the Vice Chair are both absent. The constitution does not say who chairs then; \
         the members present may agree one of themselves."
            .to_string()
    } else if only_vice_chair {
        "The Chair is absent and the roster marks no Vice Chair seat: the Vice Chair stands in under this \
         constitution, so mark the Vice Chair's seat with role \"viceChair\"."
            .to_string()
    } else {
        format!(
            "{}. The constitution does not say who chairs then. The members present who are not barred from the chair are listed.",
            lead(passed)
        )
    };
    Reason::new(text, cite)
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constitution::presets::preset;
    use crate::meeting::{AttendanceStatus, ChairAbsence, MemberAttendance};
    use proptest::prelude::*;

    fn statuses() -> impl Strategy<Value = Vec<AttendanceStatus>> {
        prop::collection::vec(
            prop_oneof![
                Just(AttendanceStatus::Present),
                Just(AttendanceStatus::Apologies),
                Just(AttendanceStatus::Absent),
            ],
            40,
        )
    }

    proptest! {
        /// A version-1 `whenAbsent` and the equivalent steps written out give the same
        /// report, field for field, whoever is present.
        #[test]
        fn when_absent_reads_as_its_steps(id in prop_oneof![Just("clackmannanshire-2019"), Just("inverclyde-mou")], st in statuses()) {
            let v1 = preset(id).unwrap();
            let mut v2 = v1.clone();
            v2.chair.succession = Some(v1.chair.steps());
            v2.chair.when_absent = ChairAbsence::Succession;
            let attendance = crate::meeting::Attendance {
                members: v1.membership.iter().zip(&st).map(|(s, &status)| MemberAttendance { seat: s.id.clone(), status }).collect(),
                substitutes: Vec::new(),
            };
            let a = evaluate(&Meeting::resolve(&v1, None, &attendance, "attendance").unwrap());
            let b = evaluate(&Meeting::resolve(&v2, None, &attendance, "attendance").unwrap());
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn every_step_is_reported_once() {
        let mut c = preset("inverclyde-mou").unwrap();
        c.chair.when_absent = ChairAbsence::Succession;
        c.chair.succession = Some(vec![
            ChairStep::Office {
                role: SeatRole::ViceChair,
                cite: vec!["x 1".into()],
            },
            ChairStep::MembersChoose {
                method: Some("by a show of hands".into()),
                cite: vec!["x 2".into()],
            },
        ]);
        let attendance = crate::meeting::Attendance::default();
        let r = evaluate(&Meeting::resolve(&c, None, &attendance, "attendance").unwrap());
        let outcomes: Vec<StepOutcome> = r.succession.iter().map(|s| s.outcome).collect();
        assert_eq!(
            outcomes,
            [
                StepOutcome::PassedOver,
                StepOutcome::PassedOver,
                StepOutcome::MembersChoose
            ]
        );
        assert!(r.citations.contains(&"x 2".to_string()), "{:?}", r.citations);
        assert!(r.reason.text.contains("by a show of hands"), "{}", r.reason.text);
    }
}
