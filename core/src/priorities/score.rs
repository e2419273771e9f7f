//! `scorePriorities`: scorecards in, ranking, gates, portfolio, disagreement and
//! sensitivity out, every part explained with its clauses.

use super::aggregate::{self, AggregateMethod, Cells, CriterionResult};
use super::criteria::{CriteriaSet, Scale};
use super::disagreement::{self, Disagreement};
use super::gates::{self, GateResult};
use super::portfolio::{self, PortfolioReport};
use super::scorecards::{self, Candidate, Scorecard};
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
    let (nc, nk) = (candidates.len(), set.criteria.len());
    let cells = Cells::collect(nc, nk, &x);
    let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();

    // Per candidate: statistics per criterion, the aggregate values, the total.
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
    let (order, ranks) = aggregate::rank(&totals);
    let gate_results = gates::evaluate(set, &names, cards, &x.candidate, &x.scores);
    let passes: Vec<bool> = gate_results.iter().map(|g| g.iter().all(|r| r.passed)).collect();
    let eligible_flags: Vec<bool> = passes.iter().zip(&totals).map(|(&p, t)| p && t.is_some()).collect();
    let (portfolio, members, _) = portfolio::build(m.limit.as_ref(), &order, &totals, &eligible_flags, &ids, &names);

    // Sensitivity, over the candidates that pass the gates, best first.
    let sensitivity = m.limit.as_ref().map(|limit| {
        let eligible: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| eligible_flags.get(i).copied().unwrap_or(false))
            .collect();
        let scores: Vec<Vec<Option<f64>>> = eligible.iter().filter_map(|&i| values.get(i).cloned()).collect();
        let crit: Vec<sensitivity::CriterionRef> = set
            .criteria
            .iter()
            .map(|c| sensitivity::CriterionRef {
                id: c.id.as_str(),
                name: c.name.as_str(),
                cite: c.cite.as_slice(),
            })
            .collect();
        sensitivity::analyse(&sensitivity::Model {
            eligible: &eligible,
            scores: &scores,
            weights: &m.weights,
            max: limit.max as usize,
            range: m.range,
            ids: &ids,
            names: &names,
            criteria: &crit,
        })
    });

    // Disagreement over every cell.
    let flat: Vec<(usize, usize, &CriterionResult)> = results
        .iter()
        .enumerate()
        .flat_map(|(c, row)| row.iter().enumerate().map(move |(k, r)| (c, k, r)))
        .collect();
    let (disagreements, disagreement_count) = disagreement::rank(&flat, set, &ids, &names, m.max_disagreements);

    // Per-candidate counts and reasons.
    let mut card_count = vec![0u32; nc];
    let mut orgs: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); nc];
    for (card, &c) in cards.iter().zip(&x.candidate) {
        if let (Some(n), Some(o)) = (card_count.get_mut(c), orgs.get_mut(c)) {
            *n += 1;
            o.insert(card.organisation.as_str());
        }
    }
    let tie_count = |r: u32| ranks.iter().filter(|&&x| x == Some(r)).count();
    let mut warnings = Vec::new();
    let mut cites = Citations::new();
    cites.add(&set.scale.cite);
    let mut gate_results = gate_results;
    let mut out = Vec::with_capacity(nc);
    for &c in &order {
        let rank = ranks.get(c).copied().flatten();
        let total = totals.get(c).copied().flatten();
        let name = names.get(c).copied().unwrap_or("?");
        let gates = gate_results.get_mut(c).map(std::mem::take).unwrap_or_default();
        let passes_gates = passes.get(c).copied().unwrap_or(false);
        let in_portfolio = members.contains(&c);
        let tied = rank.is_some_and(|r| tie_count(r) > 1);
        let row = results.get_mut(c).map(std::mem::take).unwrap_or_default();
        let mut reasons = Vec::new();
        let weighted: Vec<&str> = set
            .criteria
            .iter()
            .zip(&m.weights)
            .zip(&row)
            .filter(|((_, &w), r)| w > 0.0 && r.answers > 0)
            .map(|((crit, _), _)| crit.name.as_str())
            .collect();
        match (rank, total) {
            (Some(r), Some(t)) => {
                let tie = if tied { " (tied)" } else { "" };
                reasons.push(Reason::new(
                    format!(
                        "{name} is ranked {r}{tie} with a weighted {} score of {t:.2} on the {}–{} scale, from {} of {} weighted criteria.",
                        match how {
                            AggregateMethod::Mean => "mean",
                            AggregateMethod::Median => "median",
                        },
                        set.scale.min,
                        set.scale.max,
                        weighted.len(),
                        m.weights.iter().filter(|&&w| w > 0.0).count()
                    ),
                    &[],
                ));
            }
            _ => reasons.push(Reason::new(
                format!("{name} has no score on any weighted criterion, so it is not ranked."),
                &[],
            )),
        }
        let unanswered: Vec<&str> = set
            .criteria
            .iter()
            .zip(&m.weights)
            .zip(&row)
            .filter(|((_, &w), r)| w > 0.0 && r.answers == 0)
            .map(|((crit, _), _)| crit.name.as_str())
            .collect();
        if total.is_some() && !unanswered.is_empty() {
            warnings.push(Reason::new(
                format!(
                    "{name}: no scores on {} ({}); the total rests on the other criteria and does not count the gap as zero.",
                    if unanswered.len() == 1 { "one criterion".to_string() } else { format!("{} criteria", unanswered.len()) },
                    unanswered.iter().take(5).copied().collect::<Vec<_>>().join(", ")
                        + if unanswered.len() > 5 { ", …" } else { "" }
                ),
                &[],
            ));
        }
        for g in gates.iter().filter(|g| !g.passed) {
            reasons.push(g.reason.clone());
        }
        cites.add_reasons(&gates.iter().map(|g| g.reason.clone()).collect::<Vec<_>>());
        out.push(CandidateResult {
            candidate: ids.get(c).copied().unwrap_or("?").to_string(),
            name: name.to_string(),
            rank,
            tied,
            total,
            scorecards: card_count.get(c).copied().unwrap_or(0),
            organisations: orgs.get(c).map_or(0, |o| o.len() as u32),
            criteria: row,
            gates,
            passes_gates,
            in_portfolio,
            reasons,
        });
    }
    let mut ranking: Vec<RankGroup> = Vec::new();
    for r in &out {
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
    let weights = set
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
        .collect();
    let summary = summary(m, &out, &portfolio, sensitivity.as_ref(), cards.len());
    Ok(PriorityReport {
        criteria_set: set.id.clone(),
        aggregate: how,
        scale: set.scale.clone(),
        weights,
        ranking,
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
