//! `scorePriorities`: scorecards in, ranking, gates, portfolio, disagreement and
//! sensitivity out, every part explained with its clauses.

use super::aggregate::{self, AggregateMethod, Cells, CriterionResult};
use super::criteria::{CriteriaSet, Scale};
use super::disagreement::{self, Disagreement};
use super::gates::{self, GateResult};
use super::portfolio::{self, PortfolioReport};
use super::scorecards::{self, Candidate, Indexed, Scorecard};
use super::sensitivity::{self, SensitivityReport};
use super::settings::{self, Method, ScoreOptions};
use crate::constitution::ConstitutionSource;
use crate::error::Error;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Input to `scorePriorities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriorityInput {
    /// A preset id or a constitution; its `priorities` section gives the criteria and
    /// the portfolio limit unless `criteria` / `options.portfolio` are given.
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
    /// A criteria set to use instead of the constitution's.
    #[serde(default)]
    pub criteria: Option<CriteriaSet>,
    pub candidates: Vec<Candidate>,
    #[serde(default)]
    pub scorecards: Vec<Scorecard>,
    #[serde(default)]
    pub options: ScoreOptions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct PriorityReport {
    pub criteria_set: String,
    pub aggregate: AggregateMethod,
    pub scale: Scale,
    /// The weights used, in criteria order.
    pub weights: Vec<WeightUsed>,
    /// Rank groups best first; a group with several candidates is a tie.
    pub ranking: Vec<RankGroup>,
    /// Every candidate, best first (ties in input order; unscored last).
    pub candidates: Vec<CandidateResult>,
    pub portfolio: PortfolioReport,
    /// Where scorers disagree most, largest spread first.
    pub disagreements: Vec<Disagreement>,
    /// How many candidate-criterion pairs have any disagreement at all.
    pub disagreement_count: u32,
    /// `null` when there is no portfolio to test.
    pub sensitivity: Option<SensitivityReport>,
    pub warnings: Vec<Reason>,
    /// The constitution's notes on priority selection.
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct WeightUsed {
    pub criterion: String,
    pub name: String,
    pub weight: f64,
    /// The set's own weight, when the input replaced it.
    pub set_weight: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct RankGroup {
    pub rank: u32,
    pub total: f64,
    pub candidates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CandidateResult {
    pub candidate: String,
    pub name: String,
    /// Equal totals share a rank; `null` when nothing weighted was scored.
    pub rank: Option<u32>,
    /// Shares its rank with another candidate.
    pub tied: bool,
    /// The weighted mean on the scale of the answered criteria.
    pub total: Option<f64>,
    pub scorecards: u32,
    pub organisations: u32,
    /// Per criterion, in the set's order.
    pub criteria: Vec<CriterionResult>,
    pub gates: Vec<GateResult>,
    pub passes_gates: bool,
    pub in_portfolio: bool,
    pub reasons: Vec<Reason>,
}

/// Score, rank, gate and propose.
pub fn score_priorities(input: &PriorityInput) -> Result<PriorityReport, Error> {
    let method = settings::resolve(input.constitution.as_ref(), input.criteria.as_ref(), &input.options)?;
    scorecards::check_candidates(&input.candidates)?;
    run(
        &method,
        &input.candidates,
        &input.scorecards,
        "scorecards",
        input.options.aggregate,
    )
}

pub(crate) fn run(
    m: &Method,
    candidates: &[Candidate],
    cards: &[Scorecard],
    path: &str,
    how: AggregateMethod,
) -> Result<PriorityReport, Error> {
    let set = &m.set;
    let x = scorecards::index(set, candidates, cards, path)?;
    let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
    let mut scored = score(m, candidates.len(), cards, &x, how, &names);
    let portfolio::Portfolio {
        report: portfolio,
        members,
    } = portfolio::build(
        m.limit.as_ref(),
        &scored.order,
        &scored.totals,
        &scored.eligible,
        &ids,
        &names,
    );
    let sensitivity = sensitivity_of(m, &scored, &ids, &names);

    // Disagreement over every cell.
    let flat: Vec<(usize, usize, &CriterionResult)> = scored
        .results
        .iter()
        .enumerate()
        .flat_map(|(c, row)| row.iter().enumerate().map(move |(k, r)| (c, k, r)))
        .collect();
    let disagreement::Disagreements {
        list: disagreements,
        total: disagreement_count,
    } = disagreement::rank(&flat, set, &ids, &names, m.max_disagreements);

    let mut warnings = Vec::new();
    let mut cites = Citations::new();
    cites.add(&set.scale.cite);
    let people = People {
        ids: &ids,
        names: &names,
        members: &members,
    };
    let out: Vec<CandidateResult> = scored
        .order
        .clone()
        .into_iter()
        .map(|c| candidate_result(m, how, &mut scored, &people, c, &mut warnings, &mut cites))
        .collect();
    for crit in &set.criteria {
        cites.add(&crit.cite);
    }
    for d in &disagreements {
        cites.add(&d.reason.cite);
    }
    cites.add_reasons(&portfolio.reasons);
    cites.add_reasons(&m.notes);
    if let Some(s) = &sensitivity {
        cites.add_reasons(&s.reasons);
    }
    let summary = summary(m, &out, &portfolio, sensitivity.as_ref(), cards.len());
    Ok(PriorityReport {
        criteria_set: set.id.clone(),
        aggregate: how,
        scale: set.scale.clone(),
        weights: weights_used(m),
        ranking: ranking(&out),
        candidates: out,
        portfolio,
        disagreements,
        disagreement_count,
        sensitivity,
        warnings,
        notes: m.notes.clone(),
        summary,
        citations: cites.into_vec(),
    })
}

/// The arithmetic of a scoring, by candidate index: statistics per criterion, the
/// aggregate values and weighted total, the ranks, and the gates.
struct Scored {
    results: Vec<Vec<CriterionResult>>,
    values: Vec<Vec<Option<f64>>>,
    totals: Vec<Option<f64>>,
    /// Every candidate, best first (ties in input order; unscored last).
    order: Vec<usize>,
    ranks: Vec<Option<u32>>,
    gates: Vec<Vec<GateResult>>,
    passes: Vec<bool>,
    /// Passes the gates and has a total.
    eligible: Vec<bool>,
    scorecards: Vec<u32>,
    organisations: Vec<u32>,
}

fn score(m: &Method, nc: usize, cards: &[Scorecard], x: &Indexed, how: AggregateMethod, names: &[&str]) -> Scored {
    let set = &m.set;
    let cells = Cells::collect(nc, set.criteria.len(), x);
    let mut results: Vec<Vec<CriterionResult>> = Vec::with_capacity(nc);
    let mut values: Vec<Vec<Option<f64>>> = Vec::with_capacity(nc);
    let mut totals = Vec::with_capacity(nc);
    for c in 0..nc {
        let row: Vec<CriterionResult> = set
            .criteria
            .iter()
            .enumerate()
            .map(|(k, crit)| {
                let (vals, dk) = cells.cell(c, k);
                aggregate::stats(&crit.id, vals, dk)
            })
            .collect();
        let v: Vec<Option<f64>> = row.iter().map(|r| r.value(how)).collect();
        totals.push(aggregate::weighted_total(&v, &m.weights));
        values.push(v);
        results.push(row);
    }
    let aggregate::Ranking { order, ranks } = aggregate::rank(&totals);
    let gates = gates::evaluate(set, names, cards, &x.candidate, &x.scores);
    let passes: Vec<bool> = gates.iter().map(|g| g.iter().all(|r| r.passed)).collect();
    let eligible: Vec<bool> = passes.iter().zip(&totals).map(|(&p, t)| p && t.is_some()).collect();
    let mut scorecards = vec![0u32; nc];
    let mut orgs: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); nc];
    for (card, &c) in cards.iter().zip(&x.candidate) {
        if let (Some(n), Some(o)) = (scorecards.get_mut(c), orgs.get_mut(c)) {
            *n += 1;
            o.insert(card.organisation.as_str());
        }
    }
    Scored {
        results,
        values,
        totals,
        order,
        ranks,
        gates,
        passes,
        eligible,
        scorecards,
        organisations: orgs.iter().map(|o| o.len() as u32).collect(),
    }
}

/// Sensitivity, over the candidates that pass the gates, best first; `None` without a
/// portfolio limit.
fn sensitivity_of(m: &Method, s: &Scored, ids: &[&str], names: &[&str]) -> Option<SensitivityReport> {
    let limit = m.limit.as_ref()?;
    let eligible: Vec<usize> = s
        .order
        .iter()
        .copied()
        .filter(|&i| s.eligible.get(i).copied().unwrap_or(false))
        .collect();
    let scores: Vec<Vec<Option<f64>>> = eligible.iter().filter_map(|&i| s.values.get(i).cloned()).collect();
    let crit: Vec<sensitivity::CriterionRef> = m
        .set
        .criteria
        .iter()
        .map(|c| sensitivity::CriterionRef {
            id: c.id.as_str(),
            name: c.name.as_str(),
            cite: c.cite.as_slice(),
        })
        .collect();
    Some(sensitivity::analyse(&sensitivity::Model {
        eligible: &eligible,
        scores: &scores,
        weights: &m.weights,
        max: limit.max as usize,
        range: m.range,
        ids,
        names,
        criteria: &crit,
    }))
}

/// Who the candidates are, and who is in the proposed portfolio.
struct People<'a> {
    ids: &'a [&'a str],
    names: &'a [&'a str],
    members: &'a [usize],
}

/// Candidate `c`'s line of the report, with its reasons; a total resting on fewer
/// criteria than are weighted adds a warning.
fn candidate_result(
    m: &Method,
    how: AggregateMethod,
    s: &mut Scored,
    people: &People,
    c: usize,
    warnings: &mut Vec<Reason>,
    cites: &mut Citations,
) -> CandidateResult {
    let rank = s.ranks.get(c).copied().flatten();
    let total = s.totals.get(c).copied().flatten();
    let name = people.names.get(c).copied().unwrap_or("?");
    let gates = s.gates.get_mut(c).map(std::mem::take).unwrap_or_default();
    let tied = rank.is_some_and(|r| s.ranks.iter().filter(|&&x| x == Some(r)).count() > 1);
    let row = s.results.get_mut(c).map(std::mem::take).unwrap_or_default();
    let weighted = |answered: bool| -> Vec<&str> {
        m.set
            .criteria
            .iter()
            .zip(&m.weights)
            .zip(&row)
            .filter(|((_, &w), r)| w > 0.0 && (r.answers > 0) == answered)
            .map(|((crit, _), _)| crit.name.as_str())
            .collect()
    };
    let mut reasons = vec![rank_reason(m, how, name, rank, total, tied, weighted(true).len())];
    if let Some(w) = total.and(gap_warning(name, &weighted(false))) {
        warnings.push(w);
    }
    for g in gates.iter().filter(|g| !g.passed) {
        reasons.push(g.reason.clone());
    }
    for g in &gates {
        cites.add(&g.reason.cite);
    }
    CandidateResult {
        candidate: people.ids.get(c).copied().unwrap_or("?").to_string(),
        name: name.to_string(),
        rank,
        tied,
        total,
        scorecards: s.scorecards.get(c).copied().unwrap_or(0),
        organisations: s.organisations.get(c).copied().unwrap_or(0),
        criteria: row,
        gates,
        passes_gates: s.passes.get(c).copied().unwrap_or(false),
        in_portfolio: people.members.contains(&c),
        reasons,
    }
}

/// "Lomond is ranked 2 (tied) with a weighted mean score of 3.50 on the 0–4 scale, from 5
/// of 6 weighted criteria."
fn rank_reason(
    m: &Method,
    how: AggregateMethod,
    name: &str,
    rank: Option<u32>,
    total: Option<f64>,
    tied: bool,
    answered: usize,
) -> Reason {
    match (rank, total) {
        (Some(r), Some(t)) => {
            let tie = if tied { " (tied)" } else { "" };
            Reason::new(
                format!(
                    "{name} is ranked {r}{tie} with a weighted {} score of {t:.2} on the {}–{} scale, from {answered} of {}.",
                    match how {
                        AggregateMethod::Mean => "mean",
                        AggregateMethod::Median => "median",
                    },
                    m.set.scale.min,
                    m.set.scale.max,
                    crate::wording::count_irregular(
                        m.weights.iter().filter(|&&w| w > 0.0).count(),
                        "weighted criterion",
                        "weighted criteria"
                    )
                ),
                &[],
            )
        }
        _ => Reason::new(
            format!("{name} has no score on any weighted criterion, so it is not ranked."),
            &[],
        ),
    }
}

/// The warning for weighted criteria nobody scored, if any.
fn gap_warning(name: &str, unanswered: &[&str]) -> Option<Reason> {
    if unanswered.is_empty() {
        return None;
    }
    Some(Reason::new(
        format!(
            "{name}: no scores on {} ({}); the total rests on the other criteria and does not count the gap as zero.",
            if unanswered.len() == 1 {
                "one criterion".to_string()
            } else {
                format!("{} criteria", unanswered.len())
            },
            unanswered.iter().take(5).copied().collect::<Vec<_>>().join(", ")
                + if unanswered.len() > 5 { ", …" } else { "" }
        ),
        &[],
    ))
}

/// Rank groups best first, from the candidates in order.
fn ranking(out: &[CandidateResult]) -> Vec<RankGroup> {
    let mut ranking: Vec<RankGroup> = Vec::new();
    for r in out {
        if let (Some(rank), Some(total)) = (r.rank, r.total) {
            match ranking.last_mut() {
                Some(g) if g.rank == rank => g.candidates.push(r.candidate.clone()),
                _ => ranking.push(RankGroup {
                    rank,
                    total,
                    candidates: vec![r.candidate.clone()],
                }),
            }
        }
    }
    ranking
}

fn weights_used(m: &Method) -> Vec<WeightUsed> {
    m.set
        .criteria
        .iter()
        .zip(&m.weights)
        .zip(&m.overridden)
        .map(|((c, &w), &o)| WeightUsed {
            criterion: c.id.clone(),
            name: c.name.clone(),
            weight: w,
            set_weight: o.then_some(c.weight),
        })
        .collect()
}

fn summary(
    m: &Method,
    out: &[CandidateResult],
    portfolio: &PortfolioReport,
    sensitivity: Option<&SensitivityReport>,
    cards: usize,
) -> String {
    let name_of = |id: &str| {
        out.iter()
            .find(|c| c.candidate == id)
            .map_or(id.to_string(), |c| c.name.clone())
    };
    let ranked = out.iter().filter(|c| c.rank.is_some()).count();
    let failed = out.iter().filter(|c| !c.passes_gates).count();
    let mut s = format!(
        "{ranked} of {} candidates ranked on {} criteria from {cards} scorecards",
        out.len(),
        m.set.criteria.len()
    );
    if failed > 0 {
        s.push_str(&format!(
            "; {failed} {} a gate",
            if failed == 1 { "fails" } else { "fail" }
        ));
    }
    s.push('.');
    if m.limit.is_some() {
        if portfolio.proposed.is_empty() {
            s.push_str(" No portfolio can be proposed yet.");
        } else {
            let list: Vec<String> = portfolio.proposed.iter().map(|id| name_of(id)).collect();
            s.push_str(&format!(" Proposed portfolio: {}.", list.join(", ")));
        }
        if !portfolio.tied_at_boundary.is_empty() {
            let list: Vec<String> = portfolio.tied_at_boundary.iter().map(|id| name_of(id)).collect();
            s.push_str(&format!(
                " Tied for the last {} {}: {}.",
                portfolio.places_for_tied,
                if portfolio.places_for_tied == 1 {
                    "place"
                } else {
                    "places"
                },
                list.join(", ")
            ));
        }
    }
    if let Some(sens) = sensitivity {
        let pct = sens.range * 100.0;
        if !sens.analysed {
            s.push_str(" Too many candidates pass the gates for the sensitivity analysis.");
        } else if sens.stable {
            s.push_str(&format!(" It holds when any one weight moves by up to ±{pct:.0}%."));
        } else {
            s.push_str(&format!(" It can change when a weight moves by up to ±{pct:.0}%."));
        }
    }
    s
}
