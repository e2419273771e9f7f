//! Scottish bank holidays: the regular rules, their substitute days, and the one-off
//! days proclaimed or moved, as bundled data.
//!
//! Most holidays follow a rule (a fixed date, or the first or last Monday of a month),
//! and a fixed date that falls at a weekend is replaced by a *substitute day*, the next
//! weekday that is not already a holiday. The pairs need care: when 1 January is a
//! Sunday, 2 January (Monday) keeps its own holiday and New Year's Day moves to Tuesday
//! 3 January; when Christmas Day is a Sunday, Boxing Day keeps Monday 26 December and
//! Christmas moves to Tuesday 27. There is no Easter Monday and no late-August holiday in
//! Scotland: the summer holiday is the first Monday in August.
//!
//! One-off days (jubilees, a state funeral, a coronation) and moved days (the early May
//! holiday on VE day in 2020) are proclaimed year by year and cannot be computed: they
//! are data here, checked against the list the UK Government publishes for every year
//! from [`DATA_FIRST_YEAR`] to [`DATA_LAST_YEAR`]. Outside those years the rules still
//! apply, and answers warn that a later proclamation may not be known.

use super::easter::easter_sunday;
use crate::date::{IsoDate, Weekday};
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// The first and last years whose bank holidays this build has checked against the
/// published list (and whose one-off days it knows).
pub const DATA_FIRST_YEAR: i32 = 2012;
pub const DATA_LAST_YEAR: i32 = 2028;

/// Where the regular holidays come from.
pub const STATUTE_CITE: &str =
    "Bank holidays in Scotland: Banking and Financial Dealings Act 1971, Schedule 1, and royal proclamations";
pub const ST_ANDREW_CITE: &str = "St Andrew's Day Bank Holiday (Scotland) Act 2007";

/// How a bank holiday came to be on its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum HolidayKind {
    /// On its usual date by the usual rule.
    Regular,
    /// The usual date fell at a weekend; this weekday replaces it.
    Substitute,
    /// Moved to another date by proclamation for that year (2012, 2020, 2022).
    Moved,
    /// An extra, one-off holiday (a jubilee, a state funeral, a coronation).
    Proclaimed,
}

/// One Scottish bank holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct BankHoliday {
    pub date: IsoDate,
    pub weekday: Weekday,
    /// As shown to people: "St Andrew's Day (substitute day)".
    pub name: String,
    /// The holiday itself, without "(substitute day)": "St Andrew's Day".
    pub holiday: String,
    pub kind: HolidayKind,
    /// Why it is on this date, with the law or proclamation behind it.
    pub reason: Reason,
}

/// A change to one year's regular holidays, proclaimed for that year.
enum OneOff {
    /// The regular holiday named `regular` is on (month, day) instead, under `name`.
    Moved {
        regular: &'static str,
        to: (u32, u32),
        name: &'static str,
        why: &'static str,
    },
    /// An extra holiday.
    Added {
        on: (u32, u32),
        name: &'static str,
        why: &'static str,
    },
}

/// The bundled one-off data, by year. Every entry is checked against the published list.
const ONE_OFFS: &[(i32, OneOff)] = &[
    (
        2012,
        OneOff::Moved {
            regular: "Spring bank holiday",
            to: (6, 4),
            name: "Spring bank holiday",
            why: "moved from the last Monday in May to make a four-day weekend for the Queen's Diamond Jubilee",
        },
    ),
    (
        2012,
        OneOff::Added {
            on: (6, 5),
            name: "Queen's Diamond Jubilee",
            why: "an extra bank holiday proclaimed for the Queen's Diamond Jubilee",
        },
    ),
    (
        2020,
        OneOff::Moved {
            regular: "Early May bank holiday",
            to: (5, 8),
            name: "Early May bank holiday (VE day)",
            why: "moved from the first Monday in May to Friday 8 May for the 75th anniversary of VE Day",
        },
    ),
    (
        2022,
        OneOff::Moved {
            regular: "Spring bank holiday",
            to: (6, 2),
            name: "Spring bank holiday",
            why: "moved from the last Monday in May to make a four-day weekend for the Queen's Platinum Jubilee",
        },
    ),
    (
        2022,
        OneOff::Added {
            on: (6, 3),
            name: "Platinum Jubilee bank holiday",
            why: "an extra bank holiday proclaimed for the Queen's Platinum Jubilee",
        },
    ),
    (
        2022,
        OneOff::Added {
            on: (9, 19),
            name: "Bank Holiday for the State Funeral of Queen Elizabeth II",
            why: "an extra bank holiday proclaimed for the State Funeral of Queen Elizabeth II",
        },
    ),
    (
        2023,
        OneOff::Added {
            on: (5, 8),
            name: "Bank holiday for the coronation of King Charles III",
            why: "an extra bank holiday proclaimed for the coronation of King Charles III",
        },
    ),
];

/// Every Scottish bank holiday of `year`, in date order: the regular rules for any year,
/// with the one-off and moved days this build knows (those of [`DATA_FIRST_YEAR`] to
/// [`DATA_LAST_YEAR`]; see [`covered`]).
pub fn bank_holidays(year: i32) -> Vec<BankHoliday> {
    let mut list = regular(year);
    for (y, one_off) in ONE_OFFS {
        if *y != year {
            continue;
        }
        let proclaimed = format!("Royal proclamation for {year}");
        match one_off {
            OneOff::Moved { regular, to, name, why } => {
                let Some(date) = IsoDate::from_ymd(year, to.0, to.1) else {
                    continue;
                };
                if let Some(h) = list.iter_mut().find(|h| h.holiday == *regular) {
                    let text = format!("{name}: {} ({why}).", date.long());
                    *h = holiday(date, name, name, HolidayKind::Moved, text, &proclaimed);
                }
            }
            OneOff::Added { on, name, why } => {
                if let Some(date) = IsoDate::from_ymd(year, on.0, on.1) {
                    let text = format!("{name}: {} ({why}).", date.long());
                    list.push(holiday(date, name, name, HolidayKind::Proclaimed, text, &proclaimed));
                }
            }
        }
    }
    list.sort_by_key(|h| h.date);
    list
}

/// Whether this build's data covers `year` (its one-off days are known and checked).
pub fn covered(year: i32) -> bool {
    (DATA_FIRST_YEAR..=DATA_LAST_YEAR).contains(&year)
}

fn holiday(date: IsoDate, name: &str, base: &str, kind: HolidayKind, text: String, cite: &str) -> BankHoliday {
    BankHoliday {
        date,
        weekday: date.weekday(),
        name: name.to_string(),
        holiday: base.to_string(),
        kind,
        reason: Reason::new(text, &[cite.to_string()]),
    }
}

/// A holiday on `date` by its rule (`rule` says which, in words).
fn on_rule(date: IsoDate, base: &str, rule: &str, cite: &str) -> BankHoliday {
    let text = format!("{base}: {} ({rule}).", date.long());
    holiday(date, base, base, HolidayKind::Regular, text, cite)
}

/// A substitute for `base`, whose own date `usual` fell at a weekend.
fn substitute(date: IsoDate, base: &str, usual: IsoDate, cite: &str) -> BankHoliday {
    let text = format!(
        "{base} falls on {}, a {}, so {} is the substitute day.",
        usual.long(),
        usual.weekday().name(),
        date.long()
    );
    holiday(
        date,
        &format!("{base} (substitute day)"),
        base,
        HolidayKind::Substitute,
        text,
        cite,
    )
}

/// A fixed-date pair (1 and 2 January, 25 and 26 December) with its substitute days.
/// When the first day is a Sunday, the second (a Monday) keeps its own holiday and the
/// first moves to Tuesday; both pairs follow this rule.
fn pair(first: IsoDate, second: IsoDate, names: (&str, &str), out: &mut Vec<BankHoliday>) {
    let cite = STATUTE_CITE;
    let plus = |d: IsoDate, n: i32| d.add_days(n).unwrap_or(d);
    match first.weekday() {
        Weekday::Friday => {
            out.push(on_rule(first, names.0, &fixed(first), cite));
            out.push(substitute(plus(second, 2), names.1, second, cite));
        }
        Weekday::Saturday => {
            out.push(substitute(plus(first, 2), names.0, first, cite));
            out.push(substitute(plus(second, 2), names.1, second, cite));
        }
        Weekday::Sunday => {
            out.push(on_rule(second, names.1, &fixed(second), cite));
            let text = format!(
                "{} falls on {}, a Sunday, and the Monday is {}, so {} is the substitute day.",
                names.0,
                first.long(),
                names.1,
                plus(first, 2).long()
            );
            let name = format!("{} (substitute day)", names.0);
            out.push(holiday(
                plus(first, 2),
                &name,
                names.0,
                HolidayKind::Substitute,
                text,
                cite,
            ));
        }
        _ => {
            out.push(on_rule(first, names.0, &fixed(first), cite));
            out.push(on_rule(second, names.1, &fixed(second), cite));
        }
    }
}

/// "1 January": the fixed date a holiday is on when it is a weekday.
fn fixed(d: IsoDate) -> String {
    format!("{} {}", d.day(), crate::date::month_name(d.month()))
}

fn regular(year: i32) -> Vec<BankHoliday> {
    let mut out = Vec::new();
    let (Some(jan1), Some(jan2), Some(dec25), Some(dec26), Some(nov30)) = (
        IsoDate::from_ymd(year, 1, 1),
        IsoDate::from_ymd(year, 1, 2),
        IsoDate::from_ymd(year, 12, 25),
        IsoDate::from_ymd(year, 12, 26),
        IsoDate::from_ymd(year, 11, 30),
    ) else {
        return out;
    };
    pair(jan1, jan2, ("New Year's Day", "2nd January"), &mut out);
    if let Some(good_friday) = easter_sunday(year).and_then(|e| e.add_days(-2)) {
        out.push(on_rule(
            good_friday,
            "Good Friday",
            "the Friday before Easter Sunday",
            STATUTE_CITE,
        ));
    }
    // The early May holiday began in 1978; St Andrew's Day became a bank holiday in 2007.
    if year >= 1978 {
        if let Some(d) = IsoDate::nth_weekday(year, 5, Weekday::Monday, 1) {
            out.push(on_rule(
                d,
                "Early May bank holiday",
                "the first Monday in May",
                STATUTE_CITE,
            ));
        }
    }
    if let Some(d) = IsoDate::nth_weekday(year, 5, Weekday::Monday, 0) {
        out.push(on_rule(
            d,
            "Spring bank holiday",
            "the last Monday in May",
            STATUTE_CITE,
        ));
    }
    if let Some(d) = IsoDate::nth_weekday(year, 8, Weekday::Monday, 1) {
        out.push(on_rule(
            d,
            "Summer bank holiday",
            "the first Monday in August",
            STATUTE_CITE,
        ));
    }
    if year >= 2007 {
        let base = "St Andrew's Day";
        match nov30.weekday() {
            Weekday::Saturday => out.push(substitute(
                nov30.add_days(2).unwrap_or(nov30),
                base,
                nov30,
                ST_ANDREW_CITE,
            )),
            Weekday::Sunday => out.push(substitute(
                nov30.add_days(1).unwrap_or(nov30),
                base,
                nov30,
                ST_ANDREW_CITE,
            )),
            _ => out.push(on_rule(nov30, base, "30 November", ST_ANDREW_CITE)),
        }
    }
    pair(dec25, dec26, ("Christmas Day", "Boxing Day"), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{MAX_YEAR, MIN_YEAR};
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Fixture {
        first_year: i32,
        last_year: i32,
        years: BTreeMap<String, Vec<Published>>,
    }

    #[derive(Deserialize)]
    struct Published {
        date: String,
        title: String,
        notes: String,
    }

    fn fixture() -> Fixture {
        let text = include_str!("../../../tests/fixtures/calendar/scottish-bank-holidays.json");
        serde_json::from_str(text).unwrap()
    }

    /// The published titles use a typographic apostrophe; ours are plain.
    fn plain(s: &str) -> String {
        s.replace('\u{2019}', "'")
    }

    #[test]
    fn matches_the_published_list_year_by_year() {
        let f = fixture();
        assert_eq!((f.first_year, f.last_year), (DATA_FIRST_YEAR, DATA_LAST_YEAR));
        for year in DATA_FIRST_YEAR..=DATA_LAST_YEAR {
            let published = &f.years[&year.to_string()];
            let ours = bank_holidays(year);
            let dates = |v: Vec<String>| v.join(", ");
            assert_eq!(
                dates(ours.iter().map(|h| h.date.to_string()).collect()),
                dates(published.iter().map(|p| p.date.clone()).collect()),
                "{year}: dates differ"
            );
            for (h, p) in ours.iter().zip(published) {
                // GOV.UK labels 1 January on a Sunday two ways: in 2012 and 2017 Monday 2
                // January is "2nd January" and Tuesday 3 January the New Year's Day
                // substitute (as the 1971 Act reads); in 2023 it swapped the labels. The
                // dates are the same; we keep the Act's reading every year.
                let relabelled_2023 = year == 2023 && h.date.month() == 1;
                if !relabelled_2023 {
                    assert_eq!(h.holiday, plain(&p.title), "{year}: {}", p.date);
                    // Moved days are noted "Substitute day" in 2012 but not in 2020 or 2022.
                    if h.kind != HolidayKind::Moved {
                        let substitute = p.notes == "Substitute day";
                        assert_eq!(h.kind == HolidayKind::Substitute, substitute, "{year}: {}", p.date);
                    }
                }
            }
        }
    }

    #[test]
    fn never_on_a_weekend_never_twice_and_no_easter_monday() {
        for year in MIN_YEAR..=MAX_YEAR {
            let list = bank_holidays(year);
            for w in list.windows(2) {
                assert!(w[0].date < w[1].date, "{year}: {} and {}", w[0].name, w[1].name);
            }
            for h in &list {
                assert!(!h.weekday.is_weekend(), "{year}: {} on a weekend", h.name);
                assert_eq!(h.date.year(), year);
                assert!(!h.name.contains("Easter Monday"));
            }
            let easter = easter_sunday(year).unwrap();
            assert!(list.iter().all(|h| h.date != easter.add_days(1).unwrap()));
            // No late-August holiday: the only August holiday is the first Monday.
            assert!(list.iter().filter(|h| h.date.month() == 8).all(|h| h.date.day() <= 7));
        }
    }

    #[test]
    fn substitute_names() {
        let h = bank_holidays(2025);
        assert!(h
            .iter()
            .any(|h| h.name == "St Andrew's Day (substitute day)" && h.date.to_string() == "2025-12-01"));
        let h = bank_holidays(2023);
        let jan: Vec<_> = h
            .iter()
            .filter(|h| h.date.month() == 1)
            .map(|h| h.name.as_str())
            .collect();
        assert_eq!(jan, ["2nd January", "New Year's Day (substitute day)"]);
    }
}
