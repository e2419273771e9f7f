//! Priority selection: collaborative-gain scoring of candidate priorities.
//!
//! A Board picks a few priorities at a time out of many proposals (Inverclyde: three or
//! four, MoU section 3). The method here is transparent and repeatable:
//!
//! 1. a **criteria set** ([`CriteriaSet`]) says what is scored, on which scale, with
//!    which weights, and which questions are **gates** (data, in the constitution's
//!    `priorities` section or in the input);
//! 2. every scorer fills in one **scorecard** per candidate ([`Scorecard`]); "don't know"
//!    is allowed and never counted as zero;
//! 3. the engine **aggregates** per candidate and criterion (mean, median, count, spread),
//!    forms a **weighted total**, **ranks** (equal totals share a rank), applies the
//!    **gates**, and proposes a **portfolio** within the limit;
//! 4. it lists where scorers **disagree** most, and tests the portfolio's
//!    **sensitivity** to each weight exactly;
//! 5. partners' exports (JSON or CSV) are **combined**, with every duplicate or unknown
//!    reference reported.
//!
//! Every part of the answer is a sentence with the clauses it rests on.
//!
//! ```
//! use quorate_core::{constitution::ConstitutionSource, priorities};
//!
//! // Inverclyde's method: a portfolio of three or four priorities (MoU 2.4, 3).
//! let source: ConstitutionSource = serde_json::from_str(r#""inverclyde-mou""#).unwrap();
//! let report = serde_json::to_value(priorities::priority_criteria(&source).unwrap()).unwrap();
//! assert_eq!(report["selection"]["portfolio"]["min"], 3);
//! assert_eq!(report["selection"]["portfolio"]["max"], 4);
//!
//! // Clackmannanshire's framework sets no method: it says so rather than borrowing one.
//! let source: ConstitutionSource = serde_json::from_str(r#""clackmannanshire-2019""#).unwrap();
//! let report = serde_json::to_value(priorities::priority_criteria(&source).unwrap()).unwrap();
//! assert!(report["selection"].is_null());
//! ```

mod aggregate;
mod combine;
mod combined;
mod criteria;
mod csv_io;
mod disagreement;
mod gates;
mod lookup;
mod portfolio;
mod score;
mod scorecards;
mod sensitivity;
mod session;
mod settings;

#[cfg(test)]
mod tests;

pub use aggregate::{AggregateMethod, CriterionResult};
pub use combine::{
    combine_scorecards, CombineInput, CombineIssue, CombineReport, CombinedResult, IssueKind, ScorecardSource,
    SourceCount,
};
pub use combined::CombinedSession;
pub use criteria::{
    check_selection, check_set, CriteriaSet, Criterion, CriterionGroup, Gate, PortfolioLimit, PrioritySelection, Scale,
    ScaleLabel, MAX_CRITERIA,
};
pub use csv_io::{
    scorecards_from_csv, scorecards_to_csv, ScorecardsCsv, ScorecardsFromCsvInput, ScorecardsRead, ScorecardsToCsvInput,
};
pub use disagreement::Disagreement;
pub use gates::{GateKind, GateResult};
pub use lookup::{priority_criteria, PriorityCriteriaReport};
pub use portfolio::PortfolioReport;
pub use score::{score_priorities, CandidateResult, PriorityInput, PriorityReport, RankGroup, WeightUsed};
pub use scorecards::{Candidate, CriterionScore, GainAnswer, Scorecard, MAX_CANDIDATES, MAX_SCORECARDS};
pub use sensitivity::{CandidateStability, PortfolioChange, SensitivityReport, WeightSensitivity};
pub use session::{ScoreChange, ScoreClear, ScorecardRef, Session, WeightChange};
pub use settings::{ScoreOptions, WeightOverride};
