//! The meeting engine: quorum, chair, agenda items, votes, the attendance register and
//! the draft minute.
//!
//! Every engine starts from the same inputs: a constitution, a roster of seats and an
//! attendance record. [`Meeting::resolve`] checks them against each other (unknown
//! seats, a seat recorded twice, more seats than any body has) and works out who is in
//! the room for which seat; the engines then apply the constitution's rules to that.

mod agenda;
mod attendance;
mod chair;
mod minute;
mod people;
mod quorum;
mod register;
mod vote;

pub use agenda::{check_agenda, AgendaInput, AgendaItem, AgendaReport, ItemReport};
pub use attendance::{Attendance, AttendanceStatus, MemberAttendance, Roster, SubstituteAttendance};
pub use chair::{check_chair, ChairInput, ChairReport, Ineligible};
pub use minute::{
    draft_minute, Declaration, DeclarationKind, MinuteAttendee, MinuteDeclaration, MinuteInput, MinuteItem,
    MinuteItemReport, MinuteMeeting, MinuteMotion, MinuteReport, MinuteVote, MinuteVoteInput, Sederunt, SederuntEntry,
};
pub use people::{Meeting, PersonRef, Presence};
pub use quorum::{check_quorum, quorum_required, PersonCount, QuorumInput, QuorumReport, QuorumStatus};
pub use register::{attendance_report, AbsenceFlag, AttendanceInput, AttendanceReport, MeetingRecord, SeatRecord};
pub use vote::{
    decide_vote, AcceptedBallot, Ballot, BallotBy, Motion, RefusedBallot, Tally, VoteChoice, VoteInput, VoteOutcome,
    VoteReport,
};
