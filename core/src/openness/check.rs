//! Public or private: the answer for one agenda item.
//!
//! Public is the default. Each matter the item holds is an exception of the constitution
//! that applies (its condition, if any, holds), does not apply (its condition does not
//! hold), or is open (its condition is unanswered or unsure). The firmest outcome wins:
//!
//! 1. an exception that applies with `mustBePrivate`: **private**;
//! 2. an open `mustBePrivate` exception: **undecided** until the condition is settled;
//! 3. a special meeting where the Chair decides whether it is open: **chairDecides**;
//! 4. an exception that applies with `chairMayExclude`: **chairMayExclude**, so the
//!    Chair may direct the public to leave (different from "must be private");
//! 5. an open `chairMayExclude` exception: **undecided**;
//! 6. otherwise **public**.

use super::item::{self, OpennessInput, OpennessItem, OpennessMeeting};
use super::rule::{OpennessEffect, OpennessException, OpennessRule, PaperAccess};
use crate::constitution::Constitution;
use crate::error::Error;
use crate::question::Question;
use crate::reason::{Citations, Reason};
use crate::Answer;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum OpennessOutcome {
    /// Taken in public (no exception applies).
    Public,
    /// Must be taken in private.
    Private,
    /// Public unless the Chair directs the public to leave for this item.
    ChairMayExclude,
    /// A special meeting: the Chair determines whether it is open to the public.
    ChairDecides,
    /// Depends on a condition not yet settled: see `next`.
    Undecided,
    /// The constitution sets no openness rule.
    NoRule,
}

/// The report of `checkOpenness`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct OpennessReport {
    pub outcome: OpennessOutcome,
    /// `true` when the item must be private, `false` when it is public; `null` when the
    /// Chair decides, a condition is open, or no rule is set.
    pub private: Option<bool>,
    /// What happens to the papers; `null` when no rule is set.
    pub papers: Option<PaperAccess>,
    /// The exception ids that apply to the item.
    pub exceptions: Vec<String>,
    /// Who leaves when the item is taken in private, in the document's words.
    pub who_leaves: Option<String>,
    /// Every reason, the deciding one first.
    pub reasons: Vec<Reason>,
    /// Conditions to settle before the answer is firm, in the shape every engine's `next`
    /// uses: `id` is the exception whose condition is asked; the answer goes in that
    /// matter's `conditionMet`.
    pub next: Vec<Question>,
    /// The constitution's notes on openness.
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Is the agenda item taken in public or in private?
pub fn check_openness(input: &OpennessInput) -> Result<OpennessReport, Error> {
    let constitution = input.constitution.resolve()?;
    let Some(rule) = &constitution.openness else {
        return Ok(no_rule(&constitution));
    };
    let found = item::resolve(rule, &input.item)?;
    Ok(decide(&constitution, rule, &input.item, &found))
}

fn no_rule(c: &Constitution) -> OpennessReport {
    let notes = c.notes_on("openness");
    let mut cites = Citations::new();
    cites.add_reasons(&notes);
    OpennessReport {
        outcome: OpennessOutcome::NoRule,
        private: None,
        papers: None,
        exceptions: Vec::new(),
        who_leaves: None,
        reasons: Vec::new(),
        next: Vec::new(),
        notes,
        summary: "This constitution sets no rule on public and private business.".to_string(),
        citations: cites.into_vec(),
    }
}

/// Which of the item's exceptions apply, which are open, and why the others do not.
struct Sorted<'a> {
    applied: Vec<&'a OpennessException>,
    open: Vec<&'a OpennessException>,
    reasons: Vec<Reason>,
    next: Vec<Question>,
}

fn sort<'a>(rule: &'a OpennessRule, item: &OpennessItem, found: &[usize]) -> Sorted<'a> {
    let mut s = Sorted {
        applied: Vec::new(),
        open: Vec::new(),
        reasons: Vec::new(),
        next: Vec::new(),
    };
    for (m, &index) in item.matters.iter().zip(found) {
        let Some(e) = rule.exceptions.get(index) else { continue };
        match (&e.only_if, m.condition_met) {
            (None, _) | (Some(_), Some(Answer::Yes)) => s.applied.push(e),
            (Some(cond), Some(Answer::No)) => s.reasons.push(Reason::new(
                format!(
                    "{}: the item holds such information, but this exception applies only where {cond}, and that is not so.",
                    e.name
                ),
                &e.cite,
            )),
            (Some(cond), _) => {
                s.open.push(e);
                s.next.push(Question::yes_no_unsure(
                    &e.id,
                    &format!("{}: the exception applies only where {cond}. Is that so?", e.name),
                    Some(&e.description),
                    &e.cite,
                ));
            }
        }
    }
    s
}

/// The firmest outcome of the exceptions that apply and those still open.
fn outcome(s: &Sorted, special: bool) -> OpennessOutcome {
    let strongest = |list: &[&OpennessException]| list.iter().map(|e| e.effect).max();
    match (strongest(&s.applied), strongest(&s.open)) {
        (Some(OpennessEffect::MustBePrivate), _) => OpennessOutcome::Private,
        (_, Some(OpennessEffect::MustBePrivate)) => OpennessOutcome::Undecided,
        _ if special => OpennessOutcome::ChairDecides,
        (Some(OpennessEffect::ChairMayExclude), _) => OpennessOutcome::ChairMayExclude,
        (_, Some(OpennessEffect::ChairMayExclude)) => OpennessOutcome::Undecided,
        (None, None) => OpennessOutcome::Public,
    }
}

/// The answer for an item whose matters resolved to `found` (indices into the exceptions).
fn decide(c: &Constitution, rule: &OpennessRule, item: &OpennessItem, found: &[usize]) -> OpennessReport {
    let sorted = sort(rule, item, found);
    let special = match (item.meeting, &rule.special_meetings) {
        (OpennessMeeting::Special, Some(s)) => Some(s),
        _ => None,
    };
    let outcome = outcome(&sorted, special.is_some());
    let reasons = reasons(rule, item, &sorted, outcome, special);
    let Sorted {
        applied, open, next, ..
    } = sorted;
    let papers = applied
        .iter()
        .map(|e| e.papers)
        .chain(open.iter().map(|e| e.papers.min(PaperAccess::MayBeRestricted)))
        .max()
        .unwrap_or(PaperAccess::Public);
    let who_leaves = match outcome {
        OpennessOutcome::Public => None,
        _ => rule.who_leaves.as_ref().map(|w| w.text.clone()),
    };
    let private = match outcome {
        OpennessOutcome::Private => Some(true),
        OpennessOutcome::Public => Some(false),
        _ => None,
    };
    let notes = c.notes_on("openness");
    let mut cites = Citations::new();
    cites.add_reasons(&reasons);
    for q in &next {
        cites.add(&q.cite);
    }
    cites.add_reasons(&notes);
    if let (Some(w), Some(_)) = (&rule.who_leaves, &who_leaves) {
        cites.add(&w.cite);
    }
    let names: Vec<&str> = applied.iter().map(|e| e.name.as_str()).collect();
    OpennessReport {
        outcome,
        private,
        papers: Some(papers),
        exceptions: applied.iter().map(|e| e.id.clone()).collect(),
        who_leaves,
        reasons,
        summary: summary(outcome, &names, next.len()),
        next,
        notes,
        citations: cites.into_vec(),
    }
}

/// Every reason, the deciding ones first, in the constitution's order of exceptions.
fn reasons(
    rule: &OpennessRule,
    item: &OpennessItem,
    s: &Sorted,
    outcome: OpennessOutcome,
    special: Option<&super::rule::OpennessText>,
) -> Vec<Reason> {
    let mut lead = Vec::new();
    let deciding = |e: &OpennessException| match outcome {
        OpennessOutcome::Private => e.effect == OpennessEffect::MustBePrivate,
        _ => true,
    };
    if outcome == OpennessOutcome::ChairDecides {
        if let Some(sp) = special {
            lead.push(Reason::new(format!("This is a special meeting: {}", sp.text), &sp.cite));
        }
    }
    for e in s.applied.iter().filter(|e| deciding(e)) {
        lead.push(exception_reason(e));
    }
    for e in s.applied.iter().filter(|e| !deciding(e)) {
        lead.push(exception_reason(e));
    }
    if s.applied.is_empty() {
        let d = &rule.default_public.text;
        let text = match outcome {
            OpennessOutcome::Undecided => format!("Unless the exception applies, the item is public. {d}"),
            OpennessOutcome::ChairDecides => format!("No exception applies to the item itself. {d}"),
            _ => format!("No exception applies, so the item is public. {d}"),
        };
        lead.push(Reason::new(text, &rule.default_public.cite));
    }
    lead.extend(s.reasons.iter().cloned());
    if item.meeting == OpennessMeeting::Special && special.is_none() {
        lead.push(Reason::new(
            "This constitution sets no separate rule for special meetings: the same rules apply as at any meeting.",
            &rule.default_public.cite,
        ));
    }
    lead
}

fn summary(outcome: OpennessOutcome, names: &[&str], open: usize) -> String {
    match outcome {
        OpennessOutcome::Public => "Public: no exception applies.".to_string(),
        OpennessOutcome::Private => format!("Private: {}.", names.join("; ")),
        OpennessOutcome::ChairMayExclude => format!(
            "Public, but the Chair may direct the public to leave for this item ({}).",
            names.join("; ")
        ),
        OpennessOutcome::ChairDecides => {
            "Special meeting: the Chair determines whether it is open to the public.".to_string()
        }
        OpennessOutcome::Undecided => format!(
            "Undecided: settle {} first.",
            if open == 1 {
                "one condition".to_string()
            } else {
                format!("{open} conditions")
            }
        ),
        OpennessOutcome::NoRule => String::new(),
    }
}

fn exception_reason(e: &OpennessException) -> Reason {
    let effect = match e.effect {
        OpennessEffect::MustBePrivate => "it is always discussed in private",
        OpennessEffect::ChairMayExclude => "the Chair may direct members of the public to leave",
    };
    Reason::new(
        format!("{}: {}; {effect}, and {}.", e.name, e.description, e.papers.describe()),
        &e.cite,
    )
}
