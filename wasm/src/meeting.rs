//! The meeting engine: quorum, chair, agenda items, votes, attendance register, minute.

use crate::boundary;
use quorate_core::meeting::{
    self, AgendaInput, AgendaReport, AttendanceInput, AttendanceReport, ChairInput, ChairReport, MinuteInput,
    MinuteReport, QuorumInput, QuorumReport, VoteInput, VoteReport,
};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Is the meeting quorate? Who counts, who does not, and why, with the clauses.
#[wasm_bindgen(js_name = checkQuorum)]
pub fn check_quorum(input: Ts<QuorumInput>) -> Result<Ts<QuorumReport>, JsValue> {
    boundary::call(input, meeting::check_quorum)
}

/// Who chairs; if the Chair is absent, who may stand in or be nominated.
#[wasm_bindgen(js_name = checkChair)]
pub fn check_chair(input: Ts<ChairInput>) -> Result<Ts<ChairReport>, JsValue> {
    boundary::call(input, meeting::check_chair)
}

/// Per agenda item: who withdraws for a conflict, who may vote, and whether it is quorate.
#[wasm_bindgen(js_name = checkAgenda)]
pub fn check_agenda(input: Ts<AgendaInput>) -> Result<Ts<AgendaReport>, JsValue> {
    boundary::call(input, meeting::check_agenda)
}

/// Decide a vote: the tally, the votes required, carried or not, and refused ballots.
#[wasm_bindgen(js_name = decideVote)]
pub fn decide_vote(input: Ts<VoteInput>) -> Result<Ts<VoteReport>, JsValue> {
    boundary::call(input, meeting::decide_vote)
}

/// The attendance register over several meetings: absence flags and cadence checks.
#[wasm_bindgen(js_name = attendanceReport)]
pub fn attendance_report(input: Ts<AttendanceInput>) -> Result<Ts<AttendanceReport>, JsValue> {
    boundary::call(input, meeting::attendance_report)
}

/// A draft minute: the sederunt, the quorum statement, the chair, declarations of interest,
/// and each item's withdrawals, decision and vote with its rule, as a structure and as text.
#[wasm_bindgen(js_name = draftMinute)]
pub fn draft_minute(input: Ts<MinuteInput>) -> Result<Ts<MinuteReport>, JsValue> {
    boundary::call(input, meeting::draft_minute)
}
