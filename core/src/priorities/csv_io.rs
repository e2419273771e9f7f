//! Scorecards as CSV, one row per scorecard, through [`crate::csv`].
//!
//! Columns: `scorer`, `organisation`, `candidate`, `collaborativeGain` (`yes`, `no`,
//! `dontKnow` or blank), then one column per criterion id in the set's order (and any
//! other criterion the scorecards mention, in order of first use). A score cell is the
//! points, `dontKnow`, or blank when the criterion was not answered. Export then import
//! gives back the same scorecards, with each scorecard's scores in column order.
//! Spreadsheet-safe export prefixes text starting `=`, `+`, `-` or `@` with `'` (and text
//! starting with `'` with one more); import removes that prefix again, so the round trip
//! is lossless.

use super::criteria::{short, CriteriaSet};
use super::scorecards::{CriterionScore, GainAnswer, Scorecard, MAX_SCORECARDS};
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// At most this much CSV text is read from one source (10 MB).
pub const MAX_CSV_BYTES: usize = 10_000_000;
const FIXED: [&str; 4] = ["scorer", "organisation", "candidate", "collaborativeGain"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScorecardsToCsvInput {
    /// Gives the column order (optional; otherwise the order criteria first appear).
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
    #[serde(default)]
    pub criteria: Option<CriteriaSet>,
    pub scorecards: Vec<Scorecard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ScorecardsCsv {
    pub csv: String,
    pub columns: Vec<String>,
    pub rows: u32,
    pub summary: String,
    pub citations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScorecardsFromCsvInput {
    pub csv: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ScorecardsRead {
    pub scorecards: Vec<Scorecard>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Export scorecards as CSV.
pub fn scorecards_to_csv(input: &ScorecardsToCsvInput) -> Result<ScorecardsCsv, Error> {
    if input.scorecards.len() > MAX_SCORECARDS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "scorecards",
            format!("at most {MAX_SCORECARDS} scorecards are accepted"),
        ));
    }
    let set = match (&input.criteria, &input.constitution) {
        (Some(set), _) => Some(set.clone()),
        (None, Some(c)) => c.resolve()?.priorities.as_ref().map(|p| p.criteria.clone()),
        (None, None) => None,
    };
    let Columns { columns, index } = columns(set.as_ref(), &input.scorecards)?;
    let mut rows = Vec::with_capacity(input.scorecards.len() + 1);
    rows.push(
        FIXED
            .iter()
            .map(|s| s.to_string())
            .chain(columns.iter().cloned())
            .collect(),
    );
    for (i, card) in input.scorecards.iter().enumerate() {
        rows.push(row(i, card, &index, columns.len())?);
    }
    let n = input.scorecards.len();
    let all_columns: Vec<String> = FIXED.iter().map(|s| s.to_string()).chain(columns).collect();
    Ok(ScorecardsCsv {
        csv: crate::csv::write(&rows),
        summary: format!(
            "{n} scorecards as CSV, one row each, with {} criterion columns.",
            all_columns.len() - FIXED.len()
        ),
        columns: all_columns,
        rows: n as u32,
        citations: set
            .map(|s| {
                let mut c = crate::reason::Citations::new();
                for crit in &s.criteria {
                    c.add(&crit.cite);
                }
                c.into_vec()
            })
            .unwrap_or_default(),
    })
}

/// The criterion columns of an export, and each criterion's column.
struct Columns {
    /// The set's criteria in its order, then any other the scorecards mention.
    columns: Vec<String>,
    index: HashMap<String, usize>,
}

/// The criterion columns: the set's criteria, then every other criterion in order of
/// first use; a fixed column's name or a blank one cannot be a criterion.
fn columns(set: Option<&CriteriaSet>, cards: &[Scorecard]) -> Result<Columns, Error> {
    let mut columns: Vec<String> = set
        .iter()
        .flat_map(|s| s.criteria.iter().map(|c| c.id.clone()))
        .collect();
    let mut index: HashMap<String, usize> = columns.iter().enumerate().map(|(i, c)| (c.clone(), i)).collect();
    for (i, card) in cards.iter().enumerate() {
        for (j, s) in card.scores.iter().enumerate() {
            if FIXED.contains(&s.criterion.as_str()) || s.criterion.trim().is_empty() {
                return Err(Error::at(
                    ErrorCode::InvalidInput,
                    format!("scorecards[{i}].scores[{j}].criterion"),
                    format!("\"{}\" cannot be a criterion column", short(&s.criterion)),
                ));
            }
            if !index.contains_key(&s.criterion) {
                if columns.len() >= 1000 {
                    return Err(Error::at(
                        ErrorCode::TooLarge,
                        "scorecards",
                        "too many different criteria",
                    ));
                }
                index.insert(s.criterion.clone(), columns.len());
                columns.push(s.criterion.clone());
            }
        }
    }
    Ok(Columns { columns, index })
}

/// Scorecard `i` as one row: the fixed columns, then a cell per criterion column.
fn row(i: usize, card: &Scorecard, index: &HashMap<String, usize>, width: usize) -> Result<Vec<String>, Error> {
    let mut cells = vec![String::new(); width];
    for (j, s) in card.scores.iter().enumerate() {
        let Some(cell) = index.get(&s.criterion).and_then(|&k| cells.get_mut(k)) else {
            continue;
        };
        if !cell.is_empty() {
            return Err(Error::at(
                ErrorCode::DuplicateId,
                format!("scorecards[{i}].scores[{j}].criterion"),
                format!("\"{}\" is scored more than once on this scorecard", short(&s.criterion)),
            ));
        }
        *cell = s.score.map_or("dontKnow".to_string(), |v| v.to_string());
    }
    let fixed = [
        card.scorer.clone(),
        card.organisation.clone(),
        card.candidate.clone(),
        card.collaborative_gain
            .map_or(String::new(), |g| g.as_str().to_string()),
    ];
    Ok(fixed.into_iter().chain(cells).collect())
}

/// Read scorecards from CSV text.
pub fn scorecards_from_csv(input: &ScorecardsFromCsvInput) -> Result<ScorecardsRead, Error> {
    let scorecards = read(&input.csv, "csv")?;
    Ok(ScorecardsRead {
        summary: format!("{} scorecards read.", scorecards.len()),
        scorecards,
        citations: Vec::new(),
    })
}

/// Parse scorecards; errors name `path` and say which row and column.
pub(crate) fn read(text: &str, path: &str) -> Result<Vec<Scorecard>, Error> {
    if text.len() > MAX_CSV_BYTES {
        return Err(Error::at(
            ErrorCode::TooLarge,
            path,
            format!("at most {MAX_CSV_BYTES} bytes of CSV are read"),
        ));
    }
    let (header, records) = crate::csv::parse_records(text).map_err(|e| e.within(path))?;
    if records.len() > MAX_SCORECARDS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            path,
            format!("at most {MAX_SCORECARDS} scorecards are accepted"),
        ));
    }
    let header: Vec<String> = header.iter().map(|h| unguard(h)).collect();
    let layout = layout(&header, path)?;
    let mut cards = Vec::with_capacity(records.len());
    for (r, row) in records.iter().enumerate() {
        cards.push(record(&layout, r, row, path)?);
    }
    Ok(cards)
}

/// Where each column is in the header row.
struct Layout<'h> {
    scorer: usize,
    organisation: usize,
    candidate: usize,
    gain: Option<usize>,
    /// Every other column, a criterion: its position and id.
    criteria: Vec<(usize, &'h String)>,
}

/// The header row: scorer, organisation and candidate are required; no column is blank
/// or named twice.
fn layout<'h>(header: &'h [String], path: &str) -> Result<Layout<'h>, Error> {
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(scorer), Some(organisation), Some(candidate)) = (col("scorer"), col("organisation"), col("candidate"))
    else {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            path,
            "the header row needs the columns scorer, organisation and candidate",
        ));
    };
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() {
            return Err(Error::at(
                ErrorCode::InvalidInput,
                path,
                format!("header column {} is empty", i + 1),
            ));
        }
        if header.iter().take(i).any(|x| x == h) {
            return Err(Error::at(
                ErrorCode::DuplicateId,
                path,
                format!("the header names \"{}\" twice", short(h)),
            ));
        }
    }
    Ok(Layout {
        scorer,
        organisation,
        candidate,
        gain: col("collaborativeGain"),
        criteria: header
            .iter()
            .enumerate()
            .filter(|(_, h)| !FIXED.contains(&h.as_str()))
            .collect(),
    })
}

/// Data row `r` as a scorecard.
fn record(layout: &Layout, r: usize, row: &[String], path: &str) -> Result<Scorecard, Error> {
    let cell = |i: usize| row.get(i).map_or(String::new(), |s| unguard(s));
    let where_ = |column: &str| {
        format!(
            "row {} (line {} of the data), column \"{}\"",
            r + 1,
            r + 2,
            short(column)
        )
    };
    let collaborative_gain = match layout.gain.map(cell).as_deref().map(str::trim) {
        None | Some("") => None,
        Some(v) => Some(gain_answer(v).ok_or_else(|| {
            Error::at(
                ErrorCode::InvalidInput,
                path,
                format!(
                    "{}: \"{}\" is not yes, no or dontKnow",
                    where_("collaborativeGain"),
                    short(v)
                ),
            )
        })?),
    };
    let mut scores = Vec::new();
    for &(i, name) in &layout.criteria {
        let raw = cell(i);
        let v = raw.trim();
        if v.is_empty() {
            continue;
        }
        let score = if is_dont_know(v) {
            None
        } else {
            Some(v.parse::<u32>().map_err(|_| {
                Error::at(
                    ErrorCode::InvalidInput,
                    path,
                    format!(
                        "{}: \"{}\" is not a whole number of points or dontKnow",
                        where_(name),
                        short(v)
                    ),
                )
            })?)
        };
        scores.push(CriterionScore {
            criterion: name.clone(),
            score,
        });
    }
    Ok(Scorecard {
        scorer: cell(layout.scorer),
        organisation: cell(layout.organisation),
        candidate: cell(layout.candidate),
        collaborative_gain,
        scores,
    })
}

/// A collaborative-gain cell (not blank), as spreadsheets tend to write it.
fn gain_answer(v: &str) -> Option<GainAnswer> {
    match v.to_ascii_lowercase().as_str() {
        "yes" | "y" => Some(GainAnswer::Yes),
        "no" | "n" => Some(GainAnswer::No),
        _ if is_dont_know(v) => Some(GainAnswer::DontKnow),
        _ => None,
    }
}

/// "Don't know", as spreadsheets tend to write it.
fn is_dont_know(v: &str) -> bool {
    matches!(v.to_ascii_lowercase().as_str(), "dontknow" | "don't know" | "dk" | "?")
}

/// Text as it was before export: the formula guard of [`crate::csv::field`] comes off.
fn unguard(s: &str) -> String {
    crate::csv::unguard(s).to_string()
}
