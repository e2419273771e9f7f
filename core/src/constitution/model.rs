//! The constitution schema (version 1).

use crate::calendar::cadence::CadenceRule;
use crate::conduct::InterestsRule;
use crate::gifts::GiftsRule;
use crate::openness::OpennessRule;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// A partnership's rules. See the module docs and `core/presets/*.json` for examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Constitution {
    /// Always 1 for this version of the schema.
    pub schema_version: u32,
    /// Short stable id, used as the prefix of every citation (`clackmannanshire-2019`).
    pub id: String,
    pub name: String,
    pub source: SourceDocument,
    /// Interpretations and silences of the source, by topic (`quorum`, `voting`, …).
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The board and its sub-groups.
    pub bodies: Vec<Body>,
    /// The seats the source document names. A meeting's roster is an input and may differ
    /// (Clackmannanshire does not fix the number of council chief officers).
    #[serde(default)]
    pub membership: Vec<Seat>,
    /// `null` where the constitution sets no quorum.
    pub quorum: Option<QuorumRule>,
    pub substitutes: SubstituteRule,
    pub chair: ChairRule,
    pub decisions: DecisionRules,
    pub conflicts: ConflictRule,
    /// `null` where the constitution says nothing about repeated absence.
    #[serde(default)]
    pub absence: Option<AbsenceRule>,
    /// Deadlines before a meeting (papers, agenda items), each with its unit and clause;
    /// `null` where the constitution sets no notice period.
    #[serde(default)]
    pub notice_periods: Option<Vec<crate::calendar::NoticePeriod>>,
    /// The partnership's own closure days, not working days like bank holidays; `null`
    /// where the constitution lists none.
    #[serde(default)]
    pub local_closures: Option<Vec<crate::calendar::LocalClosure>>,
    /// How priorities are chosen: the criteria set, its gates and the portfolio limit.
    /// `null` where the constitution sets no priority-selection method.
    #[serde(default)]
    pub priorities: Option<crate::priorities::PrioritySelection>,
    /// Gifts and hospitality; `null` where the constitution sets no gifts rule.
    #[serde(default)]
    pub gifts: Option<GiftsRule>,
    /// Public or private business; `null` where the constitution sets no openness rule.
    #[serde(default)]
    pub openness: Option<OpennessRule>,
    /// Declaring and registering interests: the self-assessment questions in the
    /// partnership's words; `null` where the constitution sets no such rule.
    #[serde(default)]
    pub interests: Option<InterestsRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceDocument {
    pub title: String,
    /// When the document was agreed or revised, as written in it ("March 2019").
    #[serde(default)]
    pub date: Option<String>,
}

/// A note on how the source was read, or what it leaves unsaid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Note {
    /// What the note is about: `quorum`, `voting`, `membership`, `chair`, …
    pub topic: String,
    pub text: String,
    pub cite: Vec<String>,
}

impl Note {
    pub fn reason(&self) -> Reason {
        Reason {
            text: self.text.clone(),
            cite: self.cite.clone(),
        }
    }
}

/// The board or one of its sub-groups, with how often it must meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub cadence: Vec<CadenceRule>,
}

/// How a seat takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum SeatClass {
    /// A full (core) member: counts towards quorum and votes where the rules say so.
    Core,
    /// A member who is not a core member (Clackmannanshire's CTSI, Clacks Business).
    Other,
    /// Attends without a vote (officers, standing invitees).
    NonVoting,
}

impl SeatClass {
    pub fn describe(self) -> &'static str {
        match self {
            SeatClass::Core => "core member",
            SeatClass::Other => "other member",
            SeatClass::NonVoting => "non-voting attendee",
        }
    }
}

/// An office a seat holds at the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum SeatRole {
    Chair,
    ViceChair,
}

/// One place on a body: who holds it, for which organisation, and how it takes part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Seat {
    pub id: String,
    /// The member's name or the seat's title.
    pub name: String,
    pub organisation: String,
    pub class: SeatClass,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub role: Option<SeatRole>,
    /// A seat with nobody in post (matters where quorum counts members in post).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub vacant: bool,
}

/// How many must be present, and who counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuorumRule {
    pub headcount: Headcount,
    /// Whether a fraction is taken of every seat or only of seats with someone in post.
    pub base: QuorumBase,
    /// Which seat classes count towards quorum (Clackmannanshire: core only, B2.1).
    pub counting_classes: Vec<SeatClass>,
    /// A composite quorum also needs this many different organisations present.
    #[serde(default)]
    pub min_organisations: Option<u32>,
    pub cite: Vec<String>,
}

/// The number of counting people needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Headcount {
    /// A fixed number, e.g. 7.
    Fixed { count: u32 },
    /// `numerator/denominator` of the base, rounded, plus a number: B2.1 is
    /// 1/2 rounded down plus one.
    Fraction {
        numerator: u32,
        denominator: u32,
        rounding: Rounding,
        plus: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Rounding {
    Down,
    Up,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum QuorumBase {
    /// Every seat of a counting class, filled or not.
    Seats,
    /// Only seats with a member in post (vacancies reduce the quorum).
    MembersInPost,
}

/// When a substitute counts and may act. A substitute stands for an absent member: one
/// seat is counted once, so a substitute whose member is present neither counts nor votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubstituteRule {
    /// Whether members may send substitutes at all.
    pub allowed: bool,
    /// Whether the Chair should be told in advance (a missing notice is a warning).
    pub notify_chair_in_advance: bool,
    pub may_chair: bool,
    pub cite: Vec<String>,
    /// Clauses for the notice-in-advance expectation, when it has its own.
    #[serde(default)]
    pub notice_cite: Vec<String>,
    /// Clauses barring substitutes from the chair, when they have their own.
    #[serde(default)]
    pub chair_cite: Vec<String>,
}

/// Who chairs, and who stands in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChairRule {
    /// Who holds the chair, in the document's words ("the Leader of Clackmannanshire Council").
    pub holder: String,
    pub cite: Vec<String>,
    pub when_absent: ChairAbsence,
    pub absence_cite: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum ChairAbsence {
    /// The meeting nominates one of its members (Clackmannanshire B1.10).
    MembersNominate,
    /// The Vice Chair stands in (Inverclyde 4.3).
    ViceChair,
}

/// How decisions are taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionRules {
    /// Consensus is sought first; a vote is the fallback where a rule is set.
    pub consensus_first: bool,
    pub consensus_cite: Vec<String>,
    /// The rule for ordinary decisions; `null` where no voting rule is set.
    pub ordinary: Option<MajorityRule>,
    /// Special majorities for named kinds of decision (amending the framework, …).
    #[serde(default)]
    pub special: Vec<SpecialMajority>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpecialMajority {
    /// What a motion names to use this rule (`amendFramework`).
    pub id: String,
    pub name: String,
    pub rule: MajorityRule,
}

/// A majority: who votes, what the votes are measured against, and what happens on a tie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MajorityRule {
    /// Seat classes whose votes count.
    pub voting_classes: Vec<SeatClass>,
    pub base: MajorityBase,
    pub threshold: Threshold,
    pub tie: TieRule,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum MajorityBase {
    /// Votes for plus votes against (abstentions excluded; Robert's Rules).
    VotesCast,
    /// Votes for, against and abstentions.
    VotesCastAndAbstentions,
    /// Voting members present and eligible on the item.
    MembersPresent,
    /// Every voting seat of the body, present or not ("of the whole membership").
    AllMembers,
}

impl MajorityBase {
    pub fn describe(self) -> &'static str {
        match self {
            MajorityBase::VotesCast => "votes cast (for and against; abstentions excluded)",
            MajorityBase::VotesCastAndAbstentions => "votes cast including abstentions",
            MajorityBase::MembersPresent => "voting members present and eligible",
            MajorityBase::AllMembers => "the whole voting membership, present or not",
        }
    }
}

/// `comparison` `numerator/denominator` of the base: "more than 1/2", "at least 2/3".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Threshold {
    pub comparison: Comparison,
    pub numerator: u32,
    pub denominator: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Comparison {
    MoreThan,
    AtLeast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum TieRule {
    /// The Chair of the meeting has a casting vote.
    CastingVote,
    /// An equality of votes means the motion is not carried.
    MotionFalls,
}

/// What a declared conflict of interest does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConflictRule {
    /// A conflicted member takes no part in the item, so is not counted for its quorum.
    pub withdraw_from_quorum: bool,
    /// A conflicted member may not vote on the item.
    pub withdraw_from_vote: bool,
    pub cite: Vec<String>,
}

/// Repeated absence without apologies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AbsenceRule {
    /// Consecutive meetings missed without apologies or reasonable excuse before a flag.
    pub consecutive_meetings: u32,
    /// What may follow, in the document's words (never done by the tool).
    pub consequence: String,
    pub cite: Vec<String>,
}

impl Constitution {
    /// The notes on one topic, as reasons to show beside an answer.
    pub fn notes_on(&self, topic: &str) -> Vec<Reason> {
        self.notes
            .iter()
            .filter(|n| n.topic == topic)
            .map(Note::reason)
            .collect()
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }
}
