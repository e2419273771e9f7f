//! Civil dates (proleptic Gregorian), with no time of day and no time zone.
//!
//! Dates cross every boundary as ISO strings, `YYYY-MM-DD`; a malformed or impossible
//! date (`2026-02-30`) is refused with `INVALID_DATE`. Internally a date is a
//! [`chrono::NaiveDate`]: chrono does the calendar (days in a month, weekdays, day and
//! month arithmetic); this module is the serde wrapper, the supported years and the
//! plain-English messages.

use crate::error::{Error, ErrorCode};
use chrono::{Datelike, Days, Month, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Starts the serde message for a malformed date, so that the boundary can report it
/// as `INVALID_DATE` rather than a generic `INVALID_INPUT`.
pub const INVALID_DATE_PREFIX: &str = "invalid date: ";

/// Years outside this range are refused: no meeting rule needs them, and it keeps every
/// count of days far from overflow.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2199;

/// A calendar date. Serialises as `"YYYY-MM-DD"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(NaiveDate);

/// `"YYYY-MM-DD"`: a string with the JSON Schema format `date` (the reader also refuses
/// impossible dates and years outside [`MIN_YEAR`]–[`MAX_YEAR`], which a format cannot say).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for IsoDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date, written YYYY-MM-DD (\"2026-12-03\")."
        })
    }
}

/// Day of the week, Monday first. The serde form (`"monday"`) of [`chrono::Weekday`].
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
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    fn to_chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
        }
    }
}

impl From<chrono::Weekday> for Weekday {
    fn from(w: chrono::Weekday) -> Weekday {
        match w {
            chrono::Weekday::Mon => Weekday::Monday,
            chrono::Weekday::Tue => Weekday::Tuesday,
            chrono::Weekday::Wed => Weekday::Wednesday,
            chrono::Weekday::Thu => Weekday::Thursday,
            chrono::Weekday::Fri => Weekday::Friday,
            chrono::Weekday::Sat => Weekday::Saturday,
            chrono::Weekday::Sun => Weekday::Sunday,
        }
    }
}

/// The English name of month 1–12 ("?" for anything else).
pub fn month_name(month: u32) -> &'static str {
    chrono_month(month).map_or("?", |m| m.name())
}

fn chrono_month(month: u32) -> Option<Month> {
    Month::try_from(u8::try_from(month).ok()?).ok()
}

/// Only dates inside the supported years.
fn supported(date: NaiveDate) -> Option<IsoDate> {
    (MIN_YEAR..=MAX_YEAR).contains(&date.year()).then_some(IsoDate(date))
}

impl IsoDate {
    /// The date, or `None` when it does not exist or is outside the supported years.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<IsoDate> {
        supported(NaiveDate::from_ymd_opt(year, month, day)?)
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
        let Some(named) = chrono_month(month) else {
            return Err(format!("{text}: there is no month {month}"));
        };
        IsoDate::from_ymd(year, month, day).ok_or_else(|| {
            format!(
                "{text}: {} {year} has {} days",
                named.name(),
                named.num_days(year).unwrap_or(0)
            )
        })
    }

    /// Parse, reporting an `INVALID_DATE` error at `path`.
    pub fn parse_at(text: &str, path: &str) -> Result<IsoDate, Error> {
        IsoDate::parse(text).map_err(|m| Error::at(ErrorCode::InvalidDate, path, m))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        (self.0.year(), self.0.month(), self.0.day())
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    pub fn weekday(self) -> Weekday {
        self.0.weekday().into()
    }

    /// The date `n` days later (earlier when negative), or `None` past the supported years.
    pub fn add_days(self, n: i32) -> Option<IsoDate> {
        let days = Days::new(u64::from(n.unsigned_abs()));
        supported(if n < 0 {
            self.0.checked_sub_days(days)?
        } else {
            self.0.checked_add_days(days)?
        })
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: IsoDate) -> i32 {
        // Both dates lie within the supported years, so the count fits easily.
        i32::try_from(other.0.signed_duration_since(self.0).num_days()).unwrap_or(i32::MAX)
    }

    /// The last day of the `months`-month period starting with this date's month: the
    /// month's own last day when `months` is 1, the quarter's when 3 from its first month.
    pub fn end_of_months(self, months: u32) -> Option<IsoDate> {
        // The month after may lie past the supported years (December 2199): only the
        // answer must lie inside them.
        supported(
            self.0
                .with_day(1)?
                .checked_add_months(Months::new(months))?
                .pred_opt()?,
        )
    }

    /// The `n`th given weekday of a month (1-based), or the last one when `n` is 0.
    pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<IsoDate> {
        if n == 0 {
            let last = IsoDate::from_ymd(year, month, 1)?.end_of_months(1)?;
            let back = last.0.weekday().days_since(weekday.to_chrono());
            return last.add_days(-i32::try_from(back).ok()?);
        }
        let n = u8::try_from(n).ok()?;
        supported(NaiveDate::from_weekday_of_month_opt(
            year,
            month,
            weekday.to_chrono(),
            n,
        )?)
    }

    /// Calendar quarter, 1–4.
    pub fn quarter(self) -> u32 {
        self.0.quarter()
    }

    /// "Thursday 3 December 2026".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{} {d} {} {y}", self.weekday().name(), month_name(m))
    }
}

fn truncate(text: &str) -> String {
    crate::wording::cut(text, crate::limits::shown::VALUE)
}

impl fmt::Display for IsoDate {
    /// `YYYY-MM-DD` (every supported year has four digits).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
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
        assert_eq!(IsoDate::parse("1970-01-01").unwrap().weekday(), Weekday::Thursday);
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
        assert_eq!(
            IsoDate::parse("2100-02-29").unwrap_err(),
            "2100-02-29: February 2100 has 28 days"
        );
        assert_eq!(
            IsoDate::parse("2026-13-01").unwrap_err(),
            "2026-13-01: there is no month 13"
        );
        assert_eq!(
            IsoDate::parse("1899-12-31").unwrap_err(),
            "1899-12-31: the year must be between 1900 and 2199"
        );
        assert_eq!(IsoDate::from_ymd(2199, 12, 31).unwrap().add_days(1), None);
        assert_eq!(IsoDate::from_ymd(1900, 1, 1).unwrap().add_days(-1), None);
    }

    #[test]
    fn month_arithmetic() {
        let d = |s| IsoDate::parse(s).unwrap();
        assert_eq!(d("2024-02-10").end_of_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2026-01-31").end_of_months(3), Some(d("2026-03-31")));
        assert_eq!(d("2026-10-05").end_of_months(3), Some(d("2026-12-31")));
        assert_eq!(d("2026-01-31").end_of_months(1), Some(d("2026-01-31")));
        assert_eq!(d("2199-12-01").end_of_months(1), Some(d("2199-12-31")));
        assert_eq!(d("2199-11-01").end_of_months(3), None);
        assert_eq!(
            IsoDate::nth_weekday(2199, 12, Weekday::Tuesday, 0),
            Some(d("2199-12-31"))
        );
        assert_eq!(d("2026-08-15").quarter(), 3);
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
        fn round_trips(days in 0i32..=109_572) {
            let start = IsoDate::from_ymd(MIN_YEAR, 1, 1).unwrap();
            let d = start.add_days(days).unwrap();
            prop_assert_eq!(start.days_until(d), days);
            prop_assert_eq!(d.add_days(-days), Some(start));
            let (y, m, dd) = d.ymd();
            prop_assert_eq!(IsoDate::from_ymd(y, m, dd), Some(d));
            prop_assert_eq!(IsoDate::parse(&d.to_string()), Ok(d));
            // 1 January 1900 was a Monday.
            prop_assert_eq!(d.weekday() as i32, days % 7);
        }
    }
}
