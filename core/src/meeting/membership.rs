//! Membership over time, for the attendance register: who held each seat at each meeting.
//!
//! A register runs over months in which members are appointed part way (Clackmannanshire
//! B1.3: "the Alliance can appoint additional members"), leave when their nominating body
//! withdraws them (B1.7) and are replaced, so a seat may be vacant between holders and a
//! person may move from one seat to another. These are facts of the register, recorded by
//! the secretary beside the attendance, not rules of the constitution: they come as the
//! register's `holders` (each a person's time in one seat, `joined` to `left`, both days
//! included). A seat no holder names is held at every meeting by the member the roster
//! names (or is vacant throughout, when the roster marks it vacant), as before.
//!
//! Substitutes listed in a minute without the member they replace ("Also present: J Bloggs
//! (sub)") are `unattributedSubstitutes` of a meeting: reported as such, never credited to a
//! seat and never guessed.

use super::rule::Seat;
use crate::checks::{at_most, required_text};
use crate::date::IsoDate;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::{shown, MAX_SEATS, MAX_SHORT_TEXT};
use crate::wording::cut;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Holdings a register may list (several a seat, over the years a register covers).
pub const MAX_HOLDINGS: usize = 5 * MAX_SEATS;

/// A person's time in one seat, as the register records it: appointed part way through
/// the meetings, left, or both. A person changing seats has one entry per seat, under the
/// same name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Holding {
    /// The seat held (an id on the roster).
    pub seat: String,
    /// The member's name; the same name in two entries is the same person.
    pub name: String,
    /// The first day as a member in this seat; left out, before the first meeting.
    #[serde(default)]
    pub joined: Option<IsoDate>,
    /// The last day as a member in this seat; left out, still in post.
    #[serde(default)]
    pub left: Option<IsoDate>,
}

/// A substitute the minute lists without saying whom they replace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnattributedSubstitute {
    pub name: String,
    /// The organisation the minute gives them, if any (shown, never used to choose a seat).
    #[serde(default)]
    pub organisation: Option<String>,
}

/// One person's time in one seat (seat index, first and last day; `None` is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub seat: usize,
    pub joined: Option<IsoDate>,
    pub left: Option<IsoDate>,
}

impl Term {
    pub fn covers(&self, date: IsoDate) -> bool {
        self.joined.is_none_or(|j| j <= date) && self.left.is_none_or(|l| date <= l)
    }

    fn overlaps(&self, other: &Term) -> bool {
        let starts_before_other_ends = match (self.joined, other.left) {
            (Some(j), Some(l)) => j <= l,
            _ => true,
        };
        let ends_after_other_starts = match (self.left, other.joined) {
            (Some(l), Some(j)) => l >= j,
            _ => true,
        };
        starts_before_other_ends && ends_after_other_starts
    }
}

/// A member of the register: a person named by `holders`, or the member the roster names
/// for a seat no holder names.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    /// In the order held (by the day joined).
    pub terms: Vec<Term>,
    /// Whether the person comes from `holders` (else from the roster's seat).
    pub dated: bool,
}

/// Who held which seat when, checked.
#[derive(Debug, Clone)]
pub struct Membership {
    pub people: Vec<Person>,
    /// Per seat: (person, term) pairs, by the day joined; empty for a vacant seat.
    by_seat: Vec<Vec<(usize, Term)>>,
    /// Per seat: whether `holders` names it.
    pub dated_seat: Vec<bool>,
}

impl Membership {
    /// The person holding seat `s` on `date`, if anyone.
    pub fn holder(&self, s: usize, date: IsoDate) -> Option<usize> {
        self.by_seat
            .get(s)?
            .iter()
            .find(|(_, t)| t.covers(date))
            .map(|(p, _)| *p)
    }

    /// The seat person `p` held on `date`, if any.
    pub fn seat_of(&self, p: usize, date: IsoDate) -> Option<usize> {
        self.people
            .get(p)?
            .terms
            .iter()
            .find(|t| t.covers(date))
            .map(|t| t.seat)
    }

    /// Whether any seat changes hands or is vacant (so "not a member" can occur).
    pub fn varies(&self) -> bool {
        self.dated_seat.iter().any(|d| *d) || self.by_seat.iter().any(Vec::is_empty)
    }
}

/// The name as a key: the same person whatever the spacing or capitals.
fn key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn span(t: &Term) -> String {
    match (t.joined, t.left) {
        (None, None) => "throughout".to_string(),
        (Some(j), None) => format!("from {j}"),
        (None, Some(l)) => format!("until {l}"),
        (Some(j), Some(l)) => format!("from {j} to {l}"),
    }
}

/// Check `holders` against the roster's `seats` and build who held what when.
pub fn membership(seats: &[Seat], holders: &[Holding]) -> Result<Membership, Error> {
    if holders.len() > MAX_HOLDINGS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "holders",
            format!("at most {MAX_HOLDINGS} holders are accepted"),
        ));
    }
    let by_id: BTreeMap<&str, usize> = seats.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut p = Problems::new();
    // (holding index, seat index, term), for the holdings that name a known seat.
    let mut dated: Vec<(usize, Term)> = Vec::new();
    for (i, h) in holders.iter().enumerate() {
        let at = format!("holders[{i}]");
        required_text(&mut p, &format!("{at}.name"), &h.name, MAX_SHORT_TEXT);
        let seat = match by_id.get(h.seat.as_str()) {
            None => {
                p.push(
                    ErrorCode::UnknownReference,
                    format!("{at}.seat"),
                    format!("there is no seat \"{}\" on the roster", cut(&h.seat, shown::ID)),
                );
                continue;
            }
            Some(&s) => s,
        };
        if seats[seat].vacant {
            p.push(
                ErrorCode::InvalidInput,
                format!("{at}.seat"),
                format!(
                    "seat \"{}\" is marked vacant on the roster: give the dates its holders joined and left instead, or take away \"vacant\"",
                    cut(&h.seat, shown::ID)
                ),
            );
            continue;
        }
        if let (Some(j), Some(l)) = (h.joined, h.left) {
            if l < j {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("{at}.left"),
                    format!("left on {l}, before joining on {j}: the day left is on or after the day joined"),
                );
                continue;
            }
        }
        dated.push((
            i,
            Term {
                seat,
                joined: h.joined,
                left: h.left,
            },
        ));
    }
    // One member at a time in a seat, and one seat at a time for a member.
    for (n, &(i, t)) in dated.iter().enumerate() {
        for &(k, u) in &dated[..n] {
            if !t.overlaps(&u) {
                continue;
            }
            let (earlier, this) = (&holders[k], &holders[i]);
            let field = if t.joined.is_some() { "joined" } else { "left" };
            if t.seat == u.seat {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("holders[{i}].{field}"),
                    format!(
                        "{} holds seat \"{}\" {} while {} holds it {}: a seat has one member at a time",
                        cut(&this.name, shown::NAME),
                        cut(&this.seat, shown::ID),
                        span(&t),
                        cut(&earlier.name, shown::NAME),
                        span(&u)
                    ),
                );
            } else if key(&this.name) == key(&earlier.name) && !key(&this.name).is_empty() {
                p.push(
                    ErrorCode::OutOfRange,
                    format!("holders[{i}].{field}"),
                    format!(
                        "{} holds seat \"{}\" {} and seat \"{}\" {}: a member holds one seat at a time (a member who changed seats left one before joining the other)",
                        cut(&this.name, shown::NAME),
                        cut(&this.seat, shown::ID),
                        span(&t),
                        cut(&earlier.seat, shown::ID),
                        span(&u)
                    ),
                );
            }
        }
    }
    p.into_input_result("The holders do not match the roster")?;

    // People in seat order, then by the day they joined; a name met again is the same person.
    let mut by_seat: Vec<Vec<(usize, Term)>> = vec![Vec::new(); seats.len()];
    let mut dated_seat = vec![false; seats.len()];
    let mut people: Vec<Person> = Vec::new();
    // The key of each person's name ("" for a roster member, who is never matched by name).
    let mut keys: Vec<String> = Vec::new();
    for (s, seat) in seats.iter().enumerate() {
        let mut mine: Vec<(usize, Term)> = Vec::new();
        for &(i, t) in dated.iter().filter(|(_, t)| t.seat == s) {
            insert_by_joined(&mut mine, (i, t), |x| x.1.joined);
        }
        if mine.is_empty() {
            if !seat.vacant {
                let term = Term {
                    seat: s,
                    joined: None,
                    left: None,
                };
                by_seat[s].push((people.len(), term));
                people.push(Person {
                    name: seat.name.clone(),
                    terms: vec![term],
                    dated: false,
                });
                keys.push(String::new());
            }
            continue;
        }
        dated_seat[s] = true;
        for (i, term) in mine {
            let name = &holders[i].name;
            let k = key(name);
            let person = match keys.iter().position(|x| !x.is_empty() && *x == k) {
                Some(p) => p,
                None => {
                    people.push(Person {
                        name: name.trim().to_string(),
                        terms: Vec::new(),
                        dated: true,
                    });
                    keys.push(k);
                    people.len() - 1
                }
            };
            if let Some(p) = people.get_mut(person) {
                insert_by_joined(&mut p.terms, term, |t| t.joined);
            }
            by_seat[s].push((person, term));
        }
    }
    Ok(Membership {
        people,
        by_seat,
        dated_seat,
    })
}

/// Insert `x` after every element that joined no later (the lists are a few terms long;
/// a library sort here would add its code to the module for nothing).
fn insert_by_joined<T>(list: &mut Vec<T>, x: T, joined: impl Fn(&T) -> Option<IsoDate>) {
    let at = list.iter().position(|y| joined(y) > joined(&x)).unwrap_or(list.len());
    list.insert(at, x);
}

/// Check a meeting's substitutes listed without the member they replace.
pub fn check_unattributed(p: &mut Problems, at: &str, list: &[UnattributedSubstitute]) {
    if list.len() > MAX_SEATS {
        p.push(
            ErrorCode::TooLarge,
            at,
            format!("at most {MAX_SEATS} substitutes are accepted"),
        );
        return;
    }
    for (j, sub) in list.iter().enumerate() {
        required_text(p, &format!("{at}[{j}].name"), &sub.name, MAX_SHORT_TEXT);
        if let Some(org) = &sub.organisation {
            at_most(p, &format!("{at}[{j}].organisation"), org, MAX_SHORT_TEXT);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::SeatClass;

    fn seat(id: &str) -> Seat {
        Seat {
            id: id.into(),
            name: id.to_uppercase(),
            organisation: String::new(),
            class: SeatClass::Core,
            role: None,
            vacant: false,
            votes: None,
            may_chair: None,
            groups: Vec::new(),
        }
    }

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap()
    }

    fn h(seat: &str, name: &str, joined: Option<&str>, left: Option<&str>) -> Holding {
        Holding {
            seat: seat.into(),
            name: name.into(),
            joined: joined.map(d),
            left: left.map(d),
        }
    }

    #[test]
    fn a_seat_without_holders_is_held_by_its_member_throughout() {
        let m = membership(&[seat("a"), seat("b")], &[]).unwrap();
        assert_eq!(m.people.len(), 2);
        assert_eq!(m.holder(1, d("2026-01-01")), Some(1));
        assert!(!m.varies());
    }

    #[test]
    fn a_seat_is_vacant_between_holders_and_a_person_changing_seats_is_one_member() {
        let holders = [
            h("a", "Ann", None, Some("2026-03-31")),
            h("a", "Bob", Some("2026-06-01"), None),
            h("b", "ann ", Some("2026-04-01"), None),
        ];
        let m = membership(&[seat("a"), seat("b")], &holders).unwrap();
        assert_eq!(m.people.len(), 2, "Ann in two seats is one person");
        assert_eq!(m.holder(0, d("2026-05-01")), None);
        assert_eq!(m.seat_of(0, d("2026-05-01")), Some(1));
        assert_eq!(m.seat_of(0, d("2026-03-31")), Some(0));
        assert!(m.varies());
    }

    #[test]
    fn overlaps_are_refused_with_the_later_entry_s_path() {
        let two_at_once = [h("a", "Ann", None, None), h("a", "Bob", Some("2026-06-01"), None)];
        let e = membership(&[seat("a")], &two_at_once).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("holders[1].joined"));
        let two_seats = [h("a", "Ann", None, None), h("b", "Ann", Some("2026-06-01"), None)];
        let e = membership(&[seat("a"), seat("b")], &two_seats).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("holders[1].joined"));
        let backwards = [h("a", "Ann", Some("2026-06-01"), Some("2026-05-01"))];
        let e = membership(&[seat("a")], &backwards).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("holders[0].left"));
    }
}
