//! A motion's mover and seconder, and whether its vote is by roll call, under
//! `decisions.moverAndSeconder` and `decisions.rollCall` (see `motion_rule.rs`).
//!
//! Who may move or second is whoever may vote on the motion: a member with a vote,
//! present (or a substitute entitled to act for an absent member), without a conflict
//! that withdraws them; the mover may not second. A motion the constitution requires to
//! be moved and seconded, and that is not, is not put to the vote: [`decide_vote`]
//! answers so, with the clause.
//!
//! [`decide_vote`]: super::decide_vote

use super::motion_rule::RollCallWhen;
use super::people::{Meeting, PersonRef, Presence};
use super::rule::MajorityRule;
use super::vote::{check_ballot, right_to_vote, AcceptedBallot, BallotBy, Motion, VoteChoice};
use crate::error::{Error, ErrorCode};
use crate::limits::MAX_SEATS;
use crate::reason::Reason;
use crate::wording::count;
use serde::{Deserialize, Serialize};

/// Who moved or seconded a motion: the member of a seat, or the substitute acting for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Proposer {
    pub seat: String,
    #[serde(default)]
    pub by: BallotBy,
}

/// One member's vote in a roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum RollCallVote {
    For,
    Against,
    Abstained,
    /// Present and entitled to vote, but no vote is recorded.
    DidNotVote,
}

/// A line of a roll call: a person entitled to vote, in the order of the sederunt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct RollCallEntry {
    pub person: PersonRef,
    pub vote: RollCallVote,
}

/// The motion's people, resolved to seats (unknown seats refused with their paths).
pub(super) struct Named {
    mover: Option<(usize, BallotBy)>,
    seconder: Option<(usize, BallotBy)>,
    requests: Vec<usize>,
}

/// Resolve the seats the motion names: mover, seconder, and those asking for a roll call.
pub(super) fn resolve(m: &Meeting, motion: &Motion) -> Result<Named, Error> {
    let seat = |p: &Proposer, path: &str| {
        m.seat_index(&p.seat).map(|s| (s, p.by)).ok_or_else(|| {
            Error::at(
                ErrorCode::UnknownReference,
                format!("{path}.seat"),
                format!("there is no seat \"{}\"", crate::wording::cut(&p.seat, 60)),
            )
        })
    };
    let mover = motion.mover.as_ref().map(|p| seat(p, "motion.mover")).transpose()?;
    let seconder = motion
        .seconder
        .as_ref()
        .map(|p| seat(p, "motion.seconder"))
        .transpose()?;
    if motion.roll_call_requested_by.len() > MAX_SEATS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "motion.rollCallRequestedBy",
            format!("at most {MAX_SEATS} seats are accepted"),
        ));
    }
    let mut requests = Vec::with_capacity(motion.roll_call_requested_by.len());
    for (i, id) in motion.roll_call_requested_by.iter().enumerate() {
        let path = format!("motion.rollCallRequestedBy[{i}]");
        let s = m.seat_index(id).ok_or_else(|| {
            Error::at(
                ErrorCode::UnknownReference,
                path.clone(),
                format!("there is no seat \"{}\"", crate::wording::cut(id, 60)),
            )
        })?;
        if requests.contains(&s) {
            return Err(Error::at(ErrorCode::DuplicateId, path, "names a seat already listed"));
        }
        requests.push(s);
    }
    Ok(Named {
        mover,
        seconder,
        requests,
    })
}

/// The mover and seconder, checked.
pub(super) struct Moving {
    pub mover: Option<PersonRef>,
    pub seconder: Option<PersonRef>,
    /// Everyone present who may move or second this motion.
    pub may_move: Vec<PersonRef>,
    /// Why the motion may not be put, where the constitution requires a mover and seconder,
    /// and the report's summary then.
    pub not_put: Option<(Reason, String)>,
    pub warnings: Vec<Reason>,
    /// The rule that applied, with its clause.
    pub reasons: Vec<Reason>,
}

/// Check the mover and seconder under `rule` (who may vote) and `decisions.moverAndSeconder`.
pub(super) fn moving(m: &Meeting, rule: &MajorityRule, withdrawn: &[bool], motion: &Motion, named: &Named) -> Moving {
    let kind = if motion.amendment { "amendment" } else { "motion" };
    let requirement = m
        .constitution
        .decisions
        .mover_and_seconder
        .as_ref()
        .filter(|r| !motion.amendment || r.amendments);
    let cite: &[String] = requirement.map_or(&[], |r| &r.cite);
    let may_move = (0..m.seats.len())
        .filter_map(|s| right_to_vote(m, rule, withdrawn, s).ok())
        .collect();
    let mut out = Moving {
        mover: None,
        seconder: None,
        may_move,
        not_put: None,
        warnings: Vec::new(),
        reasons: Vec::new(),
    };
    if let Some(r) = requirement {
        let what = if r.amendments {
            "every motion and amendment"
        } else {
            "every motion"
        };
        out.reasons.push(Reason::new(
            format!("The rule: {what} must be moved and seconded, by members who may vote on it."),
            cite,
        ));
    }
    let mut problems = Vec::new();
    let check = |role: &str, who: Option<(usize, BallotBy)>, problems: &mut Vec<String>| match who {
        None => {
            problems.push(format!("no {role} is recorded"));
            None
        }
        Some((s, by)) => match check_ballot(m, rule, withdrawn, s, by) {
            Ok(person) => Some(person),
            Err(why) => {
                problems.push(format!("the {role} may not {}: {}", verb(role), why.text));
                None
            }
        },
    };
    out.mover = check("mover", named.mover, &mut problems);
    out.seconder = check("seconder", named.seconder, &mut problems);
    if let (Some((a, _)), Some((b, _))) = (named.mover, named.seconder) {
        if a == b {
            problems.push(format!("the mover may not also second the {kind}"));
            out.seconder = None;
        }
    }
    if requirement.is_some() {
        if let Some(first) = problems.first() {
            let why = format!("it must be moved and seconded, and {first}");
            out.not_put = Some((
                Reason::new(format!("The {kind} was not put to the vote: {why}."), cite),
                format!("Not put to the vote: {why}."),
            ));
        }
    } else {
        // Not required: a mover or seconder recorded is minuted, one who may not act is
        // a warning, and nothing missing is a problem.
        for p in problems.iter().filter(|p| !p.starts_with("no ")) {
            out.warnings.push(Reason::new(format!("Check the record: {p}."), &[]));
        }
    }
    out
}

fn verb(role: &str) -> &'static str {
    if role == "mover" {
        "move it"
    } else {
        "second it"
    }
}

/// Whether the vote is by roll call, and why.
pub(super) struct RollCall {
    pub by_roll_call: bool,
    pub reasons: Vec<Reason>,
    pub warnings: Vec<Reason>,
}

/// Whether the vote is by roll call under `decisions.rollCall`, from who asked for one.
pub(super) fn roll_call(m: &Meeting, rule: &MajorityRule, withdrawn: &[bool], named: &Named) -> RollCall {
    let mut out = RollCall {
        by_roll_call: false,
        reasons: Vec::new(),
        warnings: Vec::new(),
    };
    let asked = named.requests.len();
    let Some(r) = &m.constitution.decisions.roll_call else {
        if asked > 0 {
            out.warnings.push(Reason::new(
                format!(
                    "{} for a roll call, but this constitution sets no rule for one: the vote is minuted as totals.",
                    asked_by(asked)
                ),
                &[],
            ));
        }
        return out;
    };
    let mut entitled = 0u32;
    for &s in &named.requests {
        match right_to_vote(m, rule, withdrawn, s) {
            Ok(_) => entitled += 1,
            Err(why) => out.warnings.push(Reason::new(
                format!("A request for a roll call is not counted: {}.", why.text),
                &why.cite,
            )),
        }
    }
    match (r.when, r.requested_by) {
        (RollCallWhen::Always, _) => {
            out.by_roll_call = true;
            out.reasons.push(Reason::new(
                "The vote is by roll call: every vote is taken by roll call.",
                &r.cite,
            ));
        }
        (RollCallWhen::OnRequest, needed) => {
            let needed = needed.unwrap_or(1);
            out.by_roll_call = entitled >= needed;
            let text = if out.by_roll_call {
                format!(
                    "The vote is by roll call: {} for one, and {needed} {} needed.",
                    asked_by(entitled as usize),
                    crate::wording::was(needed)
                )
            } else {
                format!(
                    "The vote is not by roll call: {} for one, and {} {} needed.",
                    asked_by(entitled as usize),
                    count(needed, "member"),
                    crate::wording::was(needed)
                )
            };
            // Nobody asking is the ordinary case: nothing to say.
            if entitled > 0 {
                out.reasons.push(Reason::new(text, &r.cite));
            }
        }
    }
    out
}

fn asked_by(n: usize) -> String {
    format!("{} asked", count(n, "member"))
}

/// Each person present who may vote, in the order of the sederunt (members in seat
/// order, then substitutes in the order recorded), with their vote from `accepted`.
pub(super) fn roll(
    m: &Meeting,
    rule: &MajorityRule,
    withdrawn: &[bool],
    accepted: &[AcceptedBallot],
) -> Vec<RollCallEntry> {
    let members = (0..m.seats.len()).filter(|&s| m.presence(s) == Presence::Member);
    let substitutes = (0..m.attendance.substitutes.len()).filter_map(|index| {
        m.seat_index(&m.attendance.substitutes[index].for_seat)
            .filter(|&s| m.presence(s) == Presence::Substitute { index })
    });
    members
        .chain(substitutes)
        .filter_map(|s| right_to_vote(m, rule, withdrawn, s).ok())
        .map(|person| {
            let vote = accepted
                .iter()
                .find(|b| b.person.seat == person.seat && b.person.substitute == person.substitute)
                .map_or(RollCallVote::DidNotVote, |b| match b.vote {
                    VoteChoice::For => RollCallVote::For,
                    VoteChoice::Against => RollCallVote::Against,
                    VoteChoice::Abstain => RollCallVote::Abstained,
                });
            RollCallEntry { person, vote }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::vote::{decide_vote, VoteInput, VoteOutcome};
    use super::*;
    use proptest::prelude::*;

    /// The community council of the scenario file: seven elected members, one ex officio
    /// councillor without a vote; moved and seconded (12.1), a roll call if three ask (14.3).
    fn constitution() -> serde_json::Value {
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/scenarios/meeting/decideVote-motions.json")).unwrap();
        file["cases"][0]["input"]["constitution"].clone()
    }

    const SEATS: [&str; 8] = ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "cllr"];

    proptest! {
        /// Whoever is present and votes: a motion is put exactly when a mover and a
        /// different seconder with a vote are present; a roll call lists every person
        /// entitled to vote once, in seat order, with their accepted ballot or "did not
        /// vote", and its votes agree with the tally.
        #[test]
        fn the_roll_call_is_the_tally(present in prop::collection::vec(any::<bool>(), 8),
                                      votes in prop::collection::vec((0usize..8, 0usize..3), 0..10),
                                      mover in 0usize..8, seconder in 0usize..8,
                                      asked in prop::collection::btree_set(0usize..8, 0..6)) {
            let members: Vec<serde_json::Value> = SEATS.iter().zip(&present).map(|(seat, &p)| {
                serde_json::json!({ "seat": seat, "status": if p { "present" } else { "apologies" } })
            }).collect();
            let ballots: Vec<serde_json::Value> = votes.iter()
                .map(|&(s, v)| {
                    let vote = ["for", "against", "abstain"][v];
                    serde_json::json!({ "seat": SEATS[s], "vote": vote })
                })
                .collect();
            let asked: Vec<&str> = asked.iter().map(|&s| SEATS[s]).collect();
            let input: VoteInput = serde_json::from_value(serde_json::json!({
                "constitution": constitution(),
                "attendance": { "members": members, "substitutes": [] },
                "motion": { "mover": { "seat": SEATS[mover] }, "seconder": { "seat": SEATS[seconder] }, "rollCallRequestedBy": asked },
                "votes": ballots,
            })).unwrap();
            let report = decide_vote(&input).unwrap();
            let entitled = |s: usize| present[s] && SEATS[s] != "cllr";
            let quorate = (0..7).filter(|&s| present[s]).count() >= 3;
            let valid = entitled(mover) && entitled(seconder) && mover != seconder;
            if !quorate {
                prop_assert_eq!(report.outcome, VoteOutcome::Inquorate);
                prop_assert!(report.roll_call.is_none());
                return Ok(());
            }
            prop_assert_eq!(report.outcome == VoteOutcome::NotPut, !valid);
            if !valid {
                prop_assert!(report.accepted.is_empty() && report.roll_call.is_none());
                prop_assert_eq!(report.refused.len(), votes.len());
                return Ok(());
            }
            let asking = asked.iter().filter(|s| SEATS.iter().position(|x| x == *s).is_some_and(entitled)).count();
            prop_assert_eq!(report.roll_call.is_some(), asking >= 3);
            if let Some(roll) = &report.roll_call {
                let expected: Vec<&str> = (0..8).filter(|&s| entitled(s)).map(|s| SEATS[s]).collect();
                let listed: Vec<&str> = roll.iter().map(|e| e.person.seat.as_str()).collect();
                prop_assert_eq!(listed, expected);
                let n = |v: RollCallVote| roll.iter().filter(|e| e.vote == v).count() as u32;
                prop_assert_eq!(n(RollCallVote::For), report.tally.votes_for);
                prop_assert_eq!(n(RollCallVote::Against), report.tally.against);
                prop_assert_eq!(n(RollCallVote::Abstained), report.tally.abstain);
                prop_assert_eq!(n(RollCallVote::DidNotVote) as usize, roll.len() - report.accepted.len());
            }
        }
    }
}
