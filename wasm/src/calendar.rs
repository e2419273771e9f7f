//! The meeting calendar: Scottish working days, papers timelines, schedules, `.ics` export.
//!
//! ```js
//! papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03" }).deadlines;
//! // papers issued Wednesday 25 November 2026 (St Andrew's Day skipped, B6.1);
//! // partners' papers Friday 20 November (3 days before is a Sunday: moved back, B6.2)
//! ```

use crate::boundary;
use quorate_core::calendar::{
    self, AddWorkingDaysInput, AddWorkingDaysReport, BankHolidaysInput, BankHolidaysReport, DaysBetweenInput,
    DaysBetweenReport, MeetingScheduleInput, MeetingScheduleReport, PapersTimelineInput, PapersTimelineReport,
    ScheduleIcsInput, ScheduleIcsReport, WorkingDayInput, WorkingDayReport,
};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// The Scottish bank holidays of a year (with their substitute days and one-off days),
/// plus the constitution's local closures; warns for years outside the bundled data.
#[wasm_bindgen(js_name = bankHolidays)]
pub fn bank_holidays(input: Ts<BankHolidaysInput>) -> Result<Ts<BankHolidaysReport>, JsValue> {
    boundary::call(input, calendar::bank_holidays)
}

/// Is a date a working day, and if not, why not (weekend, which holiday, which closure).
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(input: Ts<WorkingDayInput>) -> Result<Ts<WorkingDayReport>, JsValue> {
    boundary::call(input, calendar::is_working_day)
}

/// N working days after a date (before it when negative), listing the days skipped.
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(input: Ts<AddWorkingDaysInput>) -> Result<Ts<AddWorkingDaysReport>, JsValue> {
    boundary::call(input, calendar::add_working_days)
}

/// Working, calendar and clear days between two dates.
#[wasm_bindgen(js_name = workingDaysBetween)]
pub fn working_days_between(input: Ts<DaysBetweenInput>) -> Result<Ts<DaysBetweenReport>, JsValue> {
    boundary::call(input, calendar::working_days_between)
}

/// Every deadline before one meeting under a constitution, each with its rule and clause.
#[wasm_bindgen(js_name = papersTimeline)]
pub fn papers_timeline(input: Ts<PapersTimelineInput>) -> Result<Ts<PapersTimelineReport>, JsValue> {
    boundary::call(input, calendar::papers_timeline)
}

/// A year's meetings (listed or by a rule), all their deadlines, and the cadence checks.
#[wasm_bindgen(js_name = meetingSchedule)]
pub fn meeting_schedule(input: Ts<MeetingScheduleInput>) -> Result<Ts<MeetingScheduleReport>, JsValue> {
    boundary::call(input, calendar::meeting_schedule)
}

/// The schedule and its deadlines as an iCalendar (`.ics`) file with stable UIDs.
#[wasm_bindgen(js_name = scheduleIcs)]
pub fn schedule_ics(input: Ts<ScheduleIcsInput>) -> Result<Ts<ScheduleIcsReport>, JsValue> {
    boundary::call(input, calendar::schedule_ics)
}
