//! `combineScorecards`: scorecards exported by many partners, as JSON or CSV, merged
//! into one set and scored.
//!
//! Nothing is dropped silently. A repeated scorecard (same scorer, same candidate) keeps
//! the first one met, in source order, and reports the others as identical or
//! conflicting; a scorecard for an unknown candidate is set aside; a score for an unknown
//! criterion, a score off the scale or a criterion scored twice on one scorecard is
//! set aside while the rest of that scorecard is kept. Every one is listed in `issues`.

use super::criteria::{short, CriteriaSet};
use super::csv_io;
use super::score::{run, PriorityReport};
use super::scorecards::{Candidate, CriterionScore, Scorecard, MAX_SCORECARDS};
use super::settings::{self, ScoreOptions};
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

pub const MAX_SOURCES: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CombineInput {
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
    #[serde(default)]
    pub criteria: Option<CriteriaSet>,
    pub candidates: Vec<Candidate>,
    /// One entry per partner's export.
    pub sources: Vec<ScorecardSource>,
    #[serde(default)]
    pub options: ScoreOptions,
}

/// One partner's export: scorecards as JSON, as CSV text, or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScorecardSource {
    /// Where it came from ("NHS GG&C.csv"): named in every issue.
    pub name: String,
    #[serde(default)]
    pub scorecards: Vec<Scorecard>,
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub csv: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum IssueKind {
    /// The same scorecard again, identical: the copy is ignored.
    Duplicate,
    /// Another scorecard from the same scorer for the same candidate that differs: the
    /// first is kept and this one set aside; the Board should check which is right.
    ConflictingDuplicate,
    UnknownCandidate,
    UnknownCriterion,
    OffScale,
    RepeatedCriterion,
    /// No scorer or no organisation named.
    Incomplete,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CombineIssue {
    pub kind: IssueKind,
    pub source: String,
    /// Position of the scorecard within its source (0-based; CSV data rows from 0).
    pub index: u32,
    pub scorer: String,
    pub candidate: String,
    pub criterion: Option<String>,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct SourceCount {
    pub source: String,
    pub scorecards: u32,
    pub kept: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CombineReport {
    /// The merged scorecards, as scored.
    pub scorecards: Vec<Scorecard>,
    pub issues: Vec<CombineIssue>,
    pub sources: Vec<SourceCount>,
    pub result: PriorityReport,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Merge every source and score the result.
pub fn combine_scorecards(input: &CombineInput) -> Result<CombineReport, Error> {
    let m = settings::resolve(input.constitution.as_ref(), input.criteria.as_ref(), &input.options)?;
    let merged = merge(&m, input)?;
    let scored = score(&m, &input.candidates, &merged, input.options.aggregate)?;
    Ok(merged.report(scored))
}

/// The parts of a `combineScorecards` report that its options (weights, aggregate,
/// range, portfolio) change: the result, and the summary and citations that include it.
/// A [`super::CombinedSession`] sends only these after a weight change; with the rest of
/// its first report they are exactly the `combineScorecards` report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CombinedResult {
    pub result: PriorityReport,
    pub summary: String,
    pub citations: Vec<String>,
}

/// The sources merged: what every report on them shares, whatever the options.
#[derive(Debug, Clone)]
pub(crate) struct Merged {
    pub kept: Vec<Scorecard>,
    pub issues: Vec<CombineIssue>,
    pub counts: Vec<SourceCount>,
    /// Scorecards read from every source, before any was set aside.
    pub total: usize,
}

impl Merged {
    /// The whole report, with the scored part.
    pub fn report(self, scored: CombinedResult) -> CombineReport {
        CombineReport {
            scorecards: self.kept,
            issues: self.issues,
            sources: self.counts,
            result: scored.result,
            summary: scored.summary,
            citations: scored.citations,
        }
    }
}

/// Check the candidates and the sources, read each source's CSV and merge them all.
/// Depends on the criteria set (`m.set`) and the candidates, never on the options.
pub(crate) fn merge(m: &settings::Method, input: &CombineInput) -> Result<Merged, Error> {
    super::scorecards::check_candidates(&input.candidates)?;
    if input.sources.len() > MAX_SOURCES {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "sources",
            format!("at most {MAX_SOURCES} sources are accepted"),
        ));
    }
    let mut merge = Merge {
        set: &m.set,
        candidates: input.candidates.iter().map(|c| c.id.as_str()).collect(),
        kept: Vec::new(),
        first: BTreeMap::new(),
        issues: Vec::new(),
    };
    let mut counts = Vec::with_capacity(input.sources.len());
    let mut total = 0usize;
    for (s, source) in input.sources.iter().enumerate() {
        let from_csv = match &source.csv {
            Some(text) => csv_io::read(text, &format!("sources[{s}].csv"))?,
            None => Vec::new(),
        };
        let n = source.scorecards.len() + from_csv.len();
        total = total.saturating_add(n);
        if total > MAX_SCORECARDS {
            return Err(Error::at(
                ErrorCode::TooLarge,
                format!("sources[{s}]"),
                format!("at most {MAX_SCORECARDS} scorecards are accepted in all"),
            ));
        }
        let mut kept_here = 0u32;
        for (i, card) in source.scorecards.iter().chain(from_csv.iter()).enumerate() {
            if merge.take(&source.name, i, card) {
                kept_here += 1;
            }
        }
        counts.push(SourceCount {
            source: source.name.clone(),
            scorecards: n as u32,
            kept: kept_here,
        });
    }
    let Merge { kept, issues, .. } = merge;
    Ok(Merged {
        kept,
        issues,
        counts,
        total,
    })
}

/// Score the merged scorecards: the result, and the summary and citations with it.
pub(crate) fn score(
    m: &settings::Method,
    candidates: &[Candidate],
    merged: &Merged,
    how: super::aggregate::AggregateMethod,
) -> Result<CombinedResult, Error> {
    let result = run(m, candidates, &merged.kept, "sources", how)?;
    let mut cites = Citations::new();
    cites.add(&result.citations);
    for i in &merged.issues {
        cites.add(&i.reason.cite);
    }
    let summary = format!(
        "{} from {} combined into {}; {} {} listed. {}",
        crate::wording::count(merged.total, "scorecard"),
        crate::wording::count(merged.counts.len(), "source"),
        merged.kept.len(),
        merged.issues.len(),
        if merged.issues.len() == 1 {
            "issue is"
        } else {
            "issues are"
        },
        result.summary
    );
    Ok(CombinedResult {
        result,
        summary,
        citations: cites.into_vec(),
    })
}

struct Merge<'a> {
    set: &'a CriteriaSet,
    candidates: HashSet<&'a str>,
    kept: Vec<Scorecard>,
    first: BTreeMap<(String, String), (Scorecard, String)>,
    issues: Vec<CombineIssue>,
}

/// Scorecard `index` of a source, for an issue's wording.
struct Place<'c> {
    source: &'c str,
    index: usize,
    card: &'c Scorecard,
}

impl Place<'_> {
    /// "NHS.csv: scorecard 3 (A. Scorer on "c1")": only written when there is an issue.
    fn who(&self) -> String {
        format!(
            "{}: scorecard {} ({} on \"{}\")",
            short(self.source),
            self.index + 1,
            short(&self.card.scorer),
            short(&self.card.candidate)
        )
    }
}

impl Merge<'_> {
    fn issue(&mut self, at: &Place, kind: IssueKind, criterion: Option<&str>, text: String, cite: &[String]) {
        self.issues.push(CombineIssue {
            kind,
            source: at.source.to_string(),
            index: at.index as u32,
            scorer: at.card.scorer.clone(),
            candidate: at.card.candidate.clone(),
            criterion: criterion.map(str::to_string),
            reason: Reason::new(text, cite),
        });
    }

    /// Keep scorecard `index` of `source` (its valid scores) or set it aside with an
    /// issue; whether it was kept.
    fn take(&mut self, source: &str, index: usize, card: &Scorecard) -> bool {
        let at = Place { source, index, card };
        if card.scorer.trim().is_empty() || card.organisation.trim().is_empty() {
            let text = format!("{}: names no scorer or no organisation, so it is set aside", at.who());
            self.issue(&at, IssueKind::Incomplete, None, text, &[]);
            return false;
        }
        if !self.candidates.contains(card.candidate.as_str()) {
            let text = format!(
                "{}: there is no such candidate, so the scorecard is set aside",
                at.who()
            );
            self.issue(&at, IssueKind::UnknownCandidate, None, text, &[]);
            return false;
        }
        let key = (card.scorer.clone(), card.candidate.clone());
        if let Some((raw, from)) = self.first.get(&key) {
            let (kind, text) = if raw == card {
                (
                    IssueKind::Duplicate,
                    format!("{}: the same scorecard as in {}, counted once", at.who(), short(from)),
                )
            } else {
                (IssueKind::ConflictingDuplicate, format!("{}: a second, different scorecard by the same scorer for the same candidate; the one from {} is kept and this one set aside: check which is right", at.who(), short(from)))
            };
            self.issue(&at, kind, None, text, &[]);
            return false;
        }
        let scores = self.scores(&at);
        self.first.insert(key, (card.clone(), source.to_string()));
        self.kept.push(Scorecard { scores, ..card.clone() });
        true
    }

    /// The scores of a kept scorecard, less those for an unknown criterion, repeated, or
    /// off the scale (each an issue).
    fn scores(&mut self, at: &Place) -> Vec<CriterionScore> {
        let set = self.set;
        let mut scores: Vec<CriterionScore> = Vec::with_capacity(at.card.scores.len());
        for (j, s) in at.card.scores.iter().enumerate() {
            let in_order = set.criteria.get(j).filter(|c| c.id == s.criterion).map(|_| j);
            let Some(k) = in_order.or_else(|| set.position(&s.criterion)) else {
                let text = format!(
                    "{}: scores \"{}\", which is not a criterion of {}; that score is set aside",
                    at.who(),
                    short(&s.criterion),
                    set.id
                );
                self.issue(at, IssueKind::UnknownCriterion, Some(&s.criterion), text, &[]);
                continue;
            };
            let cite = set.criteria.get(k).map(|c| c.cite.as_slice()).unwrap_or(&[]);
            if scores.iter().any(|x| x.criterion == s.criterion) {
                let text = format!(
                    "{}: scores \"{}\" more than once; the first is kept",
                    at.who(),
                    short(&s.criterion)
                );
                self.issue(at, IssueKind::RepeatedCriterion, Some(&s.criterion), text, cite);
                continue;
            }
            if let Some(v) = s.score.filter(|&v| v < set.scale.min || v > set.scale.max) {
                let text = format!(
                    "{}: {v} on \"{}\" is not on the scale {}–{}; that score is set aside",
                    at.who(),
                    short(&s.criterion),
                    set.scale.min,
                    set.scale.max
                );
                self.issue(at, IssueKind::OffScale, Some(&s.criterion), text, cite);
                continue;
            }
            scores.push(s.clone());
        }
        scores
    }
}
