//! The meeting calendar: Scottish working days, papers timelines, a year's schedule and
//! its calendar export.
//!
//! "Working day" means Monday to Friday except Scottish bank holidays and the
//! partnership's own closure days ([`holidays`], [`WorkingCalendar`]). Notice periods are
//! constitution data ([`notice`]): each names its unit (working days, clear days,
//! calendar days, weeks), its count and what it is measured from, with the clause. The
//! engines count deadlines back from a meeting and on after it, and check a meeting called on
//! request or as urgent ([`papers_timeline`]), across a year of
//! meetings with the body's cadence rules checked ([`meeting_schedule`]), and write the result as
//! an iCalendar file ([`ics`]). Every answer lists the non-working days it skipped, any
//! deadline it moved off a non-working day, and the clauses behind it.
//!
//! ```
//! use quorate_core::calendar::{add_working_days, AddWorkingDaysInput};
//! use quorate_core::date::IsoDate;
//!
//! // SPEC 3: 5 working days prior to Thursday 3 December 2026 is Wednesday 25 November
//! // (Monday 30 November, St Andrew's Day, is skipped).
//! let r = add_working_days(&AddWorkingDaysInput {
//!     date: IsoDate::parse("2026-12-03").unwrap(),
//!     days: -5,
//!     constitution: None,
//! }).unwrap();
//! assert_eq!(r.result.to_string(), "2026-11-25");
//! assert!(r.skipped.iter().any(|s| s.name == "St Andrew's Day"));
//! ```

pub mod cadence;
pub mod easter;
pub mod holidays;
pub mod ics;
pub mod notice;
mod request;
mod schedule;
mod timeline;
mod working_calendar;
mod working_days;

pub use holidays::{BankHoliday, HolidayKind};
pub use ics::{schedule_ics, ScheduleIcsInput, ScheduleIcsReport};
pub use notice::{Direction, LocalClosure, NonWorkingDayRule, NoticePeriod, NoticeUnit, UrgencyException};
pub use request::{RequestCheck, RequestStatus};
pub use schedule::{
    meeting_schedule, MeetingScheduleInput, MeetingScheduleReport, Period, ScheduleRule, ScheduledMeeting, WeekOfMonth,
};
pub use timeline::{
    papers_timeline, BodyRef, Deadline, NoticeStatus, PapersTimelineInput, PapersTimelineReport, UrgencyUse,
};
pub use working_calendar::{coverage_warning, NonWorkingDay, NonWorkingKind, WorkingCalendar, MAX_STEP};
pub use working_days::{
    add_working_days, bank_holidays, is_working_day, working_days_between, AddWorkingDaysInput, AddWorkingDaysReport,
    BankHolidaysInput, BankHolidaysReport, DataCoverage, DaysBetweenInput, DaysBetweenReport, WorkingDayInput,
    WorkingDayReport, COVERAGE, MAX_SPAN_DAYS,
};
