//! `checkChair`: who chairs the meeting, and who may stand in when the Chair is absent.
//!
//! Clackmannanshire B1.8-B1.10: the Leader of the Council chairs; in the Chair's absence
//! the members present nominate one of their number, and a substitute may not chair.
//! Inverclyde 4.3: the Vice Chair stands in. The rule is the constitution's `chair` and
//! `substitutes` sections ([`ChairRule`](super::ChairRule)).

use super::people::{Meeting, PersonRef, Presence};
use super::roster::{Attendance, Roster};
use super::rule::{ChairAbsence, SeatRole};
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
    pub reason: Reason,
    pub warnings: Vec<Reason>,
    /// How the constitution was read: "Read as schema version 2: …" for a version-1
    /// constitution, migrated automatically; empty otherwise.
    pub notices: Vec<Reason>,
    pub citations: Vec<String>,
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
    let decision = if chair_present {
        let name = chair.as_ref().map(|p| p.name.clone()).unwrap_or_default();
        Decision {
            chaired_by: chair.clone(),
            may_be_nominated: Vec::new(),
            reason: Reason::new(format!("{name} chairs: the chair is {}.", rule.holder), &rule.cite),
        }
    } else {
        cites.add(&rule.absence_cite);
        in_absence(m, eligible)
    };
    let Decision {
        chaired_by,
        may_be_nominated,
        reason,
    } = decision;
    cites.add(&reason.cite);
    cites.add_reasons(&warnings);
    ChairReport {
        holder: rule.holder.clone(),
        chair,
        chair_present,
        chaired_by,
        may_be_nominated,
        not_eligible,
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

/// Who chairs, or may be nominated to, and why.
struct Decision {
    chaired_by: Option<PersonRef>,
    may_be_nominated: Vec<PersonRef>,
    reason: Reason,
}

/// The Chair is absent: the constitution's rule for who chairs then.
fn in_absence(m: &Meeting, eligible: Vec<PersonRef>) -> Decision {
    let rule = &m.constitution.chair;
    match rule.when_absent {
        ChairAbsence::ViceChair => vice_chair(m, eligible, &rule.absence_cite),
        ChairAbsence::MembersNominate => {
            let text = format!(
                "The Chair is absent: the meeting nominates one of its members present to chair{}.",
                if m.constitution.substitutes.may_chair {
                    ""
                } else {
                    "; substitutes are not eligible"
                }
            );
            Decision {
                chaired_by: None,
                may_be_nominated: eligible,
                reason: Reason::new(text, &rule.absence_cite),
            }
        }
    }
}

/// The Vice Chair stands in (Inverclyde 4.3); if the Vice Chair is absent too, the
/// constitution is silent, and the report says so rather than inventing a rule.
fn vice_chair(m: &Meeting, eligible: Vec<PersonRef>, cite: &[String]) -> Decision {
    match m.seat_with_role(SeatRole::ViceChair) {
        Some(v) if m.presence(v) == Presence::Member => {
            let person = m.member_ref(v);
            let text = format!("The Chair is absent: the Vice Chair, {}, stands in.", person.name);
            Decision {
                chaired_by: Some(person),
                may_be_nominated: Vec::new(),
                reason: Reason::new(text, cite),
            }
        }
        Some(_) => Decision {
            chaired_by: None,
            may_be_nominated: eligible,
            reason: Reason::new(
                "The Chair and the Vice Chair are both absent. The constitution does not say who chairs then; \
                 the members present may agree one of themselves.",
                cite,
            ),
        },
        None => Decision {
            chaired_by: None,
            may_be_nominated: eligible,
            reason: Reason::new(
                "The Chair is absent and the roster marks no Vice Chair seat: the Vice Chair stands in under this \
                 constitution, so mark the Vice Chair's seat with role \"viceChair\".",
                cite,
            ),
        },
    }
}
