//! The meeting engines: quorum (`quorum.rs`, B2.1), chair (`chair.rs`, B1.8-B1.10), agenda
//! items (`agenda.rs`, B4.2), votes (`vote.rs`, B4.1) and the attendance register
//! (`attendance.rs`, B1.6, with who held which seat when in `membership.rs`); the draft minute (`minute/`, SPEC 2.5). The rules they apply are in `rule.rs`; their inputs in
//! `roster.rs`.
//!
//! Every engine starts from the same inputs: a constitution, a roster of seats and an
//! attendance record. [`Meeting::resolve`] checks them against each other (unknown
//! seats, a seat recorded twice, more seats than any body has) and works out who is in
//! the room for which seat; the engines then apply the constitution's rules to that.
//!
//! ```
//! use quorate_core::meeting;
//!
//! // Six of the Alliance's members present; four for, two against (B4.1: a simple majority).
//! let input: meeting::VoteInput = serde_json::from_str(r#"{
//!   "constitution": "clackmannanshire-2019",
//!   "attendance": { "members": [
//!     { "seat": "council-leader", "status": "present" }, { "seat": "council-party-2", "status": "present" },
//!     { "seat": "council-party-3", "status": "present" }, { "seat": "council-chief-executive", "status": "present" },
//!     { "seat": "nhs-forth-valley", "status": "present" }, { "seat": "sfrs", "status": "present" } ] },
//!   "motion": { "title": "Approve the LOIP report" },
//!   "votes": [
//!     { "seat": "council-leader", "vote": "for" }, { "seat": "council-party-2", "vote": "for" },
//!     { "seat": "council-party-3", "vote": "for" }, { "seat": "council-chief-executive", "vote": "for" },
//!     { "seat": "nhs-forth-valley", "vote": "against" }, { "seat": "sfrs", "vote": "against" } ]
//! }"#).unwrap();
//! let report = serde_json::to_value(meeting::decide_vote(&input).unwrap()).unwrap();
//! assert_eq!(report["outcome"], "carried");
//! assert_eq!(report["summary"], "Carried: 4 for, 2 against, 0 abstaining (3 needed).");
//! assert!(report["citations"].as_array().unwrap().iter().any(|c| c == "clackmannanshire-2019 B4.1"));
//! ```

mod agenda;
mod attendance;
mod chair;
mod membership;
mod minute;
mod motion;
pub(crate) mod motion_rule;
mod people;
mod quorum;
mod roster;
pub(crate) mod rule;
mod vote;

pub use agenda::{check_agenda, AgendaInput, AgendaItem, AgendaReport, ItemReport};
pub use attendance::{
    attendance_report, AbsenceFlag, AttendanceInput, AttendanceReport, MeetingRecord, MemberRecord, MemberTerm,
    SeatRecord, UnattributedRecord,
};
pub use chair::{check_chair, ChairInput, ChairReport, Ineligible};
pub use membership::{Holding, UnattributedSubstitute};
pub use minute::{
    draft_minute, Declaration, DeclarationKind, MinuteAttendee, MinuteDeclaration, MinuteInput, MinuteItem,
    MinuteItemReport, MinuteMeeting, MinuteMotion, MinuteReport, MinuteVote, MinuteVoteInput, Sederunt, SederuntEntry,
};
pub use motion::{Proposer, RollCallEntry, RollCallVote};
pub use motion_rule::{validate_motions, MoverSecondingRule, RollCallRule, RollCallWhen};
pub use people::{Meeting, PersonRef, Presence};
pub use quorum::{check_quorum, PersonCount, QuorumInput, QuorumReport, QuorumStatus, Shortfall, SpreadCheck};
pub use roster::{Attendance, AttendanceStatus, MemberAttendance, Roster, SubstituteAttendance};
pub use rule::{
    quorum_required, AbsenceRule, ChairAbsence, ChairRule, ChairStep, Comparison, ConflictRule, DecisionRules,
    Headcount, MajorityBase, MajorityRule, QuorumBase, QuorumRule, Rounding, Seat, SeatClass, SeatRole,
    SpecialMajority, SubstituteRule, Threshold, TieRule,
};
pub use vote::{
    decide_vote, AcceptedBallot, Ballot, BallotBy, Motion, RefusedBallot, Tally, VoteChoice, VoteInput, VoteOutcome,
    VoteReport,
};
