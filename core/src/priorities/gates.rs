//! Gates: questions a candidate must pass whatever its total.
//!
//! Inverclyde's Memorandum (section 3) says the Alliance should only come together in
//! partnership where there is collaborative gain, and that a priority must be
//! "demonstrably supported by all partners"; the preset turns these into two gates:
//!
//! - **collaborative gain**: more than half of the scorers who answered yes or no say
//!   that partnership adds value the partners would not achieve alone ("don't know"
//!   counts neither way; no answers at all means the gain has not been shown);
//! - **support**: more than half of the organisations that scored the candidate support
//!   it, an organisation supporting it when its scorers' mean on the named criterion is
//!   at least the gate's minimum. An organisation whose scorers all answered "don't know"
//!   has not shown support, and is not counted as opposing it either: it is listed apart.

use super::criteria::{CriteriaSet, Gate};
use super::scorecards::{GainAnswer, Scorecard};
use crate::reason::Reason;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GateKind {
    CollaborativeGain,
    Support,
}

/// One gate for one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct GateResult {
    pub gate: GateKind,
    pub passed: bool,
    /// Those in favour: scorers answering yes, or organisations in support.
    pub in_favour: u32,
    /// Those counted: scorers answering yes or no, or organisations that scored.
    pub counted: u32,
    /// Scorers or organisations who did not know.
    pub dont_know: u32,
    pub reason: Reason,
}

/// The gates for every candidate, in candidate order.
pub(crate) fn evaluate(
    set: &CriteriaSet,
    names: &[&str],
    cards: &[Scorecard],
    card_candidate: &[usize],
    card_scores: &[Vec<(usize, Option<u32>)>],
) -> Vec<Vec<GateResult>> {
    let n = names.len();
    let mut out: Vec<Vec<GateResult>> = vec![Vec::with_capacity(set.gates.len()); n];
    for gate in &set.gates {
        match gate {
            Gate::CollaborativeGain { question, cite } => {
                let tally = gain_tally(n, cards, card_candidate);
                for ((name, t), results) in names.iter().zip(tally).zip(out.iter_mut()) {
                    results.push(gain(name, question, cite, t.yes, t.no, t.dont_know));
                }
            }
            Gate::Support {
                criterion,
                min_score,
                cite,
            } => {
                let Some(k) = set.position(criterion) else { continue };
                let cname = set.criteria.get(k).map(|c| c.name.as_str()).unwrap_or(criterion);
                let label = set.label(*min_score).map(|l| format!(", {l},")).unwrap_or_default();
                let tally = support_tally(n, k, *min_score, cards, card_candidate, card_scores);
                for ((name, t), results) in names.iter().zip(tally).zip(out.iter_mut()) {
                    let how = format!("a mean of at least {min_score}{label} on {cname}");
                    results.push(support(name, &how, cite, t));
                }
            }
        }
    }
    out
}

/// One candidate's answers to the collaborative-gain question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct GainTally {
    yes: u32,
    no: u32,
    dont_know: u32,
}

/// Per candidate: the scorers' answers to the collaborative-gain question.
fn gain_tally(n: usize, cards: &[Scorecard], card_candidate: &[usize]) -> Vec<GainTally> {
    let mut tally = vec![GainTally::default(); n];
    for (card, &c) in cards.iter().zip(card_candidate) {
        if let Some(t) = tally.get_mut(c) {
            match card.collaborative_gain {
                Some(GainAnswer::Yes) => t.yes += 1,
                Some(GainAnswer::No) => t.no += 1,
                Some(GainAnswer::DontKnow) => t.dont_know += 1,
                None => {}
            }
        }
    }
    tally
}

/// One candidate's organisations on the support gate's criterion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct SupportTally {
    /// Organisations whose mean score reaches the minimum.
    supporting: u32,
    /// Organisations with a scorecard for the candidate.
    counted: u32,
    /// Organisations whose every scorer left the criterion unanswered or did not know.
    dont_know: u32,
}

/// Per candidate: organisations counted, supporting (mean score on criterion `k` at
/// least `min_score`) and not knowing. Computed in integers: sum ≥ min × count.
fn support_tally(
    n: usize,
    k: usize,
    min_score: u32,
    cards: &[Scorecard],
    card_candidate: &[usize],
    card_scores: &[Vec<(usize, Option<u32>)>],
) -> Vec<SupportTally> {
    // (candidate, organisation) → (sum of scores, number of scores).
    let mut orgs: BTreeMap<(usize, &str), (u64, u64)> = BTreeMap::new();
    for ((card, &c), scores) in cards.iter().zip(card_candidate).zip(card_scores) {
        let entry = orgs.entry((c, card.organisation.as_str())).or_insert((0, 0));
        if let Some(&(_, Some(v))) = scores.iter().find(|(kk, _)| *kk == k) {
            entry.0 += u64::from(v);
            entry.1 += 1;
        }
    }
    let mut tally = vec![SupportTally::default(); n];
    for (&(c, _), &(sum, count)) in &orgs {
        if let Some(t) = tally.get_mut(c) {
            t.counted += 1;
            if count == 0 {
                t.dont_know += 1;
            } else if sum >= u64::from(min_score) * count {
                t.supporting += 1;
            }
        }
    }
    tally
}

/// The support gate for one candidate: passed with more than half the organisations
/// that scored it; `how` says what support means ("a mean of at least 3 on …").
fn support(name: &str, how: &str, cite: &[String], t: SupportTally) -> GateResult {
    let SupportTally {
        supporting: yes,
        counted: orgs,
        dont_know: dk,
    } = t;
    let passed = u64::from(yes) * 2 > u64::from(orgs);
    let text = if orgs == 0 {
        format!("{name} fails the support gate: no organisation has scored it, so support from most partners has not been shown.")
    } else {
        let dk_text = if dk > 0 {
            format!("; {dk} did not know, which is not support")
        } else {
            String::new()
        };
        let verdict = if passed { "passes" } else { "fails" };
        format!(
            "{name} {verdict} the support gate: {yes} of the {} that scored it support it ({how}){dk_text}; more than half is needed.",
            crate::wording::count(orgs, "organisation")
        )
    };
    GateResult {
        gate: GateKind::Support,
        passed,
        in_favour: yes,
        counted: orgs,
        dont_know: dk,
        reason: Reason::new(text, cite),
    }
}

fn gain(name: &str, question: &str, cite: &[String], yes: u32, no: u32, dk: u32) -> GateResult {
    let counted = yes + no;
    let passed = u64::from(yes) * 2 > u64::from(counted);
    let dk_text = if dk > 0 {
        format!(" ({dk} did not know)")
    } else {
        String::new()
    };
    let text = if counted == 0 {
        format!("{name} fails the collaborative-gain gate: nobody has answered yes or no to \"{question}\"{dk_text}, so collaborative gain has not been shown; partners should only come together in partnership where it will be achieved.")
    } else if passed {
        format!("{name} passes the collaborative-gain gate: {yes} of the {} who answered say{} yes to \"{question}\"{dk_text}.", crate::wording::count(counted, "scorer"), if yes == 1 { "s" } else { "" })
    } else {
        format!("{name} fails the collaborative-gain gate: only {yes} of the {} who answered say{} yes to \"{question}\"{dk_text}; more than half is needed, and partners should only come together in partnership where there is collaborative gain.", crate::wording::count(counted, "scorer"), if yes == 1 { "s" } else { "" })
    };
    GateResult {
        gate: GateKind::CollaborativeGain,
        passed,
        in_favour: yes,
        counted,
        dont_know: dk,
        reason: Reason::new(text, cite),
    }
}
