//! Meeting cadence: how often a body must meet, checked against the dates it met.
//!
//! Rules are data on each [`Body`](crate::constitution::Body): "at least quarterly"
//! (Clackmannanshire B3.1, C3.1; Inverclyde 7.1), "no less than four times in a year"
//! (D3.8), "every 6 weeks" (Inverclyde 7.1). A check never guesses about time it was
//! not shown: it reads the period given, or the span from the first to the last meeting.

use crate::date::IsoDate;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// One cadence requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum CadenceRule {
    /// At least `min` meetings in every calendar quarter of the period.
    PerQuarter { min: u32, cite: Vec<String> },
    /// At least `min` meetings in every calendar year of the period.
    PerYear { min: u32, cite: Vec<String> },
    /// No more than `weeks` weeks between one meeting and the next.
    EveryWeeks { weeks: u32, cite: Vec<String> },
}

impl CadenceRule {
    pub fn cite(&self) -> &[String] {
        match self {
            CadenceRule::PerQuarter { cite, .. }
            | CadenceRule::PerYear { cite, .. }
            | CadenceRule::EveryWeeks { cite, .. } => cite,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            CadenceRule::PerQuarter { min: 1, .. } => "at least quarterly".to_string(),
            CadenceRule::PerQuarter { min, .. } => format!("at least {min} times a quarter"),
            CadenceRule::PerYear { min, .. } => format!("at least {min} times a year"),
            CadenceRule::EveryWeeks { weeks, .. } => format!("every {weeks} weeks"),
        }
    }
}

/// A breach of a cadence rule, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CadenceBreach {
    /// The rule, in words ("at least quarterly").
    pub rule: String,
    /// The stretch of time that fell short, inclusive.
    pub from: IsoDate,
    pub to: IsoDate,
    pub meetings: u32,
    pub required: u32,
    pub reason: Reason,
}

/// The result of checking one body's meetings against its cadence rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CadenceCheck {
    pub rule: String,
    pub met: bool,
    pub breaches: Vec<CadenceBreach>,
    pub reason: Reason,
}

/// Check sorted, de-duplicated meeting dates against a rule over `[from, to]`.
pub fn check(rule: &CadenceRule, dates: &[IsoDate], from: IsoDate, to: IsoDate) -> CadenceCheck {
    let cite = rule.cite().to_vec();
    let name = rule.describe();
    let breaches = match rule {
        CadenceRule::PerQuarter { min, .. } => per_period(dates, from, to, *min, &name, &cite, quarter_bounds),
        CadenceRule::PerYear { min, .. } => per_period(dates, from, to, *min, &name, &cite, year_bounds),
        CadenceRule::EveryWeeks { weeks, .. } => gaps(dates, from, to, *weeks, &name, &cite),
    };
    let met = breaches.is_empty();
    let text = if met {
        format!(
            "Meets the rule \"{name}\" from {from} to {to} ({} meeting{}).",
            dates.len(),
            plural(dates.len())
        )
    } else {
        format!(
            "Falls short of \"{name}\" {} time{} between {from} and {to}.",
            breaches.len(),
            plural(breaches.len())
        )
    };
    CadenceCheck {
        rule: name,
        met,
        breaches,
        reason: Reason::new(text, &cite),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn quarter_bounds(d: IsoDate) -> (IsoDate, IsoDate, String) {
    let (y, m, _) = d.ymd();
    let q = (m - 1) / 3;
    let start = IsoDate::from_ymd(y, q * 3 + 1, 1).unwrap_or(d);
    let end_month = q * 3 + 3;
    let end = IsoDate::from_ymd(y, end_month, crate::date::days_in_month(y, end_month)).unwrap_or(d);
    (start, end, format!("Q{} {y}", q + 1))
}

fn year_bounds(d: IsoDate) -> (IsoDate, IsoDate, String) {
    let y = d.year();
    (
        IsoDate::from_ymd(y, 1, 1).unwrap_or(d),
        IsoDate::from_ymd(y, 12, 31).unwrap_or(d),
        y.to_string(),
    )
}

/// Count meetings in every whole calendar period (quarter or year) inside `[from, to]`.
/// A period only partly inside is not judged: the rule cannot be broken by a part.
fn per_period(
    dates: &[IsoDate],
    from: IsoDate,
    to: IsoDate,
    min: u32,
    rule: &str,
    cite: &[String],
    bounds: fn(IsoDate) -> (IsoDate, IsoDate, String),
) -> Vec<CadenceBreach> {
    let mut breaches = Vec::new();
    let mut cursor = from;
    while cursor <= to {
        let (start, end, label) = bounds(cursor);
        if start >= from && end <= to {
            let n = dates.iter().filter(|d| **d >= start && **d <= end).count() as u32;
            if n < min {
                let text = format!(
                    "{label} ({start} to {end}) had {n} meeting{}; the rule \"{rule}\" needs at least {min}.",
                    plural(n as usize)
                );
                breaches.push(CadenceBreach {
                    rule: rule.to_string(),
                    from: start,
                    to: end,
                    meetings: n,
                    required: min,
                    reason: Reason::new(text, cite),
                });
            }
        }
        match end.add_days(1) {
            Some(next) => cursor = next,
            None => break,
        }
    }
    breaches
}

/// Every gap longer than `weeks` between consecutive meetings, and from the last meeting
/// to the end of the period.
fn gaps(dates: &[IsoDate], from: IsoDate, to: IsoDate, weeks: u32, rule: &str, cite: &[String]) -> Vec<CadenceBreach> {
    let limit = weeks as i32 * 7;
    let mut points: Vec<IsoDate> = vec![from];
    points.extend(dates.iter().copied().filter(|d| *d >= from && *d <= to));
    points.push(to);
    points.dedup();
    points
        .windows(2)
        .filter(|w| w[0].days_until(w[1]) > limit)
        .map(|w| {
            let days = w[0].days_until(w[1]);
            let text = format!(
                "{days} days passed between {} and {} with no meeting; the rule \"{rule}\" allows at most {limit}.",
                w[0], w[1]
            );
            CadenceBreach {
                rule: rule.to_string(),
                from: w[0],
                to: w[1],
                meetings: 0,
                required: 1,
                reason: Reason::new(text, cite),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap()
    }

    #[test]
    fn quarterly_breach_is_the_empty_quarter() {
        let rule = CadenceRule::PerQuarter {
            min: 1,
            cite: vec!["x B3.1".into()],
        };
        let dates = [d("2026-03-05"), d("2026-06-11"), d("2026-12-03")];
        let c = check(&rule, &dates, d("2026-01-01"), d("2026-12-31"));
        assert!(!c.met);
        assert_eq!(c.breaches.len(), 1);
        assert_eq!(c.breaches[0].from, d("2026-07-01"));
    }

    #[test]
    fn six_weekly_gap() {
        let rule = CadenceRule::EveryWeeks { weeks: 6, cite: vec![] };
        let dates = [d("2026-01-08"), d("2026-02-19"), d("2026-04-09")];
        let c = check(&rule, &dates, d("2026-01-08"), d("2026-04-09"));
        assert_eq!(c.breaches.len(), 1);
        assert_eq!(c.breaches[0].from, d("2026-02-19"));
    }
}
