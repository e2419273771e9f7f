//! Rosters and attendance records: the inputs every meeting engine reads (the roster of
//! seats for this meeting, and who was present, sent apologies or came as a substitute).

use super::rule::Seat;
use serde::{Deserialize, Serialize};

/// The seats of the body for this meeting. Leave it out to use the constitution's
/// `membership`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Roster {
    pub seats: Vec<Seat>,
}

/// Who came, who sent apologies, and who came in someone's place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Attendance {
    /// One entry per seat. A seat with no entry is treated as absent without apologies,
    /// and the report says so.
    #[serde(default)]
    pub members: Vec<MemberAttendance>,
    #[serde(default)]
    pub substitutes: Vec<SubstituteAttendance>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MemberAttendance {
    pub seat: String,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum AttendanceStatus {
    Present,
    /// Absent, having sent apologies.
    Apologies,
    /// Absent with a reasonable excuse accepted by the body.
    ReasonableExcuse,
    /// Absent without apologies or excuse.
    Absent,
}

impl AttendanceStatus {
    pub fn describe(self) -> &'static str {
        match self {
            AttendanceStatus::Present => "present",
            AttendanceStatus::Apologies => "sent apologies",
            AttendanceStatus::ReasonableExcuse => "absent with a reasonable excuse",
            AttendanceStatus::Absent => "absent without apologies",
        }
    }
}

/// Someone attending in place of a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubstituteAttendance {
    pub name: String,
    /// The seat of the member who appointed them.
    pub for_seat: String,
    /// Whether the Chair was told in advance of the substitute's name and position.
    pub notified_in_advance: bool,
}
