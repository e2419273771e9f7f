//! The working-day calendar: weekends, Scottish bank holidays and local closures.
//!
//! A [`WorkingCalendar`] answers "is this a working day, and if not, why not" and
//! steps over non-working days, recording each one it passes so that every answer can
//! list what it skipped. It remembers which years it consulted, so an answer that
//! depended on a year outside the bundled holiday data says so.

use super::holidays::{self, BankHoliday, DATA_FIRST_YEAR, DATA_LAST_YEAR};
use super::notice::LocalClosure;
use crate::date::{IsoDate, Weekday, MAX_YEAR, MIN_YEAR};
use crate::error::{Error, ErrorCode};
use crate::reason::Reason;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum NonWorkingKind {
    Weekend,
    BankHoliday,
    LocalClosure,
}

/// A day that is not a working day, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct NonWorkingDay {
    pub date: IsoDate,
    pub weekday: Weekday,
    pub kind: NonWorkingKind,
    /// "Saturday", "St Andrew's Day", or the closure's name.
    pub name: String,
    pub reason: Reason,
}

/// Weekends, bank holidays (computed per year, cached) and a partnership's closures.
pub struct WorkingCalendar {
    closures: BTreeMap<IsoDate, LocalClosure>,
    years: RefCell<BTreeMap<i32, Vec<BankHoliday>>>,
}

/// Working days one call may step over: far beyond any notice period.
pub const MAX_STEP: i32 = 2_000;

impl WorkingCalendar {
    pub fn new(closures: &[LocalClosure]) -> Self {
        WorkingCalendar {
            closures: closures.iter().map(|c| (c.date, c.clone())).collect(),
            years: RefCell::new(BTreeMap::new()),
        }
    }

    /// The bank holidays of `year` (remembered, and noted as consulted).
    pub fn holidays(&self, year: i32) -> Vec<BankHoliday> {
        self.years
            .borrow_mut()
            .entry(year)
            .or_insert_with(|| holidays::bank_holidays(year))
            .clone()
    }

    /// `None` for a working day; otherwise why not (a bank holiday first, then a closure,
    /// then the weekend).
    pub fn non_working(&self, date: IsoDate) -> Option<NonWorkingDay> {
        let holiday = self
            .years
            .borrow_mut()
            .entry(date.year())
            .or_insert_with(|| holidays::bank_holidays(date.year()))
            .iter()
            .find(|h| h.date == date)
            .cloned();
        let weekday = date.weekday();
        if let Some(h) = holiday {
            return Some(NonWorkingDay {
                date,
                weekday,
                kind: NonWorkingKind::BankHoliday,
                name: h.name.clone(),
                reason: Reason::new(
                    format!("{} is a Scottish bank holiday: {}", date.long(), h.name),
                    &h.reason.cite,
                ),
            });
        }
        if let Some(c) = self.closures.get(&date) {
            return Some(NonWorkingDay {
                date,
                weekday,
                kind: NonWorkingKind::LocalClosure,
                name: c.name.clone(),
                reason: Reason::new(format!("{} is a local closure day: {}", date.long(), c.name), &c.cite),
            });
        }
        weekday.is_weekend().then(|| NonWorkingDay {
            date,
            weekday,
            kind: NonWorkingKind::Weekend,
            name: weekday.name().to_string(),
            reason: Reason::new(format!("{} is a {}", date.long(), weekday.name()), &[]),
        })
    }

    pub fn is_working(&self, date: IsoDate) -> bool {
        self.non_working(date).is_none()
    }

    /// The date `n` working days after `date` (before it when `n` is negative), counting
    /// from the next (previous) day, and the non-working days passed over on the way.
    /// "5 working days prior to the meeting" is `step(meeting, -5)`.
    pub fn step(&self, date: IsoDate, n: i32, path: &str) -> Result<(IsoDate, Vec<NonWorkingDay>), Error> {
        if n.abs() > MAX_STEP {
            return Err(Error::at(
                ErrorCode::OutOfRange,
                path,
                format!("at most {MAX_STEP} working days can be counted at once"),
            ));
        }
        let dir = if n < 0 { -1 } else { 1 };
        let mut left = n.abs();
        let mut day = date;
        let mut skipped = Vec::new();
        while left > 0 {
            day = next(day, dir, path)?;
            match self.non_working(day) {
                Some(nw) => skipped.push(nw),
                None => left -= 1,
            }
        }
        skipped.sort_by_key(|s| s.date);
        Ok((day, skipped))
    }

    /// The nearest working day on or before (`dir` -1) or on or after (`dir` 1) `date`,
    /// and the non-working days passed over.
    pub fn nearest(&self, date: IsoDate, dir: i32, path: &str) -> Result<(IsoDate, Vec<NonWorkingDay>), Error> {
        let mut day = date;
        let mut passed = Vec::new();
        while let Some(nw) = self.non_working(day) {
            passed.push(nw);
            day = next(day, dir, path)?;
        }
        passed.sort_by_key(|s| s.date);
        Ok((day, passed))
    }

    /// Warnings for every consulted year outside the bundled holiday data.
    pub fn warnings(&self) -> Vec<Reason> {
        let years = self.years.borrow();
        let outside: Vec<i32> = years.keys().copied().filter(|y| !holidays::covered(*y)).collect();
        if outside.is_empty() {
            return Vec::new();
        }
        vec![coverage_warning(&outside)]
    }
}

/// The warning for years outside the bundled data.
pub fn coverage_warning(years: &[i32]) -> Reason {
    let earlier = years.iter().any(|y| *y < DATA_FIRST_YEAR);
    let listed: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let years = listed.join(", ");
    Reason::new(
        format!(
            "The bank holiday data covers {DATA_FIRST_YEAR} to {DATA_LAST_YEAR}. For {years} the regular rules are \
             applied, but a holiday proclaimed or moved for that year (a jubilee, a state occasion) is not known to \
             this version{}; check the published list.",
            if earlier {
                ", and before 2012 the rules themselves differed (St Andrew's Day from 2007, the early May holiday from 1978)"
            } else {
                ""
            }
        ),
        &[holidays::STATUTE_CITE.to_string()],
    )
}

fn next(day: IsoDate, dir: i32, path: &str) -> Result<IsoDate, Error> {
    day.add_days(dir).ok_or_else(|| {
        Error::at(
            ErrorCode::OutOfRange,
            path,
            format!("the count runs past the supported years ({MIN_YEAR} to {MAX_YEAR})"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap()
    }

    #[test]
    fn five_working_days_prior_skips_st_andrews_day() {
        let cal = WorkingCalendar::new(&[]);
        let (day, skipped) = cal.step(d("2026-12-03"), -5, "x").unwrap();
        assert_eq!(day, d("2026-11-25"));
        let names: Vec<_> = skipped.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Saturday", "Sunday", "St Andrew's Day"]);
    }

    #[test]
    fn closures_are_not_working_days() {
        let closure = LocalClosure {
            date: d("2026-07-20"),
            name: "Glasgow Fair Monday".into(),
            cite: vec![],
        };
        let cal = WorkingCalendar::new(&[closure]);
        let nw = cal.non_working(d("2026-07-20")).unwrap();
        assert_eq!(nw.kind, NonWorkingKind::LocalClosure);
        assert!(cal.is_working(d("2026-07-21")));
    }

    #[test]
    fn warns_outside_the_data() {
        let cal = WorkingCalendar::new(&[]);
        cal.step(d("2029-01-10"), -3, "x").unwrap();
        assert_eq!(cal.warnings().len(), 1);
        let cal = WorkingCalendar::new(&[]);
        cal.step(d("2026-01-10"), -3, "x").unwrap();
        assert!(cal.warnings().is_empty());
    }

    #[test]
    fn refuses_to_run_past_the_supported_years() {
        let cal = WorkingCalendar::new(&[]);
        assert!(cal.step(d("1900-01-03"), -5, "days").is_err());
        assert!(cal.step(d("2026-01-03"), 5_000, "days").is_err());
    }

    proptest! {
        #[test]
        fn back_then_forward_returns_to_a_working_day(days in 0i32..60_000, n in 0i32..400) {
            let cal = WorkingCalendar::new(&[]);
            let start = d("1905-01-01").add_days(days).unwrap();
            if cal.is_working(start) {
                let (back, _) = cal.step(start, -n, "x").unwrap();
                let (forth, _) = cal.step(back, n, "x").unwrap();
                prop_assert_eq!(forth, start);
            }
        }

        #[test]
        fn stepping_never_lands_on_a_non_working_day(days in 0i32..60_000, n in -400i32..400) {
            let cal = WorkingCalendar::new(&[]);
            let start = d("1905-01-01").add_days(days).unwrap();
            let (end, skipped) = cal.step(start, n, "x").unwrap();
            if n != 0 {
                prop_assert!(cal.is_working(end));
            }
            prop_assert_eq!(start.days_until(end).abs(), n.abs() + skipped.len() as i32);
        }
    }
}
