//! Civil dates (proleptic Gregorian), with no time of day and no time zone.
//!
//! Dates cross every boundary as ISO strings, `YYYY-MM-DD`; a malformed or impossible
//! date (`2026-02-30`) is refused with `INVALID_DATE`. Internally a date is a day
//! number (days since 1970-01-01), which makes arithmetic and weekdays exact.

use crate::error::{Error, ErrorCode};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Starts the serde message for a malformed date, so that the boundary can report it
/// as `INVALID_DATE` rather than a generic `INVALID_INPUT`.
pub const INVALID_DATE_PREFIX: &str = "invalid date: ";

/// Years outside this range are refused: no meeting rule needs them, and it keeps every
/// day number far from overflow.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2199;

/// A calendar date. Serialises as `"YYYY-MM-DD"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    days: i32,
}

/// Day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub fn name(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self as usize]
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// The date, or `None` when it does not exist or is outside the supported years.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<IsoDate> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(IsoDate {
            days: era * 146_097 + doe - 719_468,
        })
    }

    /// Parse `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<IsoDate, String> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(format!("\"{}\" is not a date in the form YYYY-MM-DD", truncate(text)));
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
        let (year, month, day) = (num(0..4) as i32, num(5..7), num(8..10));
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(format!("{text}: the year must be between {MIN_YEAR} and {MAX_YEAR}"));
        }
        if !(1..=12).contains(&month) {
            return Err(format!("{text}: there is no month {month}"));
        }
        IsoDate::from_ymd(year, month, day).ok_or_else(|| {
            format!(
                "{text}: {} {year} has {} days",
                MONTH_NAMES[month as usize - 1],
                days_in_month(year, month)
            )
        })
    }

    /// Parse, reporting an `INVALID_DATE` error at `path`.
    pub fn parse_at(text: &str, path: &str) -> Result<IsoDate, Error> {
        IsoDate::parse(text).map_err(|m| Error::at(ErrorCode::InvalidDate, path, m))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        // Howard Hinnant's civil_from_days.
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn month(self) -> u32 {
        self.ymd().1
    }

    pub fn day(self) -> u32 {
        self.ymd().2
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i32 {
        self.days
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days + 3).rem_euclid(7) as usize]
    }

    /// The date `n` days later (earlier when negative), or `None` past the supported years.
    pub fn add_days(self, n: i32) -> Option<IsoDate> {
        let candidate = IsoDate {
            days: self.days.checked_add(n)?,
        };
        (MIN_YEAR..=MAX_YEAR).contains(&candidate.year()).then_some(candidate)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: IsoDate) -> i32 {
        other.days - self.days
    }

    /// The `n`th given weekday of a month (1-based), or the last one when `n` is 0.
    pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<IsoDate> {
        if n == 0 {
            let last = IsoDate::from_ymd(year, month, days_in_month(year, month))?;
            let back = (last.weekday() as i32 - weekday as i32).rem_euclid(7);
            return last.add_days(-back);
        }
        let first = IsoDate::from_ymd(year, month, 1)?;
        let ahead = (weekday as i32 - first.weekday() as i32).rem_euclid(7);
        let date = first.add_days(ahead + 7 * (n as i32 - 1))?;
        (date.month() == month).then_some(date)
    }

    /// Calendar quarter, 1–4.
    pub fn quarter(self) -> u32 {
        (self.month() - 1) / 3 + 1
    }

    /// "Thursday 3 December 2026".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{} {d} {} {y}", self.weekday().name(), MONTH_NAMES[m as usize - 1])
    }
}

pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?")
}

fn truncate(text: &str) -> String {
    crate::wording::cut(text, crate::limits::shown::VALUE)
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    // A visitor, so that serde_json places an impossible date at the date itself (the
    // reader finds the field path from that position).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = IsoDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<IsoDate, E> {
                IsoDate::parse(v).map_err(|m| E::custom(format!("{INVALID_DATE_PREFIX}{m}")))
            }
        }
        d.deserialize_str(DateVisitor)
    }
}

#[cfg(feature = "ts")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_DATE: &'static str = r#"/** A calendar date as an ISO string, `YYYY-MM-DD`. */
export type IsoDate = string;"#;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        let d = IsoDate::parse("2026-12-03").unwrap();
        assert_eq!(d.weekday(), Weekday::Thursday);
        assert_eq!(d.long(), "Thursday 3 December 2026");
        assert_eq!(IsoDate::parse("1970-01-01").unwrap().day_number(), 0);
        assert_eq!(IsoDate::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-1",
            "26-01-01",
            "",
            "2026-01-32",
            "1899-12-31",
        ] {
            assert!(IsoDate::parse(bad).is_err(), "{bad}");
        }
        assert!(IsoDate::parse("2026-02-30")
            .unwrap_err()
            .contains("February 2026 has 28 days"));
    }

    #[test]
    fn nth_weekday() {
        // First Monday in May 2026 is 4 May; last Monday in May 2026 is 25 May.
        assert_eq!(
            IsoDate::nth_weekday(2026, 5, Weekday::Monday, 1).unwrap().to_string(),
            "2026-05-04"
        );
        assert_eq!(
            IsoDate::nth_weekday(2026, 5, Weekday::Monday, 0).unwrap().to_string(),
            "2026-05-25"
        );
        assert_eq!(IsoDate::nth_weekday(2026, 2, Weekday::Monday, 5), None);
    }

    proptest! {
        #[test]
        fn round_trips(days in -25_000i32..80_000) {
            let d = IsoDate { days };
            let (y, m, dd) = d.ymd();
            prop_assert_eq!(IsoDate::from_ymd(y, m, dd), Some(d));
            prop_assert_eq!(IsoDate::parse(&d.to_string()), Ok(d));
        }
    }
}
