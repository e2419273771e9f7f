//! The words of a minute: the sederunt lines, the declaration wordings of SPEC 2.5, the
//! vote sentence and the plain text of the whole minute.

use super::{DeclarationKind, MinuteReport};
use crate::conduct::QuestionId;
use crate::constitution::Constitution;
use crate::date::IsoDate;
use crate::meeting::{Comparison, MajorityBase, MajorityRule, SeatClass};
use crate::meeting::{Tally, VoteReport};
use crate::reason::fraction;

/// Singular and plural (the shared helpers of `crate::wording`).
pub struct Phrase;

impl Phrase {
    pub fn plural(n: u32) -> &'static str {
        crate::wording::plural(n)
    }

    pub fn was(n: u32) -> &'static str {
        crate::wording::was(n)
    }
}

/// `text (cite, cite).`, or `text.` when nothing is cited.
pub fn cited(text: &str, cite: &[String]) -> String {
    if cite.is_empty() {
        format!("{text}.")
    } else {
        format!("{text} ({}).", cite.join(", "))
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A name and, where the name does not already say it, the organisation.
fn with_organisation(name: &str, organisation: &str) -> String {
    if organisation.trim().is_empty() || name.contains(organisation) {
        name.to_string()
    } else {
        format!("{name}, {organisation}")
    }
}

pub fn person_line(name: &str, organisation: &str, chair: bool) -> String {
    let line = with_organisation(name, organisation);
    if chair {
        format!("{line} (Chair)")
    } else {
        line
    }
}

pub fn substitute_line(name: &str, seat: &str, organisation: &str, chair: bool) -> String {
    let line = format!("{name}, substitute for {}", with_organisation(seat, organisation));
    if chair {
        format!("{line} (Chair)")
    } else {
        line
    }
}

pub use crate::wording::the;

/// "Minute of the meeting of the Clackmannanshire Alliance held on Thursday 3 December
/// 2026 at 10.00 am, Kilncraigs, Alloa"; `[date]` where no date is given.
pub fn heading(body: &str, date: Option<IsoDate>, time: Option<&str>, place: Option<&str>) -> String {
    let date = date.map_or_else(|| "[date]".to_string(), |d| d.long());
    let mut out = format!("Minute of the meeting of {} held on {date}", the(body));
    if let Some(t) = super::given(time) {
        out.push_str(&format!(" at {t}"));
    }
    if let Some(p) = super::given(place) {
        out.push_str(&format!(", {p}"));
    }
    out
}

/// "core members", "core and other members", "core member" (one).
pub fn class_noun(classes: &[SeatClass], n: u32) -> String {
    let names: Vec<String> = classes
        .iter()
        .map(|c| match c {
            SeatClass::Core => "core",
            SeatClass::Other => "other",
            SeatClass::NonVoting => "non-voting",
        })
        .map(str::to_string)
        .collect();
    let noun = format!("member{}", Phrase::plural(n));
    if names.is_empty() {
        noun
    } else {
        format!("{} {noun}", join_names(&names))
    }
}

/// The connection as the minute states it, without a repeated "by virtue of" or a
/// closing full stop.
fn connection(text: &str) -> &str {
    let t = text.trim().trim_end_matches('.').trim_end();
    match t.get(..13) {
        Some(head) if head.eq_ignore_ascii_case("by virtue of ") => t.get(13..).unwrap_or(t).trim_start(),
        _ => t,
    }
}

/// The three council wordings of SPEC 2.5, with "they/them".
pub fn declaration(kind: DeclarationKind, name: &str, item: &str, title: &str, by_virtue_of: &str) -> String {
    let conn = connection(by_virtue_of);
    match kind {
        DeclarationKind::Interest => format!(
            "{name} declared an interest in item {item} ({title}) by virtue of {conn}. They considered that the \
             nature of the interest required them to leave the meeting and took no part in its consideration."
        ),
        DeclarationKind::Connection => format!(
            "{name} advised of a connection to item {item} by virtue of {conn}. Having applied the objective \
             test, they did not consider that they had an interest and remained."
        ),
        DeclarationKind::Transparency => format!(
            "{name} noted, for reasons of transparency, {conn}; they did not consider that it required a \
             declaration and remained."
        ),
    }
}

/// The clauses behind a declaration: the constitution's rule on declaring and
/// withdrawing, its objective test, or its transparency question; the conflict rule
/// where it has no interests section.
pub fn declaration_cite(c: &Constitution, kind: DeclarationKind) -> Vec<String> {
    let question = |id: QuestionId| {
        c.interests
            .as_ref()
            .and_then(|r| r.questions.iter().find(|q| q.id == id))
            .map(|q| q.cite.clone())
    };
    let mut cite = match kind {
        DeclarationKind::Interest => {
            let mut cite = c.conflicts.cite.clone();
            if let Some(r) = &c.interests {
                cite.extend(r.declare_cite.iter().cloned());
                cite.extend(r.withdraw_cite.iter().cloned());
            }
            cite
        }
        DeclarationKind::Connection => question(QuestionId::ObjectiveTest).unwrap_or_else(|| c.conflicts.cite.clone()),
        DeclarationKind::Transparency => question(QuestionId::Transparency)
            .or_else(|| question(QuestionId::ObjectiveTest))
            .unwrap_or_else(|| c.conflicts.cite.clone()),
    };
    cite.sort();
    cite.dedup();
    cite
}

/// "6 for, 2 against, 1 abstention".
pub fn counts(t: &Tally) -> String {
    format!(
        "{} for, {} against, {} abstention{}",
        t.votes_for,
        t.against,
        t.abstain,
        Phrase::plural(t.abstain)
    )
}

/// The rule in the words of a minute: "a simple majority of the core members voting",
/// "a two-thirds majority of the whole membership (core and other members), present or not".
pub fn rule_phrase(rule: &MajorityRule) -> String {
    let t = rule.threshold;
    let share = match (t.comparison, t.numerator, t.denominator) {
        (Comparison::MoreThan, 1, 2) => "a simple majority".to_string(),
        (Comparison::AtLeast, 1, 2) => "at least half".to_string(),
        (Comparison::AtLeast, n, d) => {
            // "a two-thirds majority", "a one-third majority", "an 8/11 majority".
            let share = fraction(n, d);
            let share = match share.strip_prefix("a ") {
                Some(part) => format!("one-{part}"),
                None => share,
            };
            format!("{} majority", crate::wording::article(&share))
        }
        (Comparison::MoreThan, n, d) => format!("more than {}", fraction(n, d)),
    };
    let members = class_noun(&rule.voting_classes, 2);
    let base = match rule.base {
        MajorityBase::VotesCast => format!("the {members} voting"),
        MajorityBase::VotesCastAndAbstentions => format!("the {members} voting, abstentions counted"),
        MajorityBase::MembersPresent => format!("the {members} present and entitled to vote"),
        MajorityBase::AllMembers => format!("the whole membership ({members}), present or not"),
    };
    format!("{share} of {base}")
}

/// "a simple majority of the core members voting was needed"; with the number where the
/// base does not move with the votes ("…, 7 of 10, was needed"), and the special
/// majority's name.
pub fn rule_needed(rule: &MajorityRule, special: Option<&str>, report: &VoteReport) -> String {
    let phrase = rule_phrase(rule);
    let fixed = matches!(rule.base, MajorityBase::MembersPresent | MajorityBase::AllMembers);
    let phrase = match report.required {
        Some(r) if fixed => format!("{phrase}, {r} of {},", report.base),
        _ => phrase,
    };
    match special {
        Some(name) => format!("under the rule for {name}, {phrase} was needed"),
        None => format!("{phrase} was needed"),
    }
}

fn section(out: &mut String, heading: &str, lines: &[String], empty: Option<&str>) {
    if lines.is_empty() && empty.is_none() {
        return;
    }
    out.push_str("\n\n");
    out.push_str(heading);
    for line in lines {
        out.push('\n');
        out.push_str(line);
    }
    if let (true, Some(e)) = (lines.is_empty(), empty) {
        out.push('\n');
        out.push_str(e);
    }
}

/// The whole minute as plain text with headings.
pub fn text(r: &MinuteReport) -> String {
    let lines = |entries: &[super::SederuntEntry]| entries.iter().map(|e| e.line.clone()).collect::<Vec<_>>();
    let mut out = format!("DRAFT\n{}\n\n{}", r.draft, r.heading);
    let s = &r.sederunt;
    section(&mut out, "Present", &lines(&s.present), Some("None recorded."));
    section(&mut out, "Substitutes", &lines(&s.substitutes), None);
    section(&mut out, "In attendance", &lines(&s.in_attendance), None);
    section(&mut out, "Apologies", &lines(&s.apologies), Some("None."));
    section(&mut out, "Absent", &lines(&s.absent), None);
    section(&mut out, "Quorum", std::slice::from_ref(&r.quorum.text), None);
    section(&mut out, "Chair", std::slice::from_ref(&r.chair.text), None);
    let declared: Vec<String> = r.declarations.iter().map(|d| d.text.clone()).collect();
    section(
        &mut out,
        "Declarations of Interest and Transparency Statements",
        &declared,
        Some("No declarations of interest or transparency statements were recorded."),
    );
    for item in &r.items {
        out.push_str("\n\n");
        out.push_str(&item.heading);
        for p in &item.paragraphs {
            out.push('\n');
            out.push_str(&p.text);
        }
    }
    if !r.citations.is_empty() {
        section(&mut out, "Clauses cited", &[r.citations.join("; ")], None);
    }
    out.push('\n');
    out
}

/// The roll call as council minutes word it, each group in the order of the sederunt:
/// "On a roll call vote, the votes were cast as follows: for the motion (2): A and B;
/// against the motion (1): C; abstained (1): D; did not vote (1): E".
pub fn roll_call(entries: &[crate::meeting::RollCallEntry]) -> String {
    use crate::meeting::RollCallVote;
    let groups = [
        (RollCallVote::For, "for the motion"),
        (RollCallVote::Against, "against the motion"),
        (RollCallVote::Abstained, "abstained"),
        (RollCallVote::DidNotVote, "did not vote"),
    ];
    let parts: Vec<String> = groups
        .iter()
        .filter_map(|(vote, label)| {
            let names: Vec<String> = entries
                .iter()
                .filter(|e| e.vote == *vote)
                .map(|e| e.person.name.clone())
                .collect();
            (!names.is_empty()).then(|| format!("{label} ({}): {}", names.len(), join_names(&names)))
        })
        .collect();
    if parts.is_empty() {
        return "On a roll call vote, nobody present was entitled to vote".to_string();
    }
    format!(
        "On a roll call vote, the votes were cast as follows: {}",
        parts.join("; ")
    )
}
