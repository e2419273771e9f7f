//! `checkAgenda`: per agenda item, who withdraws for a declared conflict, who may vote,
//! and whether the meeting is still quorate for the item once they have withdrawn.
//!
//! Clackmannanshire B4.2 and E5.3: a member who has declared a conflict of interest may
//! not be involved in or vote on decisions relating to it; the item's quorum (B2.1) is
//! counted without them. (Which items touch a member's registered interests is
//! `checkAgendaAgainstRegister`, in the code of conduct.)

use super::chair::Ineligible;
use super::people::{Meeting, PersonRef};
use super::quorum::{self, PersonCount, QuorumReport, QuorumStatus};
use super::roster::{Attendance, Roster};
use super::vote::right_to_vote;
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode};
use crate::limits::MAX_SEATS;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaInput {
    pub constitution: ConstitutionSource,
    #[serde(default)]
    pub roster: Option<Roster>,
    pub attendance: Attendance,
    pub items: Vec<AgendaItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaItem {
    pub id: String,
    pub title: String,
    /// Seats whose members declared a conflict of interest on this item.
    #[serde(default)]
    pub conflicts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ItemReport {
    pub id: String,
    pub title: String,
    /// True when the withdrawals leave the item without a quorum.
    pub inquorate: bool,
    /// The item's quorum. To keep the report small, its `people` lists only those whose
    /// standing differs from the meeting's (`meeting.people`: those who withdraw, with
    /// why), and its `notes` are empty: the constitution's notes are in `meeting.notes`.
    pub quorum: QuorumReport,
    /// Those present who withdraw for a declared conflict.
    pub withdrawn: Vec<PersonRef>,
    /// Those who may vote on the item under the ordinary voting rule.
    pub may_vote: Vec<PersonRef>,
    /// Those present who may not vote on the item, and why.
    pub may_not_vote: Vec<Ineligible>,
    pub summary: String,
    pub citations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AgendaReport {
    /// Quorum for the meeting as a whole, before any withdrawal.
    pub meeting: QuorumReport,
    pub items: Vec<ItemReport>,
    /// Ids of the items that are inquorate once conflicted members withdraw.
    pub inquorate_items: Vec<String>,
    /// The constitution's notes on voting (e.g. "no voting rule is set").
    pub notes: Vec<Reason>,
    pub citations: Vec<String>,
}

const MAX_ITEMS: usize = 500;

/// Check each agenda item for withdrawals, voting rights and quorum.
pub fn check_agenda(input: &AgendaInput) -> Result<AgendaReport, Error> {
    let mut report = check_agenda_in_full(input)?;
    for item in &mut report.items {
        item.quorum.people = changed_people(&report.meeting.people, std::mem::take(&mut item.quorum.people));
        item.quorum.notes.clear();
    }
    Ok(report)
}

/// Those in an item's list whose standing differs from the meeting's. Both lists are
/// built in the same order (every seat, then every substitute).
fn changed_people(meeting: &[PersonCount], item: Vec<PersonCount>) -> Vec<PersonCount> {
    if meeting.len() != item.len() {
        return item;
    }
    item.into_iter()
        .zip(meeting)
        .filter(|(p, m)| p != *m)
        .map(|(p, _)| p)
        .collect()
}

/// As [`check_agenda`], with every item's quorum in full (for the minute's statements).
pub(crate) fn check_agenda_in_full(input: &AgendaInput) -> Result<AgendaReport, Error> {
    let constitution = input.constitution.resolve()?;
    let m = Meeting::resolve(&constitution, input.roster.as_ref(), &input.attendance, "attendance")?;
    if input.items.len() > MAX_ITEMS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "items",
            format!("at most {MAX_ITEMS} items are accepted"),
        ));
    }
    let mut p = crate::error::Problems::new();
    crate::checks::unique_ids(&mut p, "items", input.items.iter().map(|i| i.id.as_str()));
    p.into_input_result("The agenda is not valid")?;
    let mut cites = Citations::new();
    let meeting = quorum::evaluate(&m, &vec![false; m.seats.len()]);
    cites.add(&meeting.citations);
    let mut items = Vec::with_capacity(input.items.len());
    for (i, item) in input.items.iter().enumerate() {
        if item.conflicts.len() > MAX_SEATS {
            return Err(Error::at(
                ErrorCode::TooLarge,
                format!("items[{i}].conflicts"),
                "too many conflicts",
            ));
        }
        let withdrawn = m.seat_set(&item.conflicts, &format!("items[{i}].conflicts"))?;
        let report = check_item(&m, item, &withdrawn);
        cites.add(&report.citations);
        items.push(report);
    }
    let notes = if constitution.decisions.ordinary.is_none() {
        constitution.notes_on("voting")
    } else {
        Vec::new()
    };
    cites.add_reasons(&notes);
    Ok(AgendaReport {
        inquorate_items: items.iter().filter(|i| i.inquorate).map(|i| i.id.clone()).collect(),
        meeting,
        items,
        notes,
        citations: cites.into_vec(),
    })
}

fn check_item(m: &Meeting, item: &AgendaItem, withdrawn: &[bool]) -> ItemReport {
    let c = m.constitution;
    let quorum = quorum::evaluate(m, withdrawn);
    let mut cites = Citations::new();
    cites.add(&quorum.citations);
    let present: Vec<usize> = (0..m.seats.len()).filter(|&s| m.representative(s).is_some()).collect();
    let out: Vec<PersonRef> = present
        .iter()
        .filter(|&&s| withdrawn[s])
        .filter_map(|&s| m.representative(s))
        .collect();
    if !out.is_empty() {
        cites.add(&c.conflicts.cite);
    }
    let (mut may_vote, mut may_not_vote) = (Vec::new(), Vec::new());
    if let Some(rule) = &c.decisions.ordinary {
        for &s in &present {
            match right_to_vote(m, rule, withdrawn, s) {
                Ok(person) => may_vote.push(person),
                Err(reason) => {
                    cites.add(&reason.cite);
                    if let Some(person) = m.representative(s) {
                        may_not_vote.push(Ineligible { person, reason });
                    }
                }
            }
        }
        cites.add(&rule.cite);
    }
    let inquorate = quorum.status == QuorumStatus::Inquorate;
    let names: Vec<&str> = out.iter().map(|p| p.name.as_str()).collect();
    let withdrawals = match names.len() {
        0 => "No conflicts declared.".to_string(),
        _ => format!(
            "{} withdraw{} for a declared conflict.",
            names.join(", "),
            if names.len() == 1 { "s" } else { "" }
        ),
    };
    let summary = match (quorum.status, c.decisions.ordinary.is_some()) {
        (QuorumStatus::Inquorate, _) => format!("{withdrawals} Inquorate for this item: {}", quorum.summary),
        (QuorumStatus::NoQuorumRule, false) => {
            format!("{withdrawals} This constitution sets no quorum and no voting rule.")
        }
        (_, true) => format!("{withdrawals} {} may vote. {}", may_vote.len(), quorum.summary),
        (_, false) => format!("{withdrawals} {} Decisions are by consensus.", quorum.summary),
    };
    ItemReport {
        id: item.id.clone(),
        title: item.title.clone(),
        inquorate,
        quorum,
        withdrawn: out,
        may_vote,
        may_not_vote,
        summary,
        citations: cites.into_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AgendaInput {
        let seats = [
            "council-leader",
            "council-party-2",
            "council-party-3",
            "council-chief-executive",
            "nhs-forth-valley",
            "ctsi",
        ];
        let members: Vec<serde_json::Value> = seats
            .iter()
            .map(|s| serde_json::json!({ "seat": s, "status": "present" }))
            .collect();
        serde_json::from_value(serde_json::json!({
            "constitution": "clackmannanshire-2019",
            "attendance": { "members": members, "substitutes": [] },
            "items": [
                { "id": "1", "title": "Grants", "conflicts": ["nhs-forth-valley"] },
                { "id": "2", "title": "Progress" }
            ]
        }))
        .unwrap()
    }

    #[test]
    fn an_items_people_are_only_those_whose_standing_changes() {
        let full = check_agenda_in_full(&input()).unwrap();
        let report = check_agenda(&input()).unwrap();
        let first = &report.items[0].quorum;
        assert_eq!(first.people.len(), 1);
        assert_eq!(first.people[0].person.seat, "nhs-forth-valley");
        assert!(!first.people[0].counts);
        assert!(report.items[1].quorum.people.is_empty());
        // Nothing else changes, and the meeting's list still names everyone once.
        for (trimmed, whole) in report.items.iter().zip(&full.items) {
            assert_eq!(trimmed.quorum.count, whole.quorum.count);
            assert_eq!(trimmed.quorum.citations, whole.quorum.citations);
            assert_eq!(trimmed.citations, whole.citations);
            assert_eq!(trimmed.may_not_vote, whole.may_not_vote);
            let rebuilt: Vec<&PersonCount> = report
                .meeting
                .people
                .iter()
                .map(|m| trimmed.quorum.people.iter().find(|p| p.person == m.person).unwrap_or(m))
                .collect();
            assert_eq!(rebuilt, whole.quorum.people.iter().collect::<Vec<_>>());
        }
    }
}
