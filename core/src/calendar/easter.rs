//! Easter Sunday by the Gregorian computus, for Good Friday.
//!
//! Good Friday is the only Scottish bank holiday tied to Easter (there is no Easter
//! Monday holiday in Scotland), so this is all the church calendar the engine needs.

use crate::date::IsoDate;

/// Easter Sunday of `year` (the "Anonymous Gregorian" algorithm: Meeus/Jones/Butcher).
/// `None` only outside the supported years.
pub fn easter_sunday(year: i32) -> Option<IsoDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    IsoDate::from_ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{Weekday, MAX_YEAR, MIN_YEAR};

    #[test]
    fn known_easters() {
        for (y, want) in [
            (2012, "2012-04-08"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2038, "2038-04-25"),
            (2008, "2008-03-23"),
        ] {
            assert_eq!(easter_sunday(y).unwrap().to_string(), want, "{y}");
        }
    }

    #[test]
    fn always_a_sunday_between_22_march_and_25_april() {
        for y in MIN_YEAR..=MAX_YEAR {
            let e = easter_sunday(y).unwrap();
            assert_eq!(e.weekday(), Weekday::Sunday, "{y}");
            let (_, m, d) = e.ymd();
            assert!((m == 3 && d >= 22) || (m == 4 && d <= 25), "{y}: {e}");
        }
    }
}
