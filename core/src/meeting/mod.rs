//! The meeting engine (in progress).
mod attendance;
mod people;
mod quorum;
pub use attendance::{Attendance, AttendanceStatus, MemberAttendance, Roster, SubstituteAttendance};
pub use people::{Meeting, PersonRef, Presence};
pub use quorum::{check_quorum, quorum_required, PersonCount, QuorumInput, QuorumReport, QuorumStatus};
