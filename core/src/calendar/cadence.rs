//! Meeting cadence: how often a body must meet, checked against the dates it met.
//!
//! Rules are data on each [`Body`](crate::constitution::Body): "at least quarterly"
//! (Clackmannanshire B3.1, C3.1; Inverclyde 7.1), "no less than four times in a year"
//! (D3.8), "every 6 weeks" (Inverclyde 7.1). A check never guesses about time it was
//! not shown: it reads the period given, or the span from the first to the last meeting.

use crate::date::IsoDate;
use crate::error::{ErrorCode, Problems};
use crate::reason::Reason;
use crate::wording::plural;
use serde::{Deserialize, Serialize};

/// One cadence requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// `remote = "Self"` (below) would name the schema "Self": name it for the type.
#[cfg_attr(feature = "schema", schemars(rename = "CadenceRule"))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum CadenceRule {
    /// At least `min` meetings in every calendar quarter of the period.
    PerQuarter {
        /// The fewest meetings in each quarter (1 for "at least quarterly").
        min: u32,
        /// The clauses this rule comes from ("clackmannanshire-2019 B3.1").
        cite: Vec<String>,
    },
    /// At least `min` meetings in every calendar year of the period.
    PerYear {
        /// The fewest meetings in each calendar year (4 for "at least four times a year").
        min: u32,
        /// The clauses this rule comes from.
        cite: Vec<String>,
    },
    /// No more than `weeks` weeks between one meeting and the next.
    EveryWeeks {
        /// The most weeks allowed from one meeting to the next.
        weeks: u32,
        /// The clauses this rule comes from.
        cite: Vec<String>,
    },
    /// At least one meeting in the given month (1–12) of every year of the period: "annual
    /// plans … will be approved by the Alliance in March of each year" (Clackmannanshire
    /// A5.2). `purpose` says why, in the document's words.
    InMonth {
        /// The month, 1 (January) to 12 (December).
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
        month: u32,
        /// Why a meeting is needed that month, in the document's words.
        #[serde(default)]
        purpose: Option<String>,
        /// The clauses this rule comes from ("clackmannanshire-2019 A5.2").
        cite: Vec<String>,
    },
}

// Read inside a visitor, so that errors in a variant carry their field path.
crate::json::internally_tagged!(CadenceRule);

impl CadenceRule {
    pub fn cite(&self) -> &[String] {
        match self {
            CadenceRule::PerQuarter { cite, .. }
            | CadenceRule::PerYear { cite, .. }
            | CadenceRule::EveryWeeks { cite, .. }
            | CadenceRule::InMonth { cite, .. } => cite,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            CadenceRule::PerQuarter { min: 1, .. } => "at least quarterly".to_string(),
            CadenceRule::PerQuarter { min, .. } => format!("at least {min} times a quarter"),
            CadenceRule::PerYear { min, .. } => format!("at least {min} times a year"),
            CadenceRule::EveryWeeks { weeks, .. } => format!("every {weeks} weeks"),
            CadenceRule::InMonth { month, purpose, .. } => match purpose {
                Some(p) => format!("a meeting in {} each year ({p})", crate::date::month_name(*month)),
                None => format!("a meeting in {} each year", crate::date::month_name(*month)),
            },
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
    /// `null` when no period could be judged: the dates given cover no whole quarter (or
    /// year, or month) and the meetings in the part covered do not already meet the rule.
    pub met: Option<bool>,
    /// Periods (quarters, years, months, gaps between meetings) the rule was judged on.
    pub judged: u32,
    pub breaches: Vec<CadenceBreach>,
    pub reason: Reason,
}

/// What checking a rule over a stretch of time found.
struct Judgement {
    breaches: Vec<CadenceBreach>,
    judged: u32,
    /// Periods only partly inside the dates given, with too few meetings in them to say.
    undecided: u32,
}

/// Check sorted, de-duplicated meeting dates against a rule over `[from, to]`.
pub fn check(rule: &CadenceRule, dates: &[IsoDate], from: IsoDate, to: IsoDate) -> CadenceCheck {
    let cite = rule.cite().to_vec();
    let name = rule.describe();
    let Judgement {
        breaches,
        judged,
        undecided,
    } = match rule {
        CadenceRule::PerQuarter { min, .. } => judge_periods(
            dates,
            from,
            to,
            *min,
            &name,
            &cite,
            calendar_periods(from, to, quarter_bounds),
        ),
        CadenceRule::PerYear { min, .. } => judge_periods(
            dates,
            from,
            to,
            *min,
            &name,
            &cite,
            calendar_periods(from, to, year_bounds),
        ),
        CadenceRule::EveryWeeks { weeks, .. } => gaps(dates, from, to, *weeks, &name, &cite),
        CadenceRule::InMonth { month, .. } => {
            judge_periods(dates, from, to, 1, &name, &cite, month_each_year(from, to, *month))
        }
    };
    let met = (judged > 0).then_some(breaches.is_empty());
    let partly = if undecided > 0 {
        format!(
            " {undecided} period{} only partly inside these dates could not be judged.",
            plural(undecided as usize)
        )
    } else {
        String::new()
    };
    let text = match met {
        Some(true) => format!(
            "Meets the rule \"{name}\" from {from} to {to} ({} meeting{}).{partly}",
            dates.len(),
            plural(dates.len())
        ),
        Some(false) => format!(
            "Falls short of \"{name}\" {} time{} between {from} and {to}.{partly}",
            breaches.len(),
            plural(breaches.len())
        ),
        None => format!(
            "The rule \"{name}\" cannot be judged from {from} to {to}: no whole period it speaks of lies inside \
             these dates. Give the period to check (from and to) to judge it."
        ),
    };
    CadenceCheck {
        rule: name,
        met,
        judged,
        breaches,
        reason: Reason::new(text, &cite),
    }
}

fn quarter_bounds(d: IsoDate) -> (IsoDate, IsoDate, String) {
    let (y, q) = (d.year(), d.quarter());
    let start = IsoDate::from_ymd(y, q * 3 - 2, 1).unwrap_or(d);
    let end = start.end_of_months(3).unwrap_or(d);
    (start, end, format!("Q{q} {y}"))
}

fn year_bounds(d: IsoDate) -> (IsoDate, IsoDate, String) {
    let y = d.year();
    let start = IsoDate::from_ymd(y, 1, 1).unwrap_or(d);
    (start, start.end_of_months(12).unwrap_or(d), y.to_string())
}

/// Judge a rule needing `min` meetings in each period that overlaps `[from, to]`. A
/// period with enough meetings meets it; one wholly inside with too few breaks it; one
/// only partly inside with too few cannot be judged (the rest of it was not shown).
fn judge_periods(
    dates: &[IsoDate],
    from: IsoDate,
    to: IsoDate,
    min: u32,
    rule: &str,
    cite: &[String],
    periods: impl Iterator<Item = (IsoDate, IsoDate, String)>,
) -> Judgement {
    let mut j = Judgement {
        breaches: Vec::new(),
        judged: 0,
        undecided: 0,
    };
    for (start, end, label) in periods.filter(|(start, end, _)| *end >= from && *start <= to) {
        let n = dates.iter().filter(|d| **d >= start && **d <= end).count() as u32;
        if n >= min {
            j.judged += 1;
        } else if start >= from && end <= to {
            j.judged += 1;
            let text = format!(
                "{label} ({start} to {end}) had {n} meeting{}; the rule \"{rule}\" needs at least {min}.",
                plural(n as usize)
            );
            j.breaches.push(CadenceBreach {
                rule: rule.to_string(),
                from: start,
                to: end,
                meetings: n,
                required: min,
                reason: Reason::new(text, cite),
            });
        } else {
            j.undecided += 1;
        }
    }
    j
}

/// The calendar periods (quarters or years) from the one holding `from` to the one holding `to`.
fn calendar_periods(
    from: IsoDate,
    to: IsoDate,
    bounds: fn(IsoDate) -> (IsoDate, IsoDate, String),
) -> impl Iterator<Item = (IsoDate, IsoDate, String)> {
    let mut cursor = Some(from);
    std::iter::from_fn(move || {
        let at = cursor.filter(|c| *c <= to)?;
        let period = bounds(at);
        cursor = period.1.add_days(1);
        Some(period)
    })
}

/// The given month of every year from `from` to `to`.
fn month_each_year(from: IsoDate, to: IsoDate, month: u32) -> impl Iterator<Item = (IsoDate, IsoDate, String)> {
    (from.year()..=to.year()).filter_map(move |year| {
        let start = IsoDate::from_ymd(year, month, 1)?;
        let end = start.end_of_months(1)?;
        Some((start, end, format!("{} {year}", crate::date::month_name(month))))
    })
}

/// Every gap longer than `weeks` between consecutive meetings, and from the last meeting
/// to the end of the period.
fn gaps(dates: &[IsoDate], from: IsoDate, to: IsoDate, weeks: u32, rule: &str, cite: &[String]) -> Judgement {
    let limit = weeks as i32 * 7;
    let mut points: Vec<IsoDate> = vec![from];
    points.extend(dates.iter().copied().filter(|d| *d >= from && *d <= to));
    points.push(to);
    points.dedup();
    let breaches = points
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
        .collect();
    let judged = points.len().saturating_sub(1) as u32;
    Judgement {
        breaches,
        judged,
        undecided: 0,
    }
}

/// Problems with one cadence rule of a body, at `path` (`bodies[0].cadence[1]`).
pub fn validate(p: &mut Problems, path: &str, rule: &CadenceRule) {
    match rule {
        CadenceRule::PerQuarter { min, .. } | CadenceRule::PerYear { min, .. } if *min == 0 => {
            p.push(ErrorCode::OutOfRange, format!("{path}.min"), "must be at least 1")
        }
        CadenceRule::InMonth { month, .. } if !(1..=12).contains(month) => p.push(
            ErrorCode::OutOfRange,
            format!("{path}.month"),
            "must be a month from 1 (January) to 12 (December)",
        ),
        CadenceRule::EveryWeeks { weeks, .. } if *weeks == 0 || *weeks > 520 => p.push(
            ErrorCode::OutOfRange,
            format!("{path}.weeks"),
            "must be between 1 and 520",
        ),
        _ => {}
    }
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
        assert_eq!(c.met, Some(false));
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

    #[test]
    fn march_meeting_for_the_annual_plans() {
        let rule = CadenceRule::InMonth {
            month: 3,
            purpose: Some("annual plans approved".into()),
            cite: vec!["x A5.2".into()],
        };
        let c = check(&rule, &[d("2026-06-04")], d("2026-01-01"), d("2026-12-31"));
        assert_eq!(c.breaches.len(), 1);
        assert_eq!(c.breaches[0].from, d("2026-03-01"));
        let c = check(&rule, &[d("2026-03-05")], d("2026-01-01"), d("2026-12-31"));
        assert_eq!(c.met, Some(true));
        // A March only partly inside the period, with no meeting in it, cannot be judged;
        // one with a meeting in it meets the rule.
        assert_eq!(check(&rule, &[], d("2026-03-10"), d("2026-12-31")).met, None);
        assert_eq!(
            check(&rule, &[d("2026-03-12")], d("2026-03-10"), d("2026-12-31")).met,
            Some(true)
        );
    }
}
