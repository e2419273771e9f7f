use super::*;
use crate::meeting::{BallotBy, MemberAttendance, SubstituteAttendance};
use proptest::prelude::*;

const STATUSES: [AttendanceStatus; 5] = [
    AttendanceStatus::Present,
    AttendanceStatus::Present,
    AttendanceStatus::Apologies,
    AttendanceStatus::ReasonableExcuse,
    AttendanceStatus::Absent,
];
const KINDS: [DeclarationKind; 3] = [
    DeclarationKind::Interest,
    DeclarationKind::Connection,
    DeclarationKind::Transparency,
];
const CHOICES: [VoteChoice; 3] = [VoteChoice::For, VoteChoice::Against, VoteChoice::Abstain];

fn seat_ids(preset: &str) -> Vec<String> {
    crate::constitution::presets::preset(preset)
        .map(|c| c.membership.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default()
}

/// A meeting under a preset: each seat recorded (or not) with a status, some substitutes,
/// and items with declarations and votes, all naming seats of the preset.
fn meeting() -> impl Strategy<Value = MinuteInput> {
    let preset = prop_oneof![Just("clackmannanshire-2019"), Just("inverclyde-mou")];
    preset
        .prop_flat_map(|preset| {
            let ids = seat_ids(preset);
            let n = ids.len();
            let status = prop::collection::vec(prop::option::of(0..STATUSES.len()), n..=n);
            let subs = prop::collection::vec((0..n, "[A-Z][a-z]{2,6}", any::<bool>()), 0..4);
            let declaration = (0..n, 0..KINDS.len(), "[a-z][a-z ]{0,19}");
            let ballot = (0..n, any::<bool>(), 0..CHOICES.len());
            let vote = (
                prop::collection::vec(ballot, 0..12),
                prop::option::of(0..2usize),
                prop::option::of(any::<bool>()),
            );
            let item = (
                "[A-Za-z][A-Za-z ]{0,15}",
                prop::collection::vec(declaration, 0..4),
                prop::option::of("[a-z ]{1,20}"),
                prop::option::of(vote),
            );
            let items = prop::collection::vec(item, 0..5);
            (Just(preset), Just(ids), status, subs, items)
        })
        .prop_map(|(preset, ids, status, subs, items)| {
            let special = preset == "clackmannanshire-2019";
            MinuteInput {
                constitution: ConstitutionSource::Preset(preset.to_string()),
                roster: None,
                attendance: Attendance {
                    members: ids
                        .iter()
                        .zip(&status)
                        .filter_map(|(id, s)| {
                            s.map(|k| MemberAttendance {
                                seat: id.clone(),
                                status: STATUSES[k],
                            })
                        })
                        .collect(),
                    substitutes: subs
                        .into_iter()
                        .map(|(s, name, notified)| SubstituteAttendance {
                            name,
                            for_seat: ids[s].clone(),
                            notified_in_advance: notified,
                        })
                        .collect(),
                },
                meeting: None,
                in_attendance: vec![MinuteAttendee {
                    name: "A Clerk".to_string(),
                    role: Some("Clerk".to_string()),
                }],
                items: items
                    .into_iter()
                    .enumerate()
                    .map(|(i, (title, declarations, decision, vote))| MinuteItem {
                        id: (i + 1).to_string(),
                        title,
                        declarations: declarations
                            .into_iter()
                            .map(|(s, k, by)| Declaration {
                                seat: ids[s].clone(),
                                kind: KINDS[k],
                                by_virtue_of: by,
                            })
                            .collect(),
                        decision,
                        vote: vote.map(|(ballots, rule, casting)| MinuteVoteInput {
                            motion: MinuteMotion {
                                title: None,
                                rule: rule
                                    .filter(|r| special && *r == 1)
                                    .map(|_| "amendFramework".to_string()),
                                ..MinuteMotion::default()
                            },
                            votes: ballots
                                .into_iter()
                                .map(|(s, sub, k)| Ballot {
                                    seat: ids[s].clone(),
                                    by: if sub { BallotBy::Substitute } else { BallotBy::Member },
                                    vote: CHOICES[k],
                                })
                                .collect(),
                            casting_vote: casting.map(|f| if f { VoteChoice::For } else { VoteChoice::Against }),
                        }),
                    })
                    .collect(),
            }
        })
}

fn count_entries(list: &[SederuntEntry], seat: &str, substitute: bool) -> usize {
    list.iter()
        .filter(|e| e.seat.as_deref() == Some(seat) && e.stands_for.is_some() == substitute)
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every member recorded present appears exactly once in the sederunt (among the
    /// present, or in attendance for a non-voting seat), and every substitute once
    /// among the substitutes; nobody present is listed with the apologies or absent.
    #[test]
    fn everyone_present_appears_exactly_once(input in meeting()) {
        let r = draft_minute(&input).map_err(|e| TestCaseError::fail(e.message))?;
        let s = &r.sederunt;
        for m in &input.attendance.members {
            let here = count_entries(&s.present, &m.seat, false) + count_entries(&s.in_attendance, &m.seat, false);
            let away = count_entries(&s.apologies, &m.seat, false) + count_entries(&s.absent, &m.seat, false);
            if m.status == AttendanceStatus::Present {
                prop_assert_eq!((here, away), (1, 0), "{}", m.seat);
            } else {
                prop_assert_eq!((here, away), (0, 1), "{}", m.seat);
            }
        }
        prop_assert_eq!(s.substitutes.len(), input.attendance.substitutes.len());
        for sub in &input.attendance.substitutes {
            let found = s.substitutes.iter().filter(|e| e.name == sub.name && e.seat.as_deref() == Some(sub.for_seat.as_str())).count();
            prop_assert!(found >= 1, "{}", sub.name);
        }
        let chairs = s.present.iter().chain(&s.substitutes).chain(&s.in_attendance).filter(|e| e.chair).count();
        prop_assert!(chairs <= 1);
        prop_assert_eq!(chairs == 1, r.chaired_by.is_some());
    }

    /// The text carries the draft notice, the quorum and chair statements, every
    /// declaration and every item's heading and sentences.
    #[test]
    fn the_text_contains_every_item(input in meeting()) {
        let r = draft_minute(&input).map_err(|e| TestCaseError::fail(e.message))?;
        prop_assert!(r.text.contains(&r.draft));
        prop_assert!(r.text.contains(&r.quorum.text));
        prop_assert!(r.text.contains(&r.chair.text));
        prop_assert_eq!(r.items.len(), input.items.len());
        for (item, report) in input.items.iter().zip(&r.items) {
            // Spacing is tidied; the words are the secretary's.
            let title = item.title.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(&report.title, &title);
            prop_assert!(r.text.contains(&title), "{}", title);
            prop_assert!(r.text.contains(&report.heading));
            for p in &report.paragraphs {
                prop_assert!(r.text.contains(&p.text));
            }
        }
        for d in &r.declarations {
            prop_assert!(r.text.contains(&d.text));
        }
        let declared: usize = input.items.iter().map(|i| i.declarations.len()).sum();
        prop_assert_eq!(r.declarations.len(), declared);
    }

    /// A member who declared an interest withdraws: never among those who may vote on
    /// the item, and any vote recorded for their seat by them is refused, not counted.
    #[test]
    fn an_interest_is_never_a_vote(input in meeting()) {
        let r = draft_minute(&input).map_err(|e| TestCaseError::fail(e.message))?;
        for (item, report) in input.items.iter().zip(&r.items) {
            let conflicted: Vec<&str> = item.declarations.iter()
                .filter(|d| d.kind == DeclarationKind::Interest)
                .map(|d| d.seat.as_str())
                .collect();
            for p in &report.may_vote {
                prop_assert!(!conflicted.contains(&p.seat.as_str()), "{} may vote on item {}", p.seat, item.id);
            }
            for p in &report.withdrawn {
                prop_assert!(conflicted.contains(&p.seat.as_str()));
            }
            if let (Some(v), Some(vote)) = (&report.vote, &item.vote) {
                let counted = v.tally.votes_for + v.tally.against + v.tally.abstain;
                prop_assert_eq!(counted as usize + v.refused.len(), vote.votes.len());
                for r in &v.refused {
                    let b = &vote.votes[r.index as usize];
                    prop_assert_eq!(&b.seat, &r.seat);
                }
                for (k, b) in vote.votes.iter().enumerate() {
                    if conflicted.contains(&b.seat.as_str()) {
                        prop_assert!(v.refused.iter().any(|r| r.index as usize == k), "ballot {} counted", k);
                    }
                }
            }
        }
    }

    /// Every clause in a sentence of the minute is among the report's citations.
    #[test]
    fn every_clause_used_is_cited(input in meeting()) {
        let r = draft_minute(&input).map_err(|e| TestCaseError::fail(e.message))?;
        let mut used: Vec<&String> = r.quorum.cite.iter().chain(&r.chair.cite).collect();
        for item in &r.items {
            used.extend(item.paragraphs.iter().flat_map(|p| &p.cite));
            used.extend(item.citations.iter());
        }
        used.extend(r.declarations.iter().flat_map(|d| &d.cite));
        used.extend(r.warnings.iter().flat_map(|w| &w.cite));
        for c in used {
            prop_assert!(r.citations.contains(c), "{} not in citations", c);
        }
    }

    /// Seats, ids and titles of any text: an answer or a coded error, never a panic.
    #[test]
    fn any_text_is_answered_or_refused(input in meeting(), seat in "\\PC{0,8}", id in "\\PC{0,4}", title in "\\PC{0,6}") {
        let mut input = input;
        if let Some(item) = input.items.first_mut() {
            item.id = id;
            item.title = title;
            if let Some(d) = item.declarations.first_mut() {
                d.seat = seat.clone();
            }
        }
        input.items.push(MinuteItem {
            id: "last".to_string(),
            title: "Any other business".to_string(),
            declarations: vec![],
            decision: None,
            vote: Some(MinuteVoteInput { votes: vec![Ballot { seat, by: BallotBy::Member, vote: VoteChoice::For }], ..Default::default() }),
        });
        match draft_minute(&input) {
            Ok(r) => prop_assert!(!r.text.is_empty()),
            Err(e) => prop_assert!(!e.message.is_empty() && e.path.is_some()),
        }
    }
}

fn clacks_six() -> MinuteInput {
    let present = [
        "council-leader",
        "council-party-2",
        "council-party-3",
        "council-chief-executive",
        "nhs-forth-valley",
    ];
    MinuteInput {
        constitution: ConstitutionSource::Preset("clackmannanshire-2019".to_string()),
        roster: None,
        attendance: Attendance {
            members: present
                .iter()
                .map(|s| MemberAttendance {
                    seat: s.to_string(),
                    status: AttendanceStatus::Present,
                })
                .collect(),
            substitutes: vec![],
        },
        meeting: Some(MinuteMeeting {
            body: Some("The Board".to_string()),
            ..Default::default()
        }),
        in_attendance: vec![],
        items: vec![],
    }
}

#[test]
fn a_body_named_the_is_not_the_the() {
    let r = draft_minute(&clacks_six()).expect("minute");
    assert!(r
        .heading
        .starts_with("Minute of the meeting of The Board held on [date]"));
    assert!(!r.text.contains("the The"));
}

#[test]
fn one_member_was_two_were() {
    let q = |count: usize| {
        let c = crate::constitution::presets::preset("clackmannanshire-2019").expect("preset");
        let mut input = clacks_six();
        input.attendance.members.truncate(count);
        let r = draft_minute(&input).expect("minute");
        assert_eq!(r.quorum.cite, c.quorum.expect("rule").cite);
        r.quorum.text
    };
    assert_eq!(
        q(1),
        "The meeting was not quorate: 1 of the 8 core members was present; 5 were needed (clackmannanshire-2019 B2.1)."
    );
    assert_eq!(
        q(2),
        "The meeting was not quorate: 2 of the 8 core members were present; 5 were needed (clackmannanshire-2019 B2.1)."
    );
    assert_eq!(
        q(5),
        "The meeting was quorate: 5 of the 8 core members were present; 5 were needed (clackmannanshire-2019 B2.1)."
    );
}

#[test]
fn names_are_joined_as_a_list() {
    let names = |n: &[&str]| wording::join_names(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(names(&[]), "");
    assert_eq!(names(&["A"]), "A");
    assert_eq!(names(&["A", "B"]), "A and B");
    assert_eq!(names(&["A", "B", "C"]), "A, B and C");
}

#[test]
fn a_connection_is_stated_once() {
    let text = wording::declaration(
        DeclarationKind::Connection,
        "Helen Murray",
        "4",
        "Grants",
        "By virtue of being a member of the panel.",
    );
    assert_eq!(text, "Helen Murray advised of a connection to item 4 by virtue of being a member of the panel. Having applied the objective test, they did not consider that they had an interest and remained.");
}
