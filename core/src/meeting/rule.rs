//! The meeting rules of a constitution, each with the clauses it encodes, and their
//! validation. The constitution only assembles these sections; the meeting engines apply
//! them.
//!
//! - **Seats** (`membership`): who sits on the body and how each takes part (core, other,
//!   non-voting). Clackmannanshire B1.2 names the core and other members, B1.3 allows more
//!   by mutual agreement; Inverclyde 4.4 gives the Board's places.
//! - **Quorum** (`quorum`): Clackmannanshire B2.1, one half of the core members rounded
//!   down, plus one; a substitute counts only for an absent member. Inverclyde's MoU sets
//!   none: `null`, and the engine says so. Schema version 2 adds the headcounts other
//!   Scottish standing orders write: the greater (or lesser) of several ("one third of the
//!   current voting membership, or three voting members, whichever is the greater"; "one
//!   quarter of the elected members, but never less than three"), and a fraction taken of
//!   one group (`baseClasses`, the elected members in post) while others present also
//!   count (`countingClasses`, with the co-opted members).
//! - **Substitutes** (`substitutes`): Clackmannanshire B1.5, a member may appoint a
//!   substitute to attend and take part, and the Chair should be told in advance;
//!   Inverclyde 4.4, a substitute in consultation with the Chair.
//! - **Chair** (`chair`): Clackmannanshire B1.8-B1.10, the Leader of the Council chairs and
//!   in the Chair's absence the members nominate one of their number, never a substitute;
//!   Inverclyde 4.3, the Vice Chair stands in.
//! - **Decisions** (`decisions`): Clackmannanshire B4.1, broad consensus first, failing
//!   that a simple majority of the core members with the Chair's casting vote; Inverclyde
//!   4.3, consensus, with no voting rule.
//! - **Conflicts** (`conflicts`): Clackmannanshire B4.2 and E5.3, a member with a declared
//!   conflict is not involved in, and does not vote on, the decision.
//! - **Absence** (`absence`): Clackmannanshire B1.6, two consecutive meetings missed
//!   without apologies or reasonable excuse *may* lead to expulsion; the register flags,
//!   and never acts.

use crate::checks::unique_ids;
use crate::error::{ErrorCode, Problems};
use crate::limits::MAX_SEATS;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How a seat takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum SeatRole {
    Chair,
    ViceChair,
}

/// One place on a body: who holds it, for which organisation, and how it takes part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Seat {
    /// A short stable id for the seat, unique in the membership (`nhs-forth-valley`); attendance and votes name it.
    pub id: String,
    /// The member's name or the seat's title.
    pub name: String,
    /// The organisation the seat represents; a composite quorum counts different organisations.
    pub organisation: String,
    /// Core member, other member or non-voting attendee: which quorum and voting rules count the seat.
    pub class: SeatClass,
    /// Chair or Vice Chair, where the seat holds that office; `null` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub role: Option<SeatRole>,
    /// A seat with nobody in post (matters where quorum counts members in post).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub vacant: bool,
    /// `false` for a seat without a vote whatever its class (schema version 2): "a core
    /// member without a vote"; ex officio members "who may attend but cannot vote". Left
    /// out, the class and the majority rule's `votingClasses` decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub votes: Option<bool>,
    /// `false` for a seat whose holder may not take the chair or hold office (schema
    /// version 2): ex officio members who "cannot move motions or hold office". Left out,
    /// the chair rule's `eligibleClasses` decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub may_chair: Option<bool>,
    /// The named groups the seat belongs to (schema version 2), for a quorum's spread
    /// requirements: its ward ("Ward 3"), "councillors", "health board members". Left out,
    /// none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub groups: Vec<String>,
}

impl Seat {
    /// Whether the seat has a vote at all (a seat marked `votes: false` never does).
    pub fn has_vote(&self) -> bool {
        self.votes != Some(false) && self.class != SeatClass::NonVoting
    }
}

/// How many must be present, and who counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuorumRule {
    /// How many counting people are needed: a fixed number, or a fraction of the base.
    pub headcount: Headcount,
    /// Whether a fraction is taken of every seat or only of seats with someone in post.
    pub base: QuorumBase,
    /// Which seat classes count towards quorum when present (Clackmannanshire: core only,
    /// B2.1).
    pub counting_classes: Vec<SeatClass>,
    /// Which seat classes a fraction is taken of, where that is not the same as who counts
    /// (schema version 2): "one third of the elected members in post" is `["core"]` while
    /// co-opted members present also count (`countingClasses: ["core", "other"]`). Left
    /// out, the fraction is of the counting classes (as in schema version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub base_classes: Option<Vec<SeatClass>>,
    /// Only seats with a vote are in the base and count (schema version 2): "one third of
    /// the current voting membership, or three voting members". Left out (`false`), a
    /// seat's class alone decides, as in schema version 1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub voting_members_only: bool,
    /// A composite quorum also needs this many different organisations present.
    #[serde(default)]
    pub min_organisations: Option<u32>,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
    /// Who must be among those counted (schema version 2), each with its clause: "at
    /// least one representative from each ward" (`eachGroup`), "including at least one
    /// councillor and one member from the health board" (two `including`), "from at least
    /// 4 organisations" (`organisations`). Left out, none (beyond `minOrganisations`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub spread: Vec<SpreadRequirement>,
}

/// One spread requirement of a quorum: who must be among the people counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum SpreadRequirement {
    /// At least `atLeast` counted from each of the named groups: "at least one
    /// representative from each ward".
    EachGroup {
        /// The named groups (seats' `groups`), each of which must have enough counted.
        groups: Vec<String>,
        /// How many counted members each group needs at least.
        at_least: u32,
        /// The clauses this requirement comes from.
        cite: Vec<String>,
    },
    /// At least `atLeast` counted from one organisation or one group (give exactly one):
    /// "including at least one councillor" (`group: "councillors"`), "one member from the
    /// health board" (`organisation: "NHS Board"`).
    Including {
        /// The organisation (seats' `organisation`) counted members must include.
        #[serde(default)]
        organisation: Option<String>,
        /// The named group (seats' `groups`) counted members must include.
        #[serde(default)]
        group: Option<String>,
        /// How many counted members of it are needed at least.
        at_least: u32,
        /// The clauses this requirement comes from.
        cite: Vec<String>,
    },
    /// Those counted come from at least `atLeast` different organisations: "7 members
    /// drawn from at least 4 different organisations".
    Organisations {
        /// How many different organisations those counted must come from at least.
        at_least: u32,
        /// The clauses this requirement comes from.
        cite: Vec<String>,
    },
}

crate::json::internally_tagged!(SpreadRequirement);

impl SpreadRequirement {
    pub fn cite(&self) -> &[String] {
        match self {
            SpreadRequirement::EachGroup { cite, .. }
            | SpreadRequirement::Including { cite, .. }
            | SpreadRequirement::Organisations { cite, .. } => cite,
        }
    }

    pub fn at_least(&self) -> u32 {
        match self {
            SpreadRequirement::EachGroup { at_least, .. }
            | SpreadRequirement::Including { at_least, .. }
            | SpreadRequirement::Organisations { at_least, .. } => *at_least,
        }
    }

    /// Whether `seat` is of the organisation or group an `including` requirement names.
    pub fn includes(&self, seat: &Seat) -> bool {
        match self {
            SpreadRequirement::Including {
                organisation: Some(o), ..
            } => &seat.organisation == o,
            SpreadRequirement::Including { group: Some(g), .. } => seat.groups.contains(g),
            _ => false,
        }
    }

    /// The requirement in words: "at least 1 from each of Ward 1, Ward 2 and Ward 3".
    pub fn describe(&self) -> String {
        match self {
            SpreadRequirement::EachGroup { groups, at_least, .. } => {
                format!("at least {at_least} from each of {}", crate::wording::and_list(groups))
            }
            SpreadRequirement::Including {
                organisation,
                group,
                at_least,
                ..
            } => {
                let from = organisation.as_ref().or(group.as_ref()).cloned().unwrap_or_default();
                format!("including at least {at_least} from {from}")
            }
            SpreadRequirement::Organisations { at_least, .. } => {
                format!("from at least {at_least} different organisations")
            }
        }
    }
}

/// The most spread requirements a quorum may set, and the most groups a seat or a
/// requirement may name.
pub const MAX_SPREAD: usize = 16;
pub const MAX_GROUPS: usize = 64;

/// The number of counting people needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// `remote = "Self"` (below) would name the schema "Self": name it for the type.
#[cfg_attr(feature = "schema", schemars(rename = "Headcount"))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum Headcount {
    /// A fixed number, e.g. 7.
    Fixed {
        /// How many counting people must be present.
        count: u32,
    },
    /// `numerator/denominator` of the base, rounded, plus a number: B2.1 is
    /// 1/2 rounded down plus one.
    Fraction {
        /// The top of the fraction: 1 in "half".
        numerator: u32,
        /// The bottom of the fraction: 2 in "half"; never 0.
        denominator: u32,
        /// Whether the fraction of the base is rounded down or up to whole people.
        rounding: Rounding,
        /// People added after rounding: 1 in "half plus one"; 0 for none.
        plus: u32,
    },
    /// The largest of several headcounts (schema version 2): "one third of the current
    /// voting membership, or three voting members, whichever is the greater"; "one
    /// quarter of the elected members, but never less than three".
    GreaterOf {
        /// The headcounts compared (2 to 8; each may itself be one of these, 4 levels deep).
        of: Vec<Headcount>,
    },
    /// The smallest of several headcounts (schema version 2): "one half of the members,
    /// but no more than six".
    LesserOf {
        /// The headcounts compared (2 to 8; each may itself be one of these, 4 levels deep).
        of: Vec<Headcount>,
    },
}

impl Headcount {
    /// The number this headcount needs for a base of `n` seats.
    pub fn required(&self, n: u32) -> u32 {
        match self {
            Headcount::Fixed { count } => *count,
            Headcount::Fraction {
                numerator,
                denominator,
                rounding,
                plus,
            } => {
                let (num, den) = (u64::from(n) * u64::from(*numerator), u64::from((*denominator).max(1)));
                let part = match rounding {
                    Rounding::Down => num / den,
                    Rounding::Up => num.div_ceil(den),
                };
                u32::try_from(part + u64::from(*plus)).unwrap_or(u32::MAX)
            }
            Headcount::GreaterOf { of } => of.iter().map(|h| h.required(n)).max().unwrap_or(0),
            Headcount::LesserOf { of } => of.iter().map(|h| h.required(n)).min().unwrap_or(0),
        }
    }

    /// Whether the headcount depends on the base (has a fraction anywhere).
    pub fn uses_base(&self) -> bool {
        match self {
            Headcount::Fixed { .. } => false,
            Headcount::Fraction { .. } => true,
            Headcount::GreaterOf { of } | Headcount::LesserOf { of } => of.iter().any(Headcount::uses_base),
        }
    }
}

/// The most headcounts a `greaterOf` or `lesserOf` may combine, and how deeply they nest.
pub const MAX_HEADCOUNT_PARTS: usize = 8;
pub const MAX_HEADCOUNT_DEPTH: usize = 4;

// Read inside a visitor, so that errors in a variant carry their field path.
crate::json::internally_tagged!(Headcount);

/// How a fraction of the base is rounded to whole people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Rounding {
    Down,
    Up,
}

/// Whether the quorum is a fraction of all seats or only of seats filled (members in post).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubstituteRule {
    /// Whether members may send substitutes at all.
    pub allowed: bool,
    /// Whether the Chair should be told in advance (a missing notice is a warning).
    pub notify_chair_in_advance: bool,
    /// Whether a substitute may chair the meeting.
    pub may_chair: bool,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChairRule {
    /// Who holds the chair, in the document's words ("the Leader of Clackmannanshire Council").
    pub holder: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
    /// Who chairs when the Chair is absent: the Vice Chair, a member the meeting nominates,
    /// or (schema version 2) `succession`, the steps listed in `succession`.
    pub when_absent: ChairAbsence,
    /// The clauses for who chairs when the Chair is absent.
    pub absence_cite: Vec<String>,
    /// The steps tried in order when the Chair is absent (schema version 2, with
    /// `whenAbsent: "succession"`): "the Vice Chair, and failing that a member chosen by a
    /// simple majority of those present". Left out, `whenAbsent` alone is the rule (the
    /// version-1 rules read as the one step they name, see [`ChairRule::steps`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub succession: Option<Vec<ChairStep>>,
    /// The seat classes whose members may take the chair (schema version 2). Left out,
    /// any member of the body may (every class but non-voting attendees), as in schema
    /// version 1; a seat marked `mayChair: false` never may.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub eligible_classes: Option<Vec<SeatClass>>,
}

impl ChairRule {
    /// The steps tried in order when the Chair is absent: `succession`, or the one step
    /// `whenAbsent` names (the Vice Chair, or the members choosing one of their number),
    /// cited to `absenceCite`.
    pub fn steps(&self) -> Vec<ChairStep> {
        match (self.when_absent, &self.succession) {
            (ChairAbsence::Succession, Some(steps)) => steps.clone(),
            (ChairAbsence::ViceChair, _) => vec![ChairStep::Office {
                role: SeatRole::ViceChair,
                cite: self.absence_cite.clone(),
            }],
            (ChairAbsence::MembersNominate, _) | (ChairAbsence::Succession, None) => vec![ChairStep::MembersChoose {
                method: None,
                cite: self.absence_cite.clone(),
            }],
        }
    }

    /// Why the holder of `seat` may not take the chair, or `None` if they may.
    pub fn barred(&self, seat: &Seat) -> Option<String> {
        if seat.may_chair == Some(false) {
            return Some(format!("{}: may not take the chair or hold office", seat.name));
        }
        match &self.eligible_classes {
            Some(classes) if !classes.contains(&seat.class) => {
                let who: Vec<String> = classes.iter().map(|c| format!("{}s", c.describe())).collect();
                Some(format!(
                    "{}: only {} may take the chair under this constitution",
                    seat.name,
                    crate::wording::and_list(&who)
                ))
            }
            None if seat.class == SeatClass::NonVoting => Some(format!(
                "{}: attends without a vote and is not a member who may be nominated",
                seat.name
            )),
            _ => None,
        }
    }
}

/// Who chairs a meeting when the Chair is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum ChairAbsence {
    /// The meeting nominates one of its members (Clackmannanshire B1.10).
    MembersNominate,
    /// The Vice Chair stands in (Inverclyde 4.3).
    ViceChair,
    /// The steps of `succession`, in order (schema version 2).
    Succession,
}

/// One step of a chair succession: who is tried, in the document's order, when the Chair
/// is absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum ChairStep {
    /// The holder of an office takes the chair if present and able to: "the Vice Chair".
    Office {
        /// The office tried ("viceChair").
        role: SeatRole,
        /// The clauses this step comes from.
        cite: Vec<String>,
    },
    /// The holder of one named seat takes the chair if present and able to ("the Depute
    /// Leader of the Council").
    Seat {
        /// The id of the seat tried (one of the membership's seats).
        seat: String,
        /// The clauses this step comes from.
        cite: Vec<String>,
    },
    /// The members present choose one of their number: "a member chosen by a simple
    /// majority of those present". `method` is how, in the document's words (left out:
    /// the meeting nominates). Always the last step: it always settles who may chair.
    MembersChoose {
        /// How the members choose, in the document's words ("by a simple majority of
        /// those present"); left out, the meeting nominates.
        #[serde(default)]
        method: Option<String>,
        /// The clauses this step comes from.
        cite: Vec<String>,
    },
}

crate::json::internally_tagged!(ChairStep);

impl ChairStep {
    pub fn cite(&self) -> &[String] {
        match self {
            ChairStep::Office { cite, .. } | ChairStep::Seat { cite, .. } | ChairStep::MembersChoose { cite, .. } => {
                cite
            }
        }
    }
}

/// The most steps a chair succession may list.
pub const MAX_CHAIR_STEPS: usize = 8;

/// How decisions are taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionRules {
    /// Consensus is sought first; a vote is the fallback where a rule is set.
    pub consensus_first: bool,
    /// The clauses saying that consensus is sought first.
    pub consensus_cite: Vec<String>,
    /// The rule for ordinary decisions; `null` where no voting rule is set.
    pub ordinary: Option<MajorityRule>,
    /// Special majorities for named kinds of decision (amending the framework, …).
    #[serde(default)]
    pub special: Vec<SpecialMajority>,
    /// Motions must be moved and seconded before they are put (schema version 2): "every
    /// motion and amendment shall be moved and seconded". Left out, no mover or seconder
    /// is required, as in schema version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub mover_and_seconder: Option<super::motion_rule::MoverSecondingRule>,
    /// When a vote is taken by roll call, each member's vote recorded in the minute (schema
    /// version 2): always, or where a number of members ask for it. Left out, votes are
    /// minuted as totals only, as in schema version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub roll_call: Option<super::motion_rule::RollCallRule>,
}

/// A majority for a named kind of decision, such as amending the framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpecialMajority {
    /// What a motion names to use this rule (`amendFramework`).
    pub id: String,
    /// What the decision is, in the document's words ("Amendment to the Governance Framework").
    pub name: String,
    /// The majority such a decision needs.
    pub rule: MajorityRule,
}

/// A majority: who votes, what the votes are measured against, and what happens on a tie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MajorityRule {
    /// Seat classes whose votes count.
    pub voting_classes: Vec<SeatClass>,
    /// What the votes for are measured against: the votes cast, with or without abstentions, the members present, or the whole membership.
    pub base: MajorityBase,
    /// How many of the base must vote for: "more than 1/2", "at least 2/3".
    pub threshold: Threshold,
    /// What happens on equal votes: the Chair's casting vote, or the motion falls.
    pub tie: TieRule,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// What the votes for are measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Threshold {
    /// "more than" (a simple majority is more than half) or "at least" (two-thirds).
    pub comparison: Comparison,
    /// The top of the fraction: 1 in 1/2, 2 in 2/3.
    pub numerator: u32,
    /// The bottom of the fraction: 2 in 1/2, 3 in 2/3; never 0.
    pub denominator: u32,
}

/// How the votes for compare with the fraction: "more than" or "at least".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Comparison {
    MoreThan,
    AtLeast,
}

/// What happens when the votes for and against are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConflictRule {
    /// A conflicted member takes no part in the item, so is not counted for its quorum.
    pub withdraw_from_quorum: bool,
    /// A conflicted member may not vote on the item.
    pub withdraw_from_vote: bool,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// Repeated absence without apologies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AbsenceRule {
    /// Consecutive meetings missed without apologies or reasonable excuse before a flag.
    pub consecutive_meetings: u32,
    /// What may follow, in the document's words (never done by the tool).
    pub consequence: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// The number required for a base of `n` seats (of the base classes).
pub fn quorum_required(rule: &QuorumRule, n: u32) -> u32 {
    rule.headcount.required(n)
}

impl QuorumRule {
    /// The seat classes a fraction is taken of: `baseClasses`, or else the counting classes.
    pub fn base_classes(&self) -> &[SeatClass] {
        self.base_classes.as_deref().unwrap_or(&self.counting_classes)
    }

    /// Whether `seat` is in the base the fraction is taken of.
    pub fn in_base(&self, seat: &Seat) -> bool {
        self.base_classes().contains(&seat.class)
            && !(self.base == QuorumBase::MembersInPost && seat.vacant)
            && (!self.voting_members_only || seat.has_vote())
    }

    /// Whether the holder of `seat`, when present, counts towards quorum.
    pub fn counts(&self, seat: &Seat) -> bool {
        self.counting_classes.contains(&seat.class) && (!self.voting_members_only || seat.has_vote())
    }
}

/// The fields that schema version 1 did not have, where a constitution uses them (a
/// version-1 constitution using them is refused, not half-read).
pub fn version_2_fields(q: Option<&QuorumRule>, membership: &[Seat], chair: &ChairRule) -> Vec<String> {
    fn walk(h: &Headcount, path: &str, out: &mut Vec<String>) {
        if let Headcount::GreaterOf { .. } | Headcount::LesserOf { .. } = h {
            out.push(format!("{path}.kind"));
        }
    }
    let mut out = Vec::new();
    if let Some(q) = q {
        walk(&q.headcount, "quorum.headcount", &mut out);
        if q.base_classes.is_some() {
            out.push("quorum.baseClasses".to_string());
        }
        if q.voting_members_only {
            out.push("quorum.votingMembersOnly".to_string());
        }
        if !q.spread.is_empty() {
            out.push("quorum.spread".to_string());
        }
    }
    for (i, seat) in membership.iter().enumerate() {
        if seat.votes.is_some() {
            out.push(format!("membership[{i}].votes"));
        }
        if seat.may_chair.is_some() {
            out.push(format!("membership[{i}].mayChair"));
        }
        if !seat.groups.is_empty() {
            out.push(format!("membership[{i}].groups"));
        }
    }
    if chair.eligible_classes.is_some() {
        out.push("chair.eligibleClasses".to_string());
    }
    if chair.when_absent == ChairAbsence::Succession {
        out.push("chair.whenAbsent".to_string());
    }
    if chair.succession.is_some() {
        out.push("chair.succession".to_string());
    }
    out
}

/// Problems with `chair`, checked against the seats the document names.
pub fn validate_chair(p: &mut Problems, membership: &[Seat], chair: &ChairRule) {
    if let Some(classes) = &chair.eligible_classes {
        if classes.is_empty() {
            p.push(
                ErrorCode::OutOfRange,
                "chair.eligibleClasses",
                "must name at least one seat class, or be left out so that any member may chair",
            );
        }
    }
    succession(p, membership, chair);
    for (i, seat) in membership.iter().enumerate() {
        if let (Some(role), Some(why)) = (seat.role, chair.barred(seat)) {
            let office = if role == SeatRole::Chair { "Chair" } else { "Vice Chair" };
            p.push(
                ErrorCode::OutOfRange,
                format!("membership[{i}].role"),
                format!("is the {office}, but {why}"),
            );
        }
    }
}

/// Problems with `chair.succession`: it goes with `whenAbsent: "succession"`, lists 1 to
/// [`MAX_CHAIR_STEPS`] steps each citing its clause, names seats the membership has (where
/// it names any), and ends at the members choosing, if they choose at all.
fn succession(p: &mut Problems, membership: &[Seat], chair: &ChairRule) {
    let steps = match (chair.when_absent, &chair.succession) {
        (ChairAbsence::Succession, Some(steps)) => steps,
        (ChairAbsence::Succession, None) => {
            p.push(
                ErrorCode::OutOfRange,
                "chair.succession",
                "must list the steps tried when the Chair is absent, since whenAbsent is \"succession\"",
            );
            return;
        }
        (_, Some(_)) => {
            p.push(
                ErrorCode::OutOfRange,
                "chair.whenAbsent",
                "must be \"succession\" where chair.succession lists the steps, or the two rules could disagree",
            );
            return;
        }
        (_, None) => return,
    };
    if steps.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            "chair.succession",
            "must list at least one step tried when the Chair is absent",
        );
    } else if steps.len() > MAX_CHAIR_STEPS {
        p.push(
            ErrorCode::TooLarge,
            "chair.succession",
            format!("lists {} steps; at most {MAX_CHAIR_STEPS} are accepted", steps.len()),
        );
        return;
    }
    let mut offices = BTreeSet::new();
    for (i, step) in steps.iter().enumerate() {
        let path = format!("chair.succession[{i}]");
        crate::checks::rule_citations(p, &format!("{path}.cite"), step.cite());
        match step {
            ChairStep::Office { role, .. } => {
                if *role == SeatRole::Chair {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("{path}.role"),
                        "is the Chair, who is tried before any step: the steps say who chairs when the Chair is absent",
                    );
                } else if !offices.insert(format!("{role:?}")) {
                    p.push(
                        ErrorCode::DuplicateId,
                        format!("{path}.role"),
                        "names an office an earlier step already tried",
                    );
                }
            }
            ChairStep::Seat { seat, .. } => {
                if seat.trim().is_empty() {
                    p.push(ErrorCode::OutOfRange, format!("{path}.seat"), "must name a seat id");
                } else if !membership.is_empty() && !membership.iter().any(|s| &s.id == seat) {
                    p.push(
                        ErrorCode::UnknownReference,
                        format!("{path}.seat"),
                        format!(
                            "names seat \"{}\", which the membership does not have",
                            crate::wording::cut_marked(seat, 60)
                        ),
                    );
                } else if !offices.insert(format!("seat {seat}")) {
                    p.push(
                        ErrorCode::DuplicateId,
                        format!("{path}.seat"),
                        "names a seat an earlier step already tried",
                    );
                }
            }
            ChairStep::MembersChoose { method, .. } => {
                if let Some(m) = method {
                    crate::checks::required_text(p, &format!("{path}.method"), m, crate::limits::MAX_DOCUMENT_TEXT);
                }
                if i + 1 < steps.len() {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("chair.succession[{}]", i + 1),
                        "can never be reached: the members choosing (the step before) always settles who may chair",
                    );
                }
            }
        }
    }
}

/// Problems with `membership`.
pub fn validate_seats(p: &mut Problems, membership: &[Seat]) {
    if membership.len() > MAX_SEATS {
        p.push(
            ErrorCode::TooLarge,
            "membership",
            format!("has {} seats; at most {MAX_SEATS} are accepted", membership.len()),
        );
    }
    unique_ids(p, "membership", membership.iter().map(|s| s.id.as_str()));
    for (i, seat) in membership.iter().enumerate() {
        seat_groups(p, &format!("membership[{i}].groups"), &seat.groups);
    }
}

/// Problems with one seat's `groups` at `path` (a roster's seats are checked the same way).
pub fn seat_groups(p: &mut Problems, path: &str, groups: &[String]) {
    if groups.len() > MAX_GROUPS {
        p.push(
            ErrorCode::TooLarge,
            path,
            format!("names {} groups; at most {MAX_GROUPS} are accepted", groups.len()),
        );
        return;
    }
    for (j, g) in groups.iter().enumerate() {
        crate::checks::required_text(p, &format!("{path}[{j}]"), g, crate::limits::MAX_SHORT_TEXT);
    }
    let mut seen = BTreeSet::new();
    for (j, g) in groups.iter().enumerate() {
        if !seen.insert(g.as_str()) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{path}[{j}]"),
                format!("names group \"{}\" twice", crate::wording::cut_marked(g, 60)),
            );
        }
    }
}

/// Problems with `quorum.spread`: each requirement cites its clause, asks for at least one,
/// names groups and organisations the membership has (where it names its seats), and can be
/// met by the seats that count.
fn validate_spread(p: &mut Problems, membership: &[Seat], q: &QuorumRule) {
    if q.spread.len() > MAX_SPREAD {
        p.push(
            ErrorCode::TooLarge,
            "quorum.spread",
            format!(
                "sets {} requirements; at most {MAX_SPREAD} are accepted",
                q.spread.len()
            ),
        );
        return;
    }
    let counting: Vec<&Seat> = membership
        .iter()
        .filter(|s| q.counts(s) && !(q.base == QuorumBase::MembersInPost && s.vacant))
        .collect();
    let named = !membership.is_empty();
    let short = |p: &mut Problems, path: String, have: usize, need: u32, what: &str| {
        if named && (have as u64) < u64::from(need) {
            p.push(
                ErrorCode::OutOfRange,
                path,
                format!("needs {need} from {what}, but the membership has only {have} seats there that count"),
            );
        }
    };
    for (i, r) in q.spread.iter().enumerate() {
        let path = format!("quorum.spread[{i}]");
        crate::checks::rule_citations(p, &format!("{path}.cite"), r.cite());
        if r.at_least() == 0 {
            p.push(ErrorCode::OutOfRange, format!("{path}.atLeast"), "must be at least 1");
        }
        match r {
            SpreadRequirement::EachGroup { groups, at_least, .. } => {
                if groups.is_empty() {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("{path}.groups"),
                        "must name at least one group",
                    );
                }
                seat_groups(p, &format!("{path}.groups"), groups);
                for (j, g) in groups.iter().enumerate() {
                    let members = membership.iter().filter(|s| s.groups.contains(g)).count();
                    if named && members == 0 {
                        p.push(
                            ErrorCode::UnknownReference,
                            format!("{path}.groups[{j}]"),
                            format!(
                                "names group \"{}\", which no seat of the membership belongs to",
                                crate::wording::cut_marked(g, 60)
                            ),
                        );
                    } else {
                        let have = counting.iter().filter(|s| s.groups.contains(g)).count();
                        short(p, format!("{path}.groups[{j}]"), have, *at_least, g);
                    }
                }
            }
            SpreadRequirement::Including {
                organisation,
                group,
                at_least,
                ..
            } => match (organisation, group) {
                (Some(_), Some(_)) | (None, None) => p.push(
                    ErrorCode::OutOfRange,
                    path.clone(),
                    "must name either an organisation or a group (exactly one)",
                ),
                (Some(name), None) | (None, Some(name)) => {
                    let field = if organisation.is_some() {
                        "organisation"
                    } else {
                        "group"
                    };
                    crate::checks::required_text(p, &format!("{path}.{field}"), name, crate::limits::MAX_SHORT_TEXT);
                    let members = membership.iter().filter(|s| r.includes(s)).count();
                    if named && members == 0 && !name.trim().is_empty() {
                        p.push(
                            ErrorCode::UnknownReference,
                            format!("{path}.{field}"),
                            format!(
                                "names {field} \"{}\", which no seat of the membership has",
                                crate::wording::cut_marked(name, 60)
                            ),
                        );
                    } else {
                        let have = counting.iter().filter(|s| r.includes(s)).count();
                        short(p, format!("{path}.atLeast"), have, *at_least, name);
                    }
                }
            },
            SpreadRequirement::Organisations { at_least, .. } => {
                let orgs: BTreeSet<&str> = counting.iter().map(|s| s.organisation.as_str()).collect();
                if named && (orgs.len() as u64) < u64::from(*at_least) {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("{path}.atLeast"),
                        format!(
                            "needs {at_least} different organisations but the membership has only {}",
                            orgs.len()
                        ),
                    );
                }
            }
        }
    }
}

/// Problems with `decisions`: every majority rule must be reachable.
pub fn validate_decisions(p: &mut Problems, d: &DecisionRules) {
    if let Some(rule) = &d.ordinary {
        majority(p, "decisions.ordinary", rule);
    }
    unique_ids(p, "decisions.special", d.special.iter().map(|s| s.id.as_str()));
    for (i, s) in d.special.iter().enumerate() {
        majority(p, &format!("decisions.special[{i}].rule"), &s.rule);
    }
}

/// Problems with `absence`.
pub fn validate_absence(p: &mut Problems, a: &AbsenceRule) {
    if a.consecutive_meetings == 0 || a.consecutive_meetings > 100 {
        p.push(
            ErrorCode::OutOfRange,
            "absence.consecutiveMeetings",
            "must be between 1 and 100",
        );
    }
}

/// Problems with `quorum`, checked against the seats the document names.
pub fn validate_quorum(p: &mut Problems, membership: &[Seat], q: &QuorumRule) {
    if q.counting_classes.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.countingClasses",
            "must name at least one seat class, or nobody could count",
        );
    }
    if let Some(classes) = &q.base_classes {
        if classes.is_empty() {
            p.push(
                ErrorCode::OutOfRange,
                "quorum.baseClasses",
                "must name at least one seat class, or be left out to take the fraction of the counting classes",
            );
        }
    }
    headcount(p, "quorum.headcount", &q.headcount, 1);
    validate_spread(p, membership, q);
    if let Some(0) = q.min_organisations {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.minOrganisations",
            "must be at least 1, or left out",
        );
    }
    // Where the document names its seats, a quorum must be reachable with them.
    let base = membership.iter().filter(|s| q.in_base(s)).count() as u32;
    let counting: Vec<_> = membership
        .iter()
        .filter(|s| q.counts(s) && !(q.base == QuorumBase::MembersInPost && s.vacant))
        .collect();
    if counting.is_empty() {
        return;
    }
    let needed = quorum_required(q, base);
    if needed > counting.len() as u32 {
        p.push(
            ErrorCode::OutOfRange,
            "quorum.headcount",
            format!(
                "needs {} present but the membership has only {} that count",
                crate::wording::count(needed, "member"),
                crate::wording::count(counting.len(), "seat")
            ),
        );
    }
    let orgs: BTreeSet<&str> = counting.iter().map(|s| s.organisation.as_str()).collect();
    if let Some(min) = q.min_organisations {
        if min as usize > orgs.len() {
            p.push(
                ErrorCode::OutOfRange,
                "quorum.minOrganisations",
                format!(
                    "needs {} but the membership has only {}",
                    crate::wording::count(min, "different organisation"),
                    orgs.len()
                ),
            );
        }
    }
}

/// Problems with one headcount at `path`, `depth` levels deep.
fn headcount(p: &mut Problems, path: &str, h: &Headcount, depth: usize) {
    match h {
        Headcount::Fixed { count: 0 } => p.push(ErrorCode::OutOfRange, format!("{path}.count"), "must be at least 1"),
        Headcount::Fixed { .. } => {}
        Headcount::Fraction {
            numerator, denominator, ..
        } => {
            if *denominator == 0 {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.denominator"),
                    "must be at least 1 (it divides)",
                );
            } else if numerator > denominator {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.numerator"),
                    "must not exceed the denominator: a quorum cannot be more than every seat",
                );
            }
        }
        Headcount::GreaterOf { of } | Headcount::LesserOf { of } => {
            let which = if matches!(h, Headcount::GreaterOf { .. }) {
                "greater"
            } else {
                "lesser"
            };
            if of.len() < 2 {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{path}.of"),
                    format!("must list at least two headcounts to take the {which} of"),
                );
            } else if of.len() > MAX_HEADCOUNT_PARTS {
                p.push(
                    ErrorCode::TooLarge,
                    format!("{path}.of"),
                    format!(
                        "lists {} headcounts; at most {MAX_HEADCOUNT_PARTS} are accepted",
                        of.len()
                    ),
                );
                return;
            }
            if depth >= MAX_HEADCOUNT_DEPTH {
                p.push(
                    ErrorCode::TooLarge,
                    format!("{path}.of"),
                    format!("nests headcounts more than {MAX_HEADCOUNT_DEPTH} deep"),
                );
                return;
            }
            for (i, part) in of.iter().enumerate() {
                headcount(p, &format!("{path}.of[{i}]"), part, depth + 1);
            }
        }
    }
}

fn majority(p: &mut Problems, path: &str, rule: &MajorityRule) {
    let t = rule.threshold;
    if t.denominator == 0 {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.threshold.denominator"),
            "must be at least 1 (it divides)",
        );
    } else if t.numerator == 0 || t.numerator > t.denominator {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.threshold.numerator"),
            "must be between 1 and the denominator",
        );
    }
    if rule.voting_classes.is_empty() {
        p.push(
            ErrorCode::OutOfRange,
            format!("{path}.votingClasses"),
            "must name at least one seat class, or nobody could vote",
        );
    }
}

#[cfg(test)]
mod headcount_tests {
    use super::{Headcount, Rounding};
    use proptest::prelude::*;

    fn third_up() -> Headcount {
        Headcount::Fraction {
            numerator: 1,
            denominator: 3,
            rounding: Rounding::Up,
            plus: 0,
        }
    }

    #[test]
    fn whichever_is_the_greater() {
        let h = Headcount::GreaterOf {
            of: vec![third_up(), Headcount::Fixed { count: 3 }],
        };
        assert_eq!(h.required(12), 4);
        assert_eq!(h.required(6), 3);
        assert_eq!(h.required(0), 3);
    }

    proptest! {
        #[test]
        fn greater_and_lesser_bound_their_parts(n in 0u32..2_000, fixed in 1u32..50) {
            let parts = vec![third_up(), Headcount::Fixed { count: fixed }];
            let greater = Headcount::GreaterOf { of: parts.clone() }.required(n);
            let lesser = Headcount::LesserOf { of: parts.clone() }.required(n);
            for p in &parts {
                prop_assert!(lesser <= p.required(n) && p.required(n) <= greater);
            }
            prop_assert!(parts.iter().any(|p| p.required(n) == greater));
            prop_assert!(parts.iter().any(|p| p.required(n) == lesser));
        }
    }
}
