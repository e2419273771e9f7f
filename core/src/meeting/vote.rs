//! `decideVote`: who may vote, the tally, the votes required, and whether the motion is
//! carried.
//!
//! Clackmannanshire B4.1: broad consensus first; failing that, a simple majority of the
//! core members voting (substitutes voting for absent core members, B1.5), and on equal
//! votes the Chair of the meeting has the casting vote. Inverclyde 4.3 sets consensus and
//! no voting rule, and the answer says so.
//!
//! A majority is measured against a base (votes cast; votes cast and abstentions;
//! members present; the whole membership) with a comparison ("more than" half, "at
//! least" two-thirds), and a tie rule (the Chair's casting vote, or the motion falls).
//! A ballot from someone who may not vote is refused with the reason, never counted.

use super::motion::{self, Proposer, RollCallEntry};
use super::people::{Meeting, PersonRef, Presence};
use super::quorum::{self, QuorumReport, QuorumStatus};
use super::roster::{Attendance, AttendanceStatus, Roster};
use super::rule::{Comparison, MajorityBase, MajorityRule, TieRule};
use crate::constitution::{Constitution, ConstitutionSource};
use crate::error::{Error, ErrorCode};
use crate::limits::{shown, MAX_SEATS};
use crate::reason::{Citations, Reason};
use crate::wording::plural;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VoteInput {
    pub constitution: ConstitutionSource,
    #[serde(default)]
    pub roster: Option<Roster>,
    pub attendance: Attendance,
    pub motion: Motion,
    pub votes: Vec<Ballot>,
    /// The Chair's casting vote, used only on an equality of votes where the rule gives one.
    #[serde(default)]
    pub casting_vote: Option<VoteChoice>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Motion {
    #[serde(default)]
    pub title: Option<String>,
    /// The id of a special majority (`"amendFramework"`); leave out for an ordinary decision.
    #[serde(default)]
    pub rule: Option<String>,
    /// Seats whose members declared a conflict of interest on this motion.
    #[serde(default)]
    pub conflicts: Vec<String>,
    /// An amendment to a motion rather than a motion (it needs a mover and seconder where
    /// `decisions.moverAndSeconder.amendments` says so).
    #[serde(default)]
    pub amendment: bool,
    /// Who moved the motion.
    #[serde(default)]
    pub mover: Option<Proposer>,
    /// Who seconded the motion.
    #[serde(default)]
    pub seconder: Option<Proposer>,
    /// The seats whose members asked for a roll call (under `decisions.rollCall`).
    #[serde(default)]
    pub roll_call_requested_by: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum VoteChoice {
    For,
    Against,
    Abstain,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum BallotBy {
    /// The member who holds the seat.
    #[default]
    Member,
    /// A substitute attending for the member.
    Substitute,
}

/// One vote, cast for a seat by its member or by a substitute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ballot {
    pub seat: String,
    #[serde(default)]
    pub by: BallotBy,
    pub vote: VoteChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum VoteOutcome {
    Carried,
    NotCarried,
    /// Equal votes: the Chair of the meeting has the casting vote, not yet given.
    TieAwaitingCastingVote,
    /// No decision can be taken: the meeting (for this item) is not quorate.
    Inquorate,
    /// The constitution sets no voting rule for this decision.
    NoVotingRule,
    /// Not put to the vote: the constitution requires a mover and a seconder, and the
    /// motion has no valid one (schema version 2, `decisions.moverAndSeconder`).
    NotPut,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    #[serde(rename = "for")]
    pub votes_for: u32,
    pub against: u32,
    pub abstain: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AcceptedBallot {
    pub person: PersonRef,
    pub vote: VoteChoice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct RefusedBallot {
    /// Index of the ballot in `votes`.
    pub index: u32,
    pub seat: String,
    pub name: String,
    pub vote: VoteChoice,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct VoteReport {
    pub outcome: VoteOutcome,
    /// `null` while undecided (a tie awaiting the casting vote, inquorate, no rule).
    pub carried: Option<bool>,
    /// The rule applied, in words; `null` when there is none.
    pub rule: Option<String>,
    pub tally: Tally,
    /// The number the threshold is taken of (votes cast, members present, …).
    pub base: u32,
    /// Votes for needed to carry the motion, other votes as they are; `null` when no rule
    /// applies or no number of votes could carry it.
    pub required: Option<u32>,
    /// "N more votes needed": 0 when carried.
    pub more_needed: Option<u32>,
    pub accepted: Vec<AcceptedBallot>,
    pub refused: Vec<RefusedBallot>,
    /// Quorum for this motion, after members with a conflict withdraw.
    pub quorum: QuorumReport,
    /// Who moved the motion, where recorded and entitled to.
    pub mover: Option<PersonRef>,
    /// Who seconded the motion, where recorded and entitled to.
    pub seconder: Option<PersonRef>,
    /// Everyone present who may move or second this motion (those who may vote on it).
    pub may_move: Vec<PersonRef>,
    /// Each person present who may vote and how they voted, in the order of the sederunt,
    /// where the vote is by roll call; `null` otherwise.
    pub roll_call: Option<Vec<RollCallEntry>>,
    pub reasons: Vec<Reason>,
    pub warnings: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Decide a vote under the constitution.
pub fn decide_vote(input: &VoteInput) -> Result<VoteReport, Error> {
    let constitution = input.constitution.resolve()?;
    let m = Meeting::resolve(&constitution, input.roster.as_ref(), &input.attendance, "attendance")?;
    let rule = select_rule(&constitution, &input.motion)?;
    let withdrawn = m.seat_set(&input.motion.conflicts, "motion.conflicts")?;
    if input.votes.len() > MAX_SEATS * 2 {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "votes",
            format!("at most {} ballots are accepted", MAX_SEATS * 2),
        ));
    }
    if input.casting_vote == Some(VoteChoice::Abstain) {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "castingVote",
            "a casting vote is \"for\" or \"against\"",
        ));
    }
    let mut ballots = Vec::with_capacity(input.votes.len());
    for (i, b) in input.votes.iter().enumerate() {
        let s = m.seat_index(&b.seat).ok_or_else(|| {
            Error::at(
                ErrorCode::UnknownReference,
                format!("votes[{i}].seat"),
                format!("there is no seat \"{}\"", short(&b.seat)),
            )
        })?;
        ballots.push((s, b));
    }
    let named = motion::resolve(&m, &input.motion)?;
    let quorum = quorum::evaluate(&m, &withdrawn);
    let Some(rule) = rule else {
        return Ok(no_rule(&m, &ballots, quorum));
    };
    let moving = motion::moving(&m, rule, &withdrawn, &input.motion, &named);
    if quorum.status != QuorumStatus::Inquorate {
        if let Some((why, summary)) = &moving.not_put {
            return Ok(not_put(
                &m,
                rule,
                &ballots,
                quorum,
                &moving,
                why.clone(),
                summary.clone(),
            ));
        }
    }
    let roll_call = motion::roll_call(&m, rule, &withdrawn, &named);
    let count = count(&m, rule, &withdrawn, &ballots);
    let ending = ending(
        &count,
        rule,
        input.casting_vote,
        quorum.status == QuorumStatus::Inquorate,
    );
    let roll = (roll_call.by_roll_call && ending != Ending::Inquorate)
        .then(|| motion::roll(&m, rule, &withdrawn, &count.accepted));
    let mut report = explain(&m, rule, count, ending, input.casting_vote, quorum);
    let mut cites = Citations::new();
    cites.add(&report.citations);
    report.reasons.extend(moving.reasons);
    report.reasons.extend(roll_call.reasons);
    report.warnings.extend(moving.warnings);
    report.warnings.extend(roll_call.warnings);
    cites.add_reasons(&report.reasons);
    cites.add_reasons(&report.warnings);
    report.citations = cites.into_vec();
    report.mover = moving.mover;
    report.seconder = moving.seconder;
    report.may_move = moving.may_move;
    report.roll_call = roll;
    Ok(report)
}

/// The report on a motion the constitution requires to be moved and seconded, and that
/// was not: it is not put, and no ballot is counted.
fn not_put(
    m: &Meeting,
    rule: &MajorityRule,
    ballots: &[(usize, &Ballot)],
    quorum: QuorumReport,
    moving: &motion::Moving,
    why: Reason,
    summary: String,
) -> VoteReport {
    let mut cites = Citations::new();
    cites.add(&quorum.citations);
    let mut reasons = consensus(m.constitution);
    reasons.extend(moving.reasons.iter().cloned());
    reasons.push(why.clone());
    cites.add_reasons(&reasons);
    cites.add_reasons(&moving.warnings);
    let refused = ballots
        .iter()
        .enumerate()
        .map(|(i, (s, b))| RefusedBallot {
            index: i as u32,
            seat: b.seat.clone(),
            name: m.seats[*s].name.clone(),
            vote: b.vote,
            reason: Reason::new("the motion was not put to the vote, so no vote is counted", &why.cite),
        })
        .collect();
    VoteReport {
        outcome: VoteOutcome::NotPut,
        carried: None,
        rule: Some(describe(rule)),
        tally: Tally::default(),
        base: 0,
        required: None,
        more_needed: None,
        accepted: Vec::new(),
        refused,
        quorum,
        mover: moving.mover.clone(),
        seconder: moving.seconder.clone(),
        may_move: moving.may_move.clone(),
        roll_call: None,
        reasons,
        warnings: moving.warnings.clone(),
        summary,
        citations: cites.into_vec(),
    }
}

fn short(s: &str) -> String {
    crate::wording::cut(s, shown::ID)
}

fn select_rule<'c>(c: &'c Constitution, motion: &Motion) -> Result<Option<&'c MajorityRule>, Error> {
    match &motion.rule {
        None => Ok(c.decisions.ordinary.as_ref()),
        Some(id) => c
            .decisions
            .special
            .iter()
            .find(|s| &s.id == id)
            .map(|s| Some(&s.rule))
            .ok_or_else(|| {
                let known: Vec<&str> = c.decisions.special.iter().map(|s| s.id.as_str()).collect();
                let list = if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                };
                Error::at(
                    ErrorCode::UnknownReference,
                    "motion.rule",
                    format!(
                        "this constitution has no special majority \"{}\" (it has: {list})",
                        short(id)
                    ),
                )
            }),
    }
}

/// Whether the person standing for seat `s` may vote under `rule`, or why not.
pub(super) fn right_to_vote(
    m: &Meeting,
    rule: &MajorityRule,
    withdrawn: &[bool],
    s: usize,
) -> Result<PersonRef, Reason> {
    let seat = &m.seats[s];
    let c = m.constitution;
    let person = m
        .representative(s)
        .ok_or_else(|| Reason::new(format!("{}: nobody is present for this seat", seat.name), &[]))?;
    if !rule.voting_classes.contains(&seat.class) {
        let text = format!(
            "{}: {}s do not vote under this rule",
            person.name,
            seat.class.describe()
        );
        return Err(Reason::new(text, &rule.cite));
    }
    if seat.votes == Some(false) {
        let text = format!("{}: holds a seat without a vote", person.name);
        return Err(Reason::new(text, &rule.cite));
    }
    if withdrawn[s] && c.conflicts.withdraw_from_vote {
        let text = format!(
            "{}: declared a conflict of interest and may not vote on it",
            person.name
        );
        return Err(Reason::new(text, &c.conflicts.cite));
    }
    Ok(person)
}

/// Check one ballot: it must come from the person entitled to vote for its seat.
pub(super) fn check_ballot(
    m: &Meeting,
    rule: &MajorityRule,
    withdrawn: &[bool],
    s: usize,
    by: BallotBy,
) -> Result<PersonRef, Reason> {
    let seat = &m.seats[s];
    let subs = &m.constitution.substitutes;
    match (by, m.presence(s)) {
        (BallotBy::Member, Presence::Member) | (BallotBy::Substitute, Presence::Substitute { .. }) => {
            right_to_vote(m, rule, withdrawn, s)
        }
        (BallotBy::Member, _) => Err(Reason::new(
            format!(
                "{}: the member is not recorded as present ({})",
                seat.name,
                m.status[s].describe()
            ),
            &[],
        )),
        (BallotBy::Substitute, Presence::Member) => Err(Reason::new(
            format!(
                "substitute for {}: may not vote, the member who appointed them is present",
                seat.name
            ),
            &subs.cite,
        )),
        (BallotBy::Substitute, _) if !subs.allowed && !m.substitutes[s].is_empty() => Err(Reason::new(
            format!(
                "substitute for {}: this constitution does not provide for substitutes",
                seat.name
            ),
            &subs.cite,
        )),
        (BallotBy::Substitute, _) => Err(Reason::new(
            format!("substitute for {}: no substitute is recorded as present", seat.name),
            &[],
        )),
    }
}

/// The arithmetic of a vote: the ballots accepted and refused, the tally, the base and
/// the votes required.
struct Count {
    tally: Tally,
    accepted: Vec<AcceptedBallot>,
    refused: Vec<RefusedBallot>,
    base: u32,
    required: Option<u32>,
    more_needed: Option<u32>,
    /// The votes for meet the threshold.
    meets: bool,
    /// Equal votes for and against (at least one each) and the threshold not met.
    tie: bool,
}

/// How a vote ends, before it is put in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Inquorate,
    Met,
    CastingFor,
    CastingAgainst,
    AwaitingCasting,
    /// Equal votes under a rule where the motion then falls.
    TieFalls,
    NotMet,
}

impl Ending {
    fn outcome(self) -> (VoteOutcome, Option<bool>) {
        match self {
            Ending::Inquorate => (VoteOutcome::Inquorate, None),
            Ending::Met | Ending::CastingFor => (VoteOutcome::Carried, Some(true)),
            Ending::CastingAgainst | Ending::TieFalls | Ending::NotMet => (VoteOutcome::NotCarried, Some(false)),
            Ending::AwaitingCasting => (VoteOutcome::TieAwaitingCastingVote, None),
        }
    }
}

/// Count the ballots, one per seat, from those entitled to vote, and measure the votes
/// for against the rule's base.
fn count(m: &Meeting, rule: &MajorityRule, withdrawn: &[bool], ballots: &[(usize, &Ballot)]) -> Count {
    let mut voted = vec![false; m.seats.len()];
    let mut tally = Tally::default();
    let mut accepted = Vec::new();
    let mut refused = Vec::new();
    for (i, &(s, b)) in ballots.iter().enumerate() {
        let result = if voted[s] {
            Err(Reason::new(
                format!("{}: this seat has already voted (one seat, one vote)", m.seats[s].name),
                &[],
            ))
        } else {
            check_ballot(m, rule, withdrawn, s, b.by)
        };
        match result {
            Ok(person) => {
                voted[s] = true;
                match b.vote {
                    VoteChoice::For => tally.votes_for += 1,
                    VoteChoice::Against => tally.against += 1,
                    VoteChoice::Abstain => tally.abstain += 1,
                }
                accepted.push(AcceptedBallot { person, vote: b.vote });
            }
            Err(reason) => {
                let name = match b.by {
                    BallotBy::Member => m.seats[s].name.clone(),
                    BallotBy::Substitute => format!("substitute for {}", m.seats[s].name),
                };
                refused.push(RefusedBallot {
                    index: i as u32,
                    seat: b.seat.clone(),
                    name,
                    vote: b.vote,
                    reason,
                });
            }
        }
    }
    let base = match rule.base {
        MajorityBase::VotesCast => tally.votes_for + tally.against,
        MajorityBase::VotesCastAndAbstentions => tally.votes_for + tally.against + tally.abstain,
        MajorityBase::MembersPresent => (0..m.seats.len())
            .filter(|&s| right_to_vote(m, rule, withdrawn, s).is_ok())
            .count() as u32,
        MajorityBase::AllMembers => (0..m.seats.len())
            .filter(|&s| {
                rule.voting_classes.contains(&m.class(s)) && m.seats[s].votes != Some(false) && !m.seats[s].vacant
            })
            .count() as u32,
    };
    let required = votes_required(rule, &tally, base);
    let meets = meets_threshold(rule, tally.votes_for, base);
    Count {
        tally,
        accepted,
        refused,
        base,
        required,
        more_needed: required.map(|r| r.saturating_sub(tally.votes_for)),
        meets,
        tie: tally.votes_for == tally.against && tally.votes_for > 0 && !meets,
    }
}

fn ending(count: &Count, rule: &MajorityRule, casting: Option<VoteChoice>, inquorate: bool) -> Ending {
    if inquorate {
        Ending::Inquorate
    } else if count.meets {
        Ending::Met
    } else if count.tie && rule.tie == TieRule::CastingVote {
        match casting {
            Some(VoteChoice::For) => Ending::CastingFor,
            Some(_) => Ending::CastingAgainst,
            None => Ending::AwaitingCasting,
        }
    } else if count.tie {
        Ending::TieFalls
    } else {
        Ending::NotMet
    }
}

/// "Consensus is sought first", where the constitution says so.
fn consensus(c: &Constitution) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if c.decisions.consensus_first {
        reasons.push(Reason::new(
            "Consensus is sought first; a vote is taken only where consensus cannot be reached.",
            &c.decisions.consensus_cite,
        ));
    }
    reasons
}

/// The report where the constitution sets no voting rule for this decision.
fn no_rule(m: &Meeting, ballots: &[(usize, &Ballot)], quorum: QuorumReport) -> VoteReport {
    let c = m.constitution;
    let mut cites = Citations::new();
    cites.add(&quorum.citations);
    let mut reasons = consensus(c);
    let mut notes = c.notes_on("voting");
    if notes.is_empty() {
        notes.push(Reason::new(
            "This constitution sets no voting rule for this decision.",
            &c.decisions.consensus_cite,
        ));
    }
    reasons.extend(notes);
    cites.add_reasons(&reasons);
    let refused = ballots
        .iter()
        .enumerate()
        .map(|(i, (s, b))| RefusedBallot {
            index: i as u32,
            seat: b.seat.clone(),
            name: m.seats[*s].name.clone(),
            vote: b.vote,
            reason: Reason::new(
                "no voting rule is set, so no vote is counted",
                &c.decisions.consensus_cite,
            ),
        })
        .collect();
    VoteReport {
        outcome: VoteOutcome::NoVotingRule,
        carried: None,
        rule: None,
        tally: Tally::default(),
        base: 0,
        required: None,
        more_needed: None,
        accepted: Vec::new(),
        refused,
        quorum,
        mover: None,
        seconder: None,
        may_move: Vec::new(),
        roll_call: None,
        reasons,
        warnings: Vec::new(),
        summary: "Decisions are by consensus; no voting rule is set.".to_string(),
        citations: cites.into_vec(),
    }
}

/// The counted vote in words, with its clauses.
fn explain(
    m: &Meeting,
    rule: &MajorityRule,
    count: Count,
    ending: Ending,
    casting: Option<VoteChoice>,
    quorum: QuorumReport,
) -> VoteReport {
    let mut cites = Citations::new();
    cites.add(&quorum.citations);
    cites.add(&rule.cite);
    for r in &count.refused {
        cites.add(&r.reason.cite);
    }
    let mut reasons = consensus(m.constitution);
    let rule_text = describe(rule);
    reasons.push(Reason::new(format!("The rule: {rule_text}."), &rule.cite));
    let mut warnings = Vec::new();
    if m.status.iter().all(|s| *s != AttendanceStatus::Present) && m.attendance.substitutes.is_empty() {
        warnings.push(Reason::new("Nobody is recorded as present.", &[]));
    }
    let said = match ending {
        Ending::Inquorate => Some((
            "The meeting is not quorate for this decision, so no decision can be taken.",
            &quorum.citations,
        )),
        Ending::CastingFor => Some((
            "Votes were equal; the Chair of the meeting gave the casting vote for.",
            &rule.cite,
        )),
        Ending::CastingAgainst => Some((
            "Votes were equal; the Chair of the meeting gave the casting vote against.",
            &rule.cite,
        )),
        Ending::AwaitingCasting => Some((
            "Votes are equal: the Chair of the meeting has the casting vote.",
            &rule.cite,
        )),
        Ending::TieFalls => Some(("Votes are equal, and under this rule the motion falls.", &rule.cite)),
        Ending::Met | Ending::NotMet => None,
    };
    if let Some((text, cite)) = said {
        reasons.push(Reason::new(text, cite));
    }
    if casting.is_some() && !(count.tie && rule.tie == TieRule::CastingVote) {
        warnings.push(Reason::new(
            "A casting vote was given but is not needed: the votes are not equal.",
            &rule.cite,
        ));
    }
    let (outcome, carried) = ending.outcome();
    let summary = summary(outcome, ending, &count);
    // Carried on the casting vote: no more votes for are needed (B4.1's casting vote
    // decides it), though the votes for alone fell short of `required`.
    let more_needed = match ending {
        Ending::CastingFor => Some(0),
        _ => count.more_needed,
    };
    cites.add_reasons(&reasons);
    cites.add_reasons(&warnings);
    VoteReport {
        outcome,
        carried,
        rule: Some(rule_text),
        tally: count.tally,
        base: count.base,
        required: count.required,
        more_needed,
        accepted: count.accepted,
        refused: count.refused,
        quorum,
        mover: None,
        seconder: None,
        may_move: Vec::new(),
        roll_call: None,
        reasons,
        warnings,
        summary,
        citations: cites.into_vec(),
    }
}

fn summary(outcome: VoteOutcome, ending: Ending, count: &Count) -> String {
    let t = &count.tally;
    let counts = format!("{} for, {} against, {} abstaining", t.votes_for, t.against, t.abstain);
    match ending {
        Ending::CastingFor => {
            return format!("Carried on the casting vote: {counts}; the votes were equal and the Chair of the meeting gave the casting vote for.");
        }
        Ending::CastingAgainst => {
            return format!("Not carried on the casting vote: {counts}; the votes were equal and the Chair of the meeting gave the casting vote against.");
        }
        _ => {}
    }
    let needed = match (count.required, count.more_needed) {
        (Some(r), Some(0)) => format!("{r} needed"),
        (Some(r), Some(n)) => format!("{r} needed, {n} more vote{} needed", plural(n)),
        _ => "no number of votes for could carry it".to_string(),
    };
    match outcome {
        VoteOutcome::Carried => format!("Carried: {counts} ({needed})."),
        VoteOutcome::NotCarried => format!("Not carried: {counts} ({needed})."),
        VoteOutcome::TieAwaitingCastingVote => {
            format!("Equal votes: {counts}; the Chair of the meeting has the casting vote.")
        }
        VoteOutcome::Inquorate => format!("No decision: the meeting is not quorate for this item ({counts})."),
        VoteOutcome::NoVotingRule | VoteOutcome::NotPut => String::new(),
    }
}

fn describe(rule: &MajorityRule) -> String {
    let t = rule.threshold;
    let cmp = match t.comparison {
        Comparison::MoreThan => "more than",
        Comparison::AtLeast => "at least",
    };
    let share = crate::reason::fraction(t.numerator, t.denominator);
    let classes: Vec<&str> = rule.voting_classes.iter().map(|c| c.describe()).collect();
    let tie = match rule.tie {
        TieRule::CastingVote => "the Chair of the meeting has a casting vote on equal votes",
        TieRule::MotionFalls => "equal votes mean the motion falls",
    };
    format!(
        "votes for must be {cmp} {share} of {} (voters: {}); {tie}",
        rule.base.describe(),
        classes.join(", ")
    )
}

/// `votes_for` meets the threshold of `base` (and at least one vote is for).
fn meets_threshold(rule: &MajorityRule, votes_for: u32, base: u32) -> bool {
    let t = rule.threshold;
    let lhs = u64::from(votes_for) * u64::from(t.denominator);
    let rhs = u64::from(t.numerator) * u64::from(base);
    votes_for > 0
        && match t.comparison {
            Comparison::MoreThan => lhs > rhs,
            Comparison::AtLeast => lhs >= rhs,
        }
}

/// The fewest votes for that carry the motion, other votes staying as they are.
fn votes_required(rule: &MajorityRule, tally: &Tally, base: u32) -> Option<u32> {
    let t = rule.threshold;
    let (num, den) = (u64::from(t.numerator), u64::from(t.denominator.max(1)));
    let fixed = |b: u64| -> u64 {
        match t.comparison {
            Comparison::MoreThan => num * b / den + 1,
            Comparison::AtLeast => (num * b).div_ceil(den),
        }
    };
    // With a base that grows with the votes for (f + others), solve f·den ⋚ num·(f + others).
    let dependent = |others: u64| -> Option<u64> {
        let spare = den.checked_sub(num).filter(|d| *d > 0);
        match (t.comparison, spare) {
            (Comparison::MoreThan, Some(d)) => Some(num * others / d + 1),
            (Comparison::AtLeast, Some(d)) => Some((num * others).div_ceil(d)),
            (Comparison::AtLeast, None) if others == 0 => Some(1),
            _ => None,
        }
    };
    let required = match rule.base {
        MajorityBase::VotesCast => dependent(u64::from(tally.against)),
        MajorityBase::VotesCastAndAbstentions => dependent(u64::from(tally.against) + u64::from(tally.abstain)),
        MajorityBase::MembersPresent | MajorityBase::AllMembers => Some(fixed(u64::from(base))),
    }?;
    u32::try_from(required.max(1)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::rule::{SeatClass, Threshold};
    use proptest::prelude::*;

    fn rule(base: MajorityBase, comparison: Comparison, numerator: u32, denominator: u32) -> MajorityRule {
        MajorityRule {
            voting_classes: vec![SeatClass::Core],
            base,
            threshold: Threshold {
                comparison,
                numerator,
                denominator,
            },
            tie: TieRule::CastingVote,
            cite: vec![],
        }
    }

    proptest! {
        /// `required` is exactly the least number of votes for that meets the threshold.
        #[test]
        fn required_is_the_least_that_carries(against in 0u32..40, abstain in 0u32..40, members in 1u32..60,
                                              n in 1u32..5, extra in 0u32..4, at_least in any::<bool>(),
                                              base_kind in 0usize..4) {
            let d = n + extra;
            let cmp = if at_least { Comparison::AtLeast } else { Comparison::MoreThan };
            let kind = [MajorityBase::VotesCast, MajorityBase::VotesCastAndAbstentions, MajorityBase::MembersPresent, MajorityBase::AllMembers][base_kind];
            let r = rule(kind, cmp, n, d);
            let base_for = |f: u32| match kind {
                MajorityBase::VotesCast => f + against,
                MajorityBase::VotesCastAndAbstentions => f + against + abstain,
                _ => members,
            };
            let tally = Tally { votes_for: 0, against, abstain };
            let required = votes_required(&r, &tally, members);
            let first = (1..=5_000u32).find(|&f| meets_threshold(&r, f, base_for(f)));
            prop_assert_eq!(required, first);
        }

        /// How a vote ends: only an inquorate meeting is inquorate; a motion carries only
        /// when the votes for meet the threshold or a casting vote for breaks a tie.
        #[test]
        fn ending_follows_the_count(meets in any::<bool>(), tie in any::<bool>(), inquorate in any::<bool>(),
                                    casting_rule in any::<bool>(), casting in 0usize..4) {
            let mut r = rule(MajorityBase::VotesCast, Comparison::MoreThan, 1, 2);
            r.tie = if casting_rule { TieRule::CastingVote } else { TieRule::MotionFalls };
            let casting = [None, Some(VoteChoice::For), Some(VoteChoice::Against), Some(VoteChoice::Abstain)][casting];
            let count = Count {
                tally: Tally::default(),
                accepted: Vec::new(),
                refused: Vec::new(),
                base: 0,
                required: None,
                more_needed: None,
                meets,
                tie: tie && !meets,
            };
            let end = ending(&count, &r, casting, inquorate);
            prop_assert_eq!(end == Ending::Inquorate, inquorate);
            let (outcome, carried) = end.outcome();
            if carried == Some(true) {
                prop_assert_eq!(outcome, VoteOutcome::Carried);
                prop_assert!(meets || (count.tie && casting_rule && casting == Some(VoteChoice::For)));
            }
            if !inquorate && meets {
                prop_assert_eq!(carried, Some(true));
            }
        }

        /// Through the engine (Clackmannanshire: nine seats): the tally is exactly the
        /// accepted ballots, every ballot is accepted or refused, and a motion carried
        /// without a casting vote has at least the votes required.
        #[test]
        fn the_tally_is_the_accepted_ballots(present in prop::collection::vec(any::<bool>(), 9),
                                             votes in prop::collection::vec((0usize..9, 0usize..3), 0..14)) {
            const SEATS: [&str; 9] = ["council-leader", "council-party-2", "council-party-3", "council-chief-executive",
                "nhs-forth-valley", "sfrs", "ctsi", "police-scotland", "scottish-enterprise"];
            let members: Vec<serde_json::Value> = SEATS.iter().zip(&present).map(|(seat, &p)| {
                serde_json::json!({ "seat": seat, "status": if p { "present" } else { "apologies" } })
            }).collect();
            let ballots: Vec<serde_json::Value> = votes.iter().map(|&(s, v)| {
                {
                    let vote = ["for", "against", "abstain"][v];
                    serde_json::json!({ "seat": SEATS[s], "vote": vote })
                }
            }).collect();
            let input: VoteInput = serde_json::from_value(serde_json::json!({
                "constitution": "clackmannanshire-2019",
                "attendance": { "members": members, "substitutes": [] },
                "motion": { "title": "A motion" },
                "votes": ballots,
            })).unwrap();
            let report = decide_vote(&input).unwrap();
            let t = report.tally;
            let counted = |c: VoteChoice| report.accepted.iter().filter(|b| b.vote == c).count() as u32;
            prop_assert_eq!(t.votes_for, counted(VoteChoice::For));
            prop_assert_eq!(t.against, counted(VoteChoice::Against));
            prop_assert_eq!(t.abstain, counted(VoteChoice::Abstain));
            prop_assert_eq!(report.accepted.len() + report.refused.len(), votes.len());
            if report.carried == Some(true) {
                prop_assert!(report.required.is_some_and(|r| t.votes_for >= r));
                prop_assert_eq!(report.more_needed, Some(0));
            }
        }
    }
}
