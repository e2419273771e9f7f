//! Day-level answers: a year's bank holidays, whether a date is a working day, counting
//! working days forward or back, and the days between two dates.

use super::holidays::{self, BankHoliday, DATA_FIRST_YEAR, DATA_LAST_YEAR};
use super::notice::LocalClosure;
use super::working_calendar::{NonWorkingDay, WorkingCalendar, MAX_STEP};
use crate::constitution::{Constitution, ConstitutionSource};
use crate::date::{IsoDate, Weekday, MAX_YEAR, MIN_YEAR};
use crate::error::{Error, ErrorCode};
use crate::reason::{Citations, Reason};
use crate::wording::plural;
use serde::{Deserialize, Serialize};

/// The years whose holiday data this build bundles and has checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct DataCoverage {
    pub first_year: i32,
    pub last_year: i32,
}

pub const COVERAGE: DataCoverage = DataCoverage {
    first_year: DATA_FIRST_YEAR,
    last_year: DATA_LAST_YEAR,
};

/// The local closures and notes of an optional constitution.
pub(super) struct Local {
    pub id: Option<String>,
    pub closures: Vec<LocalClosure>,
    pub notes: Vec<Reason>,
}

impl Local {
    pub fn resolve(source: Option<&ConstitutionSource>) -> Result<Local, Error> {
        match source {
            None => Ok(Local {
                id: None,
                closures: Vec::new(),
                notes: Vec::new(),
            }),
            Some(s) => Ok(Local::of(s.resolve()?.as_ref())),
        }
    }

    pub fn of(c: &Constitution) -> Local {
        let mut notes = c.topic_notes("calendar");
        if c.local_closures.is_none() && notes.is_empty() {
            notes.push(Reason::new(
                format!("The constitution {} lists no local closure days.", c.id),
                &[],
            ));
        }
        let notes = {
            let mut all = c.schema_notes();
            all.append(&mut notes);
            all
        };
        Local {
            id: Some(c.id.clone()),
            closures: c.local_closures.clone().unwrap_or_default(),
            notes,
        }
    }
}

/// `{ year, constitution? }`: the constitution adds its local closures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BankHolidaysInput {
    pub year: i32,
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct BankHolidaysReport {
    pub year: i32,
    /// Scottish bank holidays of the year, in date order.
    pub holidays: Vec<BankHoliday>,
    /// The constitution's local closure days in the year.
    pub local_closures: Vec<LocalClosure>,
    /// Whether the bundled data covers this year (one-off days known and checked).
    pub covered: bool,
    pub coverage: DataCoverage,
    pub warnings: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Every Scottish bank holiday of a year, plus the partnership's closures.
pub fn bank_holidays(input: &BankHolidaysInput) -> Result<BankHolidaysReport, Error> {
    let year = input.year;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "year",
            format!("must be between {MIN_YEAR} and {MAX_YEAR}"),
        ));
    }
    let local = Local::resolve(input.constitution.as_ref())?;
    let list = holidays::bank_holidays(year);
    let mut closures: Vec<LocalClosure> = local.closures.into_iter().filter(|c| c.date.year() == year).collect();
    closures.sort_by_key(|c| c.date);
    let covered = holidays::covered(year);
    let warnings = if covered {
        Vec::new()
    } else {
        vec![super::working_calendar::coverage_warning(&[year])]
    };
    let mut cites = Citations::new();
    for h in &list {
        cites.add(&h.reason.cite);
    }
    for c in &closures {
        cites.add(&c.cite);
    }
    cites.add_reasons(&warnings);
    cites.add_reasons(&local.notes);
    let summary = format!(
        "{} Scottish bank holidays in {year}{}.",
        list.len(),
        match closures.len() {
            0 => String::new(),
            1 => " and 1 local closure day".to_string(),
            n => format!(" and {n} local closure days"),
        }
    );
    Ok(BankHolidaysReport {
        year,
        holidays: list,
        local_closures: closures,
        covered,
        coverage: COVERAGE,
        warnings,
        notes: local.notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// `{ date, constitution? }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkingDayInput {
    pub date: IsoDate,
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct WorkingDayReport {
    pub date: IsoDate,
    pub weekday: Weekday,
    pub working_day: bool,
    /// Why not, when it is not a working day (weekend, which holiday, which closure).
    pub non_working: Option<NonWorkingDay>,
    pub reason: Reason,
    pub warnings: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub citations: Vec<String>,
}

/// Is `date` a working day in Scotland (and for this partnership), and if not, why not.
pub fn is_working_day(input: &WorkingDayInput) -> Result<WorkingDayReport, Error> {
    let local = Local::resolve(input.constitution.as_ref())?;
    let cal = WorkingCalendar::new(&local.closures);
    let non_working = cal.non_working(input.date);
    let reason = match &non_working {
        Some(nw) => Reason::new(format!("Not a working day: {}.", nw.reason.text), &nw.reason.cite),
        None => Reason::new(
            format!(
                "{} is a working day: a weekday that is not a Scottish bank holiday{}.",
                input.date.long(),
                if local.id.is_some() {
                    " or a local closure day"
                } else {
                    ""
                }
            ),
            &[holidays::STATUTE_CITE.to_string()],
        ),
    };
    let warnings = cal.warnings();
    let mut cites = Citations::new();
    cites.add(&reason.cite);
    cites.add_reasons(&warnings);
    cites.add_reasons(&local.notes);
    Ok(WorkingDayReport {
        date: input.date,
        weekday: input.date.weekday(),
        working_day: non_working.is_none(),
        non_working,
        reason,
        warnings,
        notes: local.notes,
        citations: cites.into_vec(),
    })
}

/// `{ date, days, constitution? }`: `days` negative counts back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddWorkingDaysInput {
    pub date: IsoDate,
    pub days: i32,
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AddWorkingDaysReport {
    pub from: IsoDate,
    pub days: i32,
    pub result: IsoDate,
    pub weekday: Weekday,
    /// Non-working days passed over while counting, in date order.
    pub skipped: Vec<NonWorkingDay>,
    pub reason: Reason,
    pub warnings: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub citations: Vec<String>,
}

/// `days` working days after `date` (before it when negative), counting from the next
/// (previous) day: 5 working days prior to Thursday 3 December 2026 is Wednesday 25
/// November (St Andrew's Day, Monday 30 November, is skipped).
pub fn add_working_days(input: &AddWorkingDaysInput) -> Result<AddWorkingDaysReport, Error> {
    if input.days.abs() > MAX_STEP {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "days",
            format!("must be between -{MAX_STEP} and {MAX_STEP}"),
        ));
    }
    let local = Local::resolve(input.constitution.as_ref())?;
    let cal = WorkingCalendar::new(&local.closures);
    let (result, skipped) = cal.step(input.date, input.days, "days")?;
    let n = input.days.abs();
    let text = format!(
        "{} working day{} {} {} is {}{}.",
        n,
        plural(n),
        if input.days < 0 { "before" } else { "after" },
        input.date.long(),
        result.long(),
        skipped_text(&skipped)
    );
    let reason = Reason::new(text, &cites_of(&skipped));
    let warnings = cal.warnings();
    let mut cites = Citations::new();
    cites.add(&reason.cite);
    cites.add_reasons(&warnings);
    cites.add_reasons(&local.notes);
    Ok(AddWorkingDaysReport {
        from: input.date,
        days: input.days,
        result,
        weekday: result.weekday(),
        skipped,
        reason,
        warnings,
        notes: local.notes,
        citations: cites.into_vec(),
    })
}

/// "; skipping Saturday 28 November, …" for the non-working days that were passed over.
pub(super) fn skipped_text(skipped: &[NonWorkingDay]) -> String {
    let named: Vec<String> = skipped
        .iter()
        .map(|s| match s.kind {
            super::working_calendar::NonWorkingKind::Weekend => s.date.long(),
            _ => format!("{} ({})", s.date.long(), s.name),
        })
        .collect();
    if named.is_empty() {
        String::new()
    } else {
        format!(", skipping {}", named.join(", "))
    }
}

/// The holiday and closure citations behind skipped days, plus the statute for weekdays.
pub(super) fn cites_of(skipped: &[NonWorkingDay]) -> Vec<String> {
    let mut c = Citations::new();
    c.add(&[holidays::STATUTE_CITE.to_string()]);
    for s in skipped {
        c.add(&s.reason.cite);
    }
    c.into_vec()
}

/// `{ from, to, constitution? }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DaysBetweenInput {
    pub from: IsoDate,
    pub to: IsoDate,
    #[serde(default)]
    pub constitution: Option<ConstitutionSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct DaysBetweenReport {
    pub from: IsoDate,
    pub to: IsoDate,
    /// Working days counted as `addWorkingDays` counts them, each day arrived at from
    /// `from` towards `to` (`to` included, `from` not); negative when `to` is earlier, so
    /// `workingDaysBetween(d, addWorkingDays(d, n))` is `n`.
    pub working_days: i32,
    /// `to` minus `from` in days.
    pub calendar_days: i32,
    /// Whole days strictly between the two (neither end counted), never negative.
    pub clear_days: i32,
    /// The non-working days passed over on the way, in date order.
    pub non_working_days: Vec<NonWorkingDay>,
    pub reason: Reason,
    pub warnings: Vec<Reason>,
    pub notes: Vec<Reason>,
    pub citations: Vec<String>,
}

/// The longest span counted, in days (about 20 years).
pub const MAX_SPAN_DAYS: i32 = 7_400;

/// Working, calendar and clear days between two dates.
pub fn working_days_between(input: &DaysBetweenInput) -> Result<DaysBetweenReport, Error> {
    let calendar_days = input.from.days_until(input.to);
    if calendar_days.abs() > MAX_SPAN_DAYS {
        return Err(Error::at(
            ErrorCode::OutOfRange,
            "to",
            format!("must be within {MAX_SPAN_DAYS} days (about 20 years) of `from`"),
        ));
    }
    let local = Local::resolve(input.constitution.as_ref())?;
    let cal = WorkingCalendar::new(&local.closures);
    let dir = if calendar_days < 0 { -1 } else { 1 };
    let mut working = 0;
    let mut non_working = Vec::new();
    let mut day = input.from;
    while day != input.to {
        day = day
            .add_days(dir)
            .ok_or_else(|| Error::at(ErrorCode::OutOfRange, "to", "runs past the supported years"))?;
        match cal.non_working(day) {
            Some(nw) => non_working.push(nw),
            None => working += 1,
        }
    }
    non_working.sort_by_key(|n| n.date);
    let clear_days = (calendar_days.abs() - 1).max(0);
    let text = format!(
        "From {} to {}: {} working day{}, {} calendar day{}, {} clear day{}{}.",
        input.from.long(),
        input.to.long(),
        working,
        plural(working),
        calendar_days.abs(),
        plural(calendar_days.abs()),
        clear_days,
        plural(clear_days),
        skipped_text(&non_working).replace(", skipping", "; not working days:")
    );
    let reason = Reason::new(text, &cites_of(&non_working));
    let warnings = cal.warnings();
    let mut cites = Citations::new();
    cites.add(&reason.cite);
    cites.add_reasons(&warnings);
    cites.add_reasons(&local.notes);
    Ok(DaysBetweenReport {
        from: input.from,
        to: input.to,
        working_days: dir * working,
        calendar_days,
        clear_days,
        non_working_days: non_working,
        reason,
        warnings,
        notes: local.notes,
        citations: cites.into_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap()
    }

    proptest! {
        #[test]
        fn between_undoes_add(days in 0i32..40_000, n in -300i32..300) {
            let start = d("1950-01-01").add_days(days).unwrap();
            let added = add_working_days(&AddWorkingDaysInput { date: start, days: n, constitution: None }).unwrap();
            let between = working_days_between(&DaysBetweenInput { from: start, to: added.result, constitution: None }).unwrap();
            prop_assert_eq!(between.working_days, n);
            prop_assert_eq!(added.skipped.len(), between.non_working_days.len());
        }
    }

    #[test]
    fn clear_days_exclude_both_ends() {
        let r = working_days_between(&DaysBetweenInput {
            from: d("2026-11-19"),
            to: d("2026-12-03"),
            constitution: None,
        })
        .unwrap();
        assert_eq!((r.calendar_days, r.clear_days, r.working_days), (14, 13, 9));
    }
}
