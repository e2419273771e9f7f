//! The meeting engines: quorum (`quorum.rs`, B2.1), chair (`chair.rs`, B1.8-B1.10), agenda
//! items (`agenda.rs`, B4.2), votes (`vote.rs`, B4.1) and the attendance register
//! (`attendance.rs`, B1.6). The rules they apply are in `rule.rs`; their inputs in
//! `roster.rs`.
//!
//! Every engine starts from the same inputs: a constitution, a roster of seats and an
//! attendance record. [`Meeting::resolve`] checks them against each other (unknown
//! seats, a seat recorded twice, more seats than any body has) and works out who is in
//! the room for which seat; the engines then apply the constitution's rules to that.

mod agenda;
mod attendance;
mod chair;
mod people;
mod quorum;
mod roster;
pub(crate) mod rule;
mod vote;

pub use agenda::{check_agenda, AgendaInput, AgendaItem, AgendaReport, ItemReport};
pub use attendance::{attendance_report, AbsenceFlag, AttendanceInput, AttendanceReport, MeetingRecord, SeatRecord};
pub use chair::{check_chair, ChairInput, ChairReport, Ineligible};
pub use people::{Meeting, PersonRef, Presence};
pub use quorum::{check_quorum, PersonCount, QuorumInput, QuorumReport, QuorumStatus};
pub use roster::{Attendance, AttendanceStatus, MemberAttendance, Roster, SubstituteAttendance};
pub use rule::{
    quorum_required, AbsenceRule, ChairAbsence, ChairRule, Comparison, ConflictRule, DecisionRules, Headcount,
    MajorityBase, MajorityRule, QuorumBase, QuorumRule, Rounding, Seat, SeatClass, SeatRole, SpecialMajority,
    SubstituteRule, Threshold, TieRule,
};
pub use vote::{
    decide_vote, AcceptedBallot, Ballot, BallotBy, Motion, RefusedBallot, Tally, VoteChoice, VoteInput, VoteOutcome,
    VoteReport,
};
