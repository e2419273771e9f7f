//! Who is in the room, for which seat: the resolution every engine shares.

use super::roster::{Attendance, AttendanceStatus, Roster};
use super::rule::{Seat, SeatClass, SeatRole};
use crate::constitution::Constitution;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::{shown, MAX_SEATS};
use crate::wording::cut;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A person named in a report: the member of a seat, or a substitute for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    pub name: String,
    pub seat: String,
    pub organisation: String,
    pub substitute: bool,
}

/// How a seat is represented at the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Presence {
    /// The member is present.
    Member,
    /// The member is absent and the first substitute stands for the seat.
    Substitute { index: usize },
    /// Nobody is present for the seat.
    Nobody,
}

/// The meeting after checking the roster and attendance against each other.
#[derive(Debug, Clone)]
pub struct Meeting<'a> {
    pub constitution: &'a Constitution,
    pub seats: &'a [Seat],
    pub attendance: &'a Attendance,
    /// Attendance status per seat index (absent when not recorded).
    pub status: Vec<AttendanceStatus>,
    /// Whether each seat had an attendance entry.
    pub recorded: Vec<bool>,
    /// Substitute indices per seat index, in the order given.
    pub substitutes: Vec<Vec<usize>>,
    by_id: BTreeMap<&'a str, usize>,
}

impl<'a> Meeting<'a> {
    /// Check `roster` (or the constitution's membership) and `attendance` together.
    /// `at` is the field that holds the attendance (`attendance`, `meetings[2].attendance`).
    pub fn resolve(
        constitution: &'a Constitution,
        roster: Option<&'a Roster>,
        attendance: &'a Attendance,
        at: &str,
    ) -> Result<Meeting<'a>, Error> {
        let (seats, seats_path): (&[Seat], &str) = match roster {
            Some(r) => (&r.seats, "roster.seats"),
            None => (&constitution.membership, "constitution.membership"),
        };
        check_roster(seats, seats_path)?;
        if roster.is_some() {
            let mut p = Problems::new();
            for (i, seat) in seats.iter().enumerate() {
                super::rule::seat_groups(&mut p, &format!("{seats_path}[{i}].groups"), &seat.groups);
                if let (Some(_), Some(why)) = (seat.role, constitution.chair.barred(seat)) {
                    p.push(
                        ErrorCode::OutOfRange,
                        format!("{seats_path}[{i}].role"),
                        format!("holds an office, but {why}"),
                    );
                }
            }
            p.into_input_result("The roster is not valid")?;
        }
        let by_id: BTreeMap<&str, usize> = seats.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let mut status = vec![AttendanceStatus::Absent; seats.len()];
        let mut recorded = vec![false; seats.len()];
        let mut p = Problems::new();
        if attendance.members.len() > MAX_SEATS || attendance.substitutes.len() > MAX_SEATS {
            return Err(Error::at(
                ErrorCode::TooLarge,
                at,
                format!("at most {MAX_SEATS} entries are accepted"),
            ));
        }
        for (i, m) in attendance.members.iter().enumerate() {
            let path = format!("{at}.members[{i}].seat");
            match by_id.get(m.seat.as_str()) {
                None => p.push(ErrorCode::UnknownReference, path, unknown_seat(&m.seat, seats_path)),
                Some(&s) if recorded[s] => p.push(
                    ErrorCode::DuplicateId,
                    path,
                    format!("seat \"{}\" is recorded more than once", m.seat),
                ),
                Some(&s) if seats[s].vacant && m.status == AttendanceStatus::Present => p.push(
                    ErrorCode::OutOfRange,
                    format!("{at}.members[{i}].status"),
                    format!("seat \"{}\" is vacant, so nobody can be present as its member", m.seat),
                ),
                Some(&s) => {
                    recorded[s] = true;
                    status[s] = m.status;
                }
            }
        }
        let mut substitutes = vec![Vec::new(); seats.len()];
        for (i, sub) in attendance.substitutes.iter().enumerate() {
            if sub.name.trim().is_empty() {
                p.push(
                    ErrorCode::InvalidInput,
                    format!("{at}.substitutes[{i}].name"),
                    "must not be empty",
                );
            }
            match by_id.get(sub.for_seat.as_str()) {
                None => p.push(
                    ErrorCode::UnknownReference,
                    format!("{at}.substitutes[{i}].forSeat"),
                    unknown_seat(&sub.for_seat, seats_path),
                ),
                Some(&s) => substitutes[s].push(i),
            }
        }
        p.into_input_result("The attendance record does not match the roster")?;
        Ok(Meeting {
            constitution,
            seats,
            attendance,
            status,
            recorded,
            substitutes,
            by_id,
        })
    }

    pub fn seat_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Who, if anyone, stands for seat `s`.
    pub fn presence(&self, s: usize) -> Presence {
        if self.status[s] == AttendanceStatus::Present {
            Presence::Member
        } else if self.constitution.substitutes.allowed {
            self.substitutes[s]
                .first()
                .map_or(Presence::Nobody, |&index| Presence::Substitute { index })
        } else {
            Presence::Nobody
        }
    }

    pub fn member_ref(&self, s: usize) -> PersonRef {
        let seat = &self.seats[s];
        PersonRef {
            name: seat.name.clone(),
            seat: seat.id.clone(),
            organisation: seat.organisation.clone(),
            substitute: false,
        }
    }

    pub fn substitute_ref(&self, index: usize) -> PersonRef {
        let sub = &self.attendance.substitutes[index];
        let organisation = self
            .seat_index(&sub.for_seat)
            .map(|s| self.seats[s].organisation.clone())
            .unwrap_or_default();
        PersonRef {
            name: sub.name.clone(),
            seat: sub.for_seat.clone(),
            organisation,
            substitute: true,
        }
    }

    /// The person standing for seat `s`, if any.
    pub fn representative(&self, s: usize) -> Option<PersonRef> {
        match self.presence(s) {
            Presence::Member => Some(self.member_ref(s)),
            Presence::Substitute { index } => Some(self.substitute_ref(index)),
            Presence::Nobody => None,
        }
    }

    pub fn seat_with_role(&self, role: SeatRole) -> Option<usize> {
        self.seats.iter().position(|s| s.role == Some(role))
    }

    pub fn class(&self, s: usize) -> SeatClass {
        self.seats[s].class
    }

    /// Seat indices named in `ids` (conflicts), refusing unknown ones at `path[i]`.
    pub fn seat_set(&self, ids: &[String], path: &str) -> Result<Vec<bool>, Error> {
        let mut set = vec![false; self.seats.len()];
        for (i, id) in ids.iter().enumerate() {
            match self.seat_index(id) {
                Some(s) => set[s] = true,
                None => {
                    return Err(Error::at(
                        ErrorCode::UnknownReference,
                        format!("{path}[{i}]"),
                        unknown_seat(id, "the roster"),
                    ))
                }
            }
        }
        Ok(set)
    }
}

fn unknown_seat(id: &str, seats_path: &str) -> String {
    let shown = cut(id, shown::ID);
    format!("there is no seat \"{shown}\" in {seats_path}")
}

/// Refuse an empty, oversized or inconsistent roster.
fn check_roster(seats: &[Seat], path: &str) -> Result<(), Error> {
    if seats.is_empty() {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            path,
            "the roster has no seats: list the seats of the body",
        ));
    }
    if seats.len() > MAX_SEATS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            path,
            format!("has {} seats; at most {MAX_SEATS} are accepted", seats.len()),
        ));
    }
    let mut p = Problems::new();
    crate::checks::unique_ids(&mut p, path, seats.iter().map(|s| s.id.as_str()));
    for role in [SeatRole::Chair, SeatRole::ViceChair] {
        let holders: Vec<usize> = seats
            .iter()
            .enumerate()
            .filter(|(_, s)| s.role == Some(role))
            .map(|(i, _)| i)
            .collect();
        if let [_, second, ..] = holders.as_slice() {
            let name = if role == SeatRole::Chair { "chair" } else { "vice chair" };
            p.push(
                ErrorCode::DuplicateId,
                format!("{path}[{second}].role"),
                format!("only one seat may be the {name}"),
            );
        }
    }
    p.into_input_result("The roster is not valid")
}
