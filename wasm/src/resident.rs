//! Resident state across the boundary: a constitution read and validated once, then
//! used by every call made through it, and a scoring session that keeps a
//! `scorePriorities` data set inside WebAssembly and takes one change at a time.
//!
//! ```js
//! const c = ConstitutionHandle.from("clackmannanshire-2019"); // or a constitution object
//! c.checkQuorum({ attendance });          // the same report as checkQuorum({ constitution, attendance })
//! c.checkAgenda({ attendance, items });
//! c.free();                               // optional; a call after it throws FREED
//!
//! const s = new ScoringSession({ constitution: "inverclyde-mou", candidates, scorecards });
//! s.setScore({ scorer: "A. Partner", candidate: "alcohol", criterion: "high-impact", score: 4 });
//! s.report();                             // exactly scorePriorities(s.snapshot())
//!
//! const m = new CombinedSession({ constitution: "inverclyde-mou", candidates, sources });
//! m.setWeight({ criterion: "trust", weight: 2 });
//! m.result();                             // combineScorecards(m.snapshot()): result, summary, citations
//! ```
//!
//! Each method is the plain export's engine on the plain export's input type: the
//! handle only supplies the `constitution` field, so reports and errors are the same.

use crate::boundary;
use quorate_core::constitution::ConstitutionSource;
use quorate_core::priorities::{self, PriorityInput, PriorityReport};
use quorate_core::{calendar, conduct, gifts, meeting, openness, Error, ErrorCode};
use serde::{de::DeserializeOwned, Deserialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
const plain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
// The method's input with the constitution field the plain export reads filled in by a
// placeholder (the handle replaces it); anything that is not an object is passed on
// untouched, so that the reader refuses it exactly as the plain export does.
export function withPlaceholder(value, within) {
  if (!plain(value)) return value;
  if (!within) return { constitution: "", ...value };
  const inner = value[within];
  return plain(inner) ? { ...value, [within]: { constitution: "", ...inner } } : value;
}
export function namesConstitution(value, within) {
  const target = within ? (plain(value) ? value[within] : undefined) : value;
  return plain(target) && Object.prototype.hasOwnProperty.call(target, "constitution");
}
export function asSource(value) {
  return { constitution: value };
}
"#)]
extern "C" {
    #[wasm_bindgen(catch, js_name = withPlaceholder)]
    fn with_placeholder(value: &JsValue, within: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = namesConstitution)]
    fn names_constitution(value: &JsValue, within: &str) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = asSource)]
    fn as_source(value: &JsValue) -> JsValue;
}

/// An engine input that names its constitution (where, and how to fill it in).
trait Constituted: DeserializeOwned + Tsify {
    /// The field holding the `constitution` field ("" for the input itself).
    const WITHIN: &'static str = "";
    fn constitute(&mut self, c: ConstitutionSource);
}

macro_rules! constituted {
    (required: $($t:ty),*) => {$(impl Constituted for $t {
        fn constitute(&mut self, c: ConstitutionSource) { self.constitution = c; }
    })*};
    (optional: $($t:ty),*) => {$(impl Constituted for $t {
        fn constitute(&mut self, c: ConstitutionSource) { self.constitution = Some(c); }
    })*};
}
constituted!(required: meeting::QuorumInput, meeting::ChairInput, meeting::AgendaInput, meeting::VoteInput,
    meeting::AttendanceInput, meeting::MinuteInput, calendar::PapersTimelineInput, calendar::MeetingScheduleInput,
    gifts::GiftInput, openness::OpennessInput, conduct::QuestionsInput, conduct::AssessmentInput,
    conduct::RegisterInput, conduct::AgendaCheckInput);
constituted!(optional: calendar::BankHolidaysInput, calendar::WorkingDayInput, calendar::AddWorkingDaysInput,
    calendar::DaysBetweenInput, PriorityInput, priorities::CombineInput, priorities::ScorecardsToCsvInput);

impl Constituted for calendar::ScheduleIcsInput {
    const WITHIN: &'static str = "schedule";
    fn constitute(&mut self, c: ConstitutionSource) {
        self.schedule.constitution = c;
    }
}

/// The argument of `ConstitutionHandle.from`, read as every plain export reads its
/// `constitution` field (so errors carry the same `constitution.…` paths).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    constitution: ConstitutionSource,
}

/// Read a method's input (which must not name a constitution) and fill the handle's in.
fn read_for<I: Constituted>(input: &JsValue, c: &ConstitutionSource) -> Result<I, Error> {
    let unreadable = |e: JsValue| {
        let why = js_sys::Error::from(e).message().as_string().unwrap_or_default();
        Error::at(
            ErrorCode::InvalidInput,
            "",
            format!("the input could not be read: {why}"),
        )
    };
    if names_constitution(input, I::WITHIN).map_err(unreadable)? {
        let path = if I::WITHIN.is_empty() {
            "constitution".to_string()
        } else {
            format!("{}.constitution", I::WITHIN)
        };
        // As a shape error: the message leads with the path, the problem beside it does not.
        let why =
            "a ConstitutionHandle's methods take no constitution (the handle is the constitution); leave the field out";
        let mut e = Error::at(ErrorCode::InvalidInput, path.clone(), format!("{path}: {why}"));
        e.problems.push(quorate_core::Problem {
            code: ErrorCode::InvalidInput,
            path,
            message: why.to_string(),
        });
        return Err(e);
    }
    let mut value: I = boundary::read(with_placeholder(input, I::WITHIN).map_err(unreadable)?)?;
    value.constitute(c.clone());
    Ok(value)
}

/// A constitution read and validated once (`ConstitutionHandle.from(presetIdOrObject)`), then
/// used by every method, each one the plain export of the same name without its
/// `constitution` field. Call `free()` to release it early (otherwise it is released
/// when garbage-collected); any call after `free()` throws a `QuorateError` with code
/// `FREED` and never traps.
#[wasm_bindgen(js_name = ConstitutionHandle)]
pub struct ConstitutionHandle {
    /// Always `ConstitutionSource::Resident`.
    source: ConstitutionSource,
    id: String,
}

impl ConstitutionHandle {
    fn call<I: Constituted, O: serde::Serialize + Tsify>(
        &self,
        input: &JsValue,
        engine: impl FnOnce(&I) -> Result<O, Error>,
    ) -> Result<Ts<O>, JsValue> {
        let input: I = read_for(input, &self.source).map_err(|e| boundary::throwable(&e))?;
        boundary::write(&engine(&input).map_err(|e| boundary::throwable(&e))?)
    }
}

#[wasm_bindgen(js_class = ConstitutionHandle)]
impl ConstitutionHandle {
    /// Read a preset id or a constitution object and validate it, once. Errors are the
    /// ones every export gives for its `constitution` field (`UNKNOWN_PRESET`,
    /// `INVALID_CONSTITUTION`, `INVALID_INPUT` at `constitution.…`).
    #[wasm_bindgen(js_name = from)]
    pub fn from_source(
        #[wasm_bindgen(unchecked_param_type = "ConstitutionSource")] source: JsValue,
    ) -> Result<ConstitutionHandle, JsValue> {
        let read = || -> Result<ConstitutionHandle, Error> {
            let Source { constitution } = boundary::read(as_source(&source))?;
            let source = constitution.resident()?;
            let id = source.resolve()?.id.clone();
            Ok(ConstitutionHandle { source, id })
        };
        read().map_err(|e| boundary::throwable(&e))
    }

    /// The constitution's id (`"clackmannanshire-2019"`).
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.id.clone()
    }

    /// `priorityCriteria` for this constitution.
    #[wasm_bindgen(js_name = priorityCriteria)]
    pub fn priority_criteria(&self) -> Result<Ts<priorities::PriorityCriteriaReport>, JsValue> {
        let report = priorities::priority_criteria(&self.source).map_err(|e| boundary::throwable(&e))?;
        boundary::write(&report)
    }

    /// A scoring session on this constitution (the input of `scorePriorities` without
    /// `constitution`).
    /// `scoringSession` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = scoringSession)]
    pub fn scoring_session(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<PriorityInput, \"constitution\">")] input: JsValue,
    ) -> Result<ScoringSession, JsValue> {
        let input: PriorityInput = read_for(&input, &self.source).map_err(|e| boundary::throwable(&e))?;
        ScoringSession::start(input)
    }

    /// A [`CombinedSession`] on this constitution: `new CombinedSession(input)` with this
    /// constitution, errors included.
    #[wasm_bindgen(js_name = combinedSession)]
    pub fn combined_session(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<CombineInput, \"constitution\">")] input: JsValue,
    ) -> Result<CombinedSession, JsValue> {
        let input: priorities::CombineInput = read_for(&input, &self.source).map_err(|e| boundary::throwable(&e))?;
        CombinedSession::start(input)
    }

    /// `checkQuorum` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkQuorum)]
    pub fn check_quorum(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<QuorumInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::QuorumReport>, JsValue> {
        self.call(&input, meeting::check_quorum)
    }

    /// `checkChair` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkChair)]
    pub fn check_chair(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<ChairInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::ChairReport>, JsValue> {
        self.call(&input, meeting::check_chair)
    }

    /// `checkAgenda` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkAgenda)]
    pub fn check_agenda(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<AgendaInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::AgendaReport>, JsValue> {
        self.call(&input, meeting::check_agenda)
    }

    /// `decideVote` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = decideVote)]
    pub fn decide_vote(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<VoteInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::VoteReport>, JsValue> {
        self.call(&input, meeting::decide_vote)
    }

    /// `attendanceReport` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = attendanceReport)]
    pub fn attendance_report(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<AttendanceInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::AttendanceReport>, JsValue> {
        self.call(&input, meeting::attendance_report)
    }

    /// `draftMinute` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = draftMinute)]
    pub fn draft_minute(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<MinuteInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<meeting::MinuteReport>, JsValue> {
        self.call(&input, meeting::draft_minute)
    }

    /// `bankHolidays` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = bankHolidays)]
    pub fn bank_holidays(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<BankHolidaysInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::BankHolidaysReport>, JsValue> {
        self.call(&input, calendar::bank_holidays)
    }

    /// `isWorkingDay` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = isWorkingDay)]
    pub fn is_working_day(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<WorkingDayInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::WorkingDayReport>, JsValue> {
        self.call(&input, calendar::is_working_day)
    }

    /// `addWorkingDays` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = addWorkingDays)]
    pub fn add_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<AddWorkingDaysInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::AddWorkingDaysReport>, JsValue> {
        self.call(&input, calendar::add_working_days)
    }

    /// `workingDaysBetween` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = workingDaysBetween)]
    pub fn working_days_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<DaysBetweenInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::DaysBetweenReport>, JsValue> {
        self.call(&input, calendar::working_days_between)
    }

    /// `papersTimeline` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = papersTimeline)]
    pub fn papers_timeline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<PapersTimelineInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::PapersTimelineReport>, JsValue> {
        self.call(&input, calendar::papers_timeline)
    }

    /// `meetingSchedule` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = meetingSchedule)]
    pub fn meeting_schedule(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<MeetingScheduleInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<calendar::MeetingScheduleReport>, JsValue> {
        self.call(&input, calendar::meeting_schedule)
    }

    /// `scheduleIcs` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = scheduleIcs)]
    pub fn schedule_ics(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "Omit<ScheduleIcsInput, \"schedule\"> & { schedule: Omit<MeetingScheduleInput, \"constitution\"> }"
        )]
        input: JsValue,
    ) -> Result<Ts<calendar::ScheduleIcsReport>, JsValue> {
        self.call(&input, calendar::schedule_ics)
    }

    /// `scorePriorities` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = scorePriorities)]
    pub fn score_priorities(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<PriorityInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<PriorityReport>, JsValue> {
        self.call(&input, priorities::score_priorities)
    }

    /// `combineScorecards` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = combineScorecards)]
    pub fn combine_scorecards(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<CombineInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<priorities::CombineReport>, JsValue> {
        self.call(&input, priorities::combine_scorecards)
    }

    /// `scorecardsToCsv` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = scorecardsToCsv)]
    pub fn scorecards_to_csv(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<ScorecardsToCsvInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<priorities::ScorecardsCsv>, JsValue> {
        self.call(&input, priorities::scorecards_to_csv)
    }

    /// `checkGift` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkGift)]
    pub fn check_gift(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<GiftInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<gifts::GiftReport>, JsValue> {
        self.call(&input, gifts::check_gift)
    }

    /// `checkOpenness` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkOpenness)]
    pub fn check_openness(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<OpennessInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<openness::OpennessReport>, JsValue> {
        self.call(&input, openness::check_openness)
    }

    /// `conflictQuestions` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = conflictQuestions)]
    pub fn conflict_questions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<QuestionsInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<conduct::QuestionSet>, JsValue> {
        self.call(&input, conduct::conflict_questions)
    }

    /// `assessConflict` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = assessConflict)]
    pub fn assess_conflict(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<AssessmentInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<conduct::AssessmentReport>, JsValue> {
        self.call(&input, conduct::assess_conflict)
    }

    /// `validateRegister` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = validateRegister)]
    pub fn validate_register(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<RegisterInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<conduct::RegisterReport>, JsValue> {
        self.call(&input, conduct::validate_register)
    }

    /// `checkAgendaAgainstRegister` on this constitution: the plain export's report and errors.
    #[wasm_bindgen(js_name = checkAgendaAgainstRegister)]
    pub fn check_agenda_against_register(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Omit<AgendaCheckInput, \"constitution\">")] input: JsValue,
    ) -> Result<Ts<conduct::AgendaCheckReport>, JsValue> {
        self.call(&input, conduct::check_agenda_against_register)
    }
}

/// A `scorePriorities` data set kept inside WebAssembly: start it with the whole input
/// once, then send changes and ask for the report, which is exactly
/// `scorePriorities(session.snapshot())`. A change that names a scorecard or candidate
/// that is not there throws (`UNKNOWN_REFERENCE`, `DUPLICATE_ID`) and changes nothing;
/// a value the engine refuses (a score off the scale) is kept and `report()` throws the
/// error `scorePriorities` would. `free()` releases it; any call after that throws `FREED`.
#[wasm_bindgen]
pub struct ScoringSession {
    session: priorities::Session,
}

impl ScoringSession {
    fn start(input: PriorityInput) -> Result<ScoringSession, JsValue> {
        let session = priorities::Session::new(input).map_err(|e| boundary::throwable(&e))?;
        Ok(ScoringSession { session })
    }

    fn change<C: DeserializeOwned>(
        &mut self,
        change: JsValue,
        apply: impl FnOnce(&mut priorities::Session, C) -> Result<(), Error>,
    ) -> Result<(), JsValue> {
        let change: C = boundary::read(change).map_err(|e| boundary::throwable(&e))?;
        apply(&mut self.session, change).map_err(|e| boundary::throwable(&e))
    }
}

#[wasm_bindgen]
impl ScoringSession {
    /// Start from a whole `scorePriorities` input; its constitution is read once.
    #[wasm_bindgen(constructor)]
    pub fn new(input: Ts<PriorityInput>) -> Result<ScoringSession, JsValue> {
        let input: PriorityInput = boundary::read(input.js_value()).map_err(|e| boundary::throwable(&e))?;
        ScoringSession::start(input)
    }

    /// The report on the data as it stands (the same as `scorePriorities`).
    pub fn report(&self) -> Result<Ts<PriorityReport>, JsValue> {
        boundary::write(&self.session.report().map_err(|e| boundary::throwable(&e))?)
    }

    /// The data as it stands, as a `scorePriorities` input (to save a draft).
    pub fn snapshot(&self) -> Result<Ts<PriorityInput>, JsValue> {
        boundary::write(&self.session.snapshot())
    }

    /// One score: `{ scorer, candidate, criterion, score }` (`score: null` is don't know).
    #[wasm_bindgen(js_name = setScore)]
    pub fn set_score(&mut self, change: Ts<priorities::ScoreChange>) -> Result<(), JsValue> {
        self.change(change.js_value(), |s, c| s.set_score(&c))
    }

    /// Leave one criterion unanswered: `{ scorer, candidate, criterion }`.
    #[wasm_bindgen(js_name = clearScore)]
    pub fn clear_score(&mut self, change: Ts<priorities::ScoreClear>) -> Result<(), JsValue> {
        self.change(change.js_value(), |s, c| s.clear_score(&c))
    }

    /// One what-if weight: `{ criterion, weight }` (`weight: null` restores the set's).
    #[wasm_bindgen(js_name = setWeight)]
    pub fn set_weight(&mut self, change: Ts<priorities::WeightChange>) -> Result<(), JsValue> {
        self.change(change.js_value(), |s, c| s.set_weight(&c))
    }

    /// A new candidate `{ id, name }`, at the end.
    #[wasm_bindgen(js_name = addCandidate)]
    pub fn add_candidate(&mut self, candidate: Ts<priorities::Candidate>) -> Result<(), JsValue> {
        self.change(candidate.js_value(), priorities::Session::add_candidate)
    }

    /// A new name for the candidate with this id: `{ id, name }`.
    #[wasm_bindgen(js_name = renameCandidate)]
    pub fn rename_candidate(&mut self, candidate: Ts<priorities::Candidate>) -> Result<(), JsValue> {
        self.change(candidate.js_value(), priorities::Session::rename_candidate)
    }

    /// A new scorecard, at the end.
    #[wasm_bindgen(js_name = addScorecard)]
    pub fn add_scorecard(&mut self, card: Ts<priorities::Scorecard>) -> Result<(), JsValue> {
        self.change(card.js_value(), priorities::Session::add_scorecard)
    }

    /// Remove one scorer's scorecard for one candidate: `{ scorer, candidate }`.
    #[wasm_bindgen(js_name = removeScorecard)]
    pub fn remove_scorecard(&mut self, card: Ts<priorities::ScorecardRef>) -> Result<(), JsValue> {
        self.change(card.js_value(), |s, c| s.remove_scorecard(&c))
    }
}

/// A `combineScorecards` data set kept inside WebAssembly: the partners' sources are read
/// and merged once, when it starts; then each change to the options (a what-if weight,
/// the aggregate, the range) is sent alone. `report()` is exactly
/// `combineScorecards(session.snapshot())`; `result()` is the part of it that the options
/// change (`result`, `summary`, `citations`), so that a tool recomputing on every
/// keystroke does not receive every merged scorecard again. `free()` releases it; any
/// call after that throws `FREED`.
#[wasm_bindgen]
pub struct CombinedSession {
    session: priorities::CombinedSession,
}

impl CombinedSession {
    fn start(input: priorities::CombineInput) -> Result<CombinedSession, JsValue> {
        let session = priorities::CombinedSession::new(input).map_err(|e| boundary::throwable(&e))?;
        Ok(CombinedSession { session })
    }
}

#[wasm_bindgen]
impl CombinedSession {
    /// Start from a whole `combineScorecards` input: its constitution is read and its
    /// sources merged once; refused with the error `combineScorecards` gives.
    #[wasm_bindgen(constructor)]
    pub fn new(input: Ts<priorities::CombineInput>) -> Result<CombinedSession, JsValue> {
        let input: priorities::CombineInput = boundary::read(input.js_value()).map_err(|e| boundary::throwable(&e))?;
        CombinedSession::start(input)
    }

    /// The whole report on the data as it stands (the same as `combineScorecards`).
    pub fn report(&self) -> Result<Ts<priorities::CombineReport>, JsValue> {
        boundary::write(&self.session.report().map_err(|e| boundary::throwable(&e))?)
    }

    /// What the options change: the report's `result`, `summary` and `citations`.
    pub fn result(&self) -> Result<Ts<priorities::CombinedResult>, JsValue> {
        boundary::write(&self.session.result().map_err(|e| boundary::throwable(&e))?)
    }

    /// The data as it stands, as a `combineScorecards` input.
    pub fn snapshot(&self) -> Result<Ts<priorities::CombineInput>, JsValue> {
        boundary::write(&self.session.snapshot())
    }

    /// One what-if weight: `{ criterion, weight }` (`weight: null` restores the set's).
    #[wasm_bindgen(js_name = setWeight)]
    pub fn set_weight(&mut self, change: Ts<priorities::WeightChange>) -> Result<(), JsValue> {
        let change: priorities::WeightChange =
            boundary::read(change.js_value()).map_err(|e| boundary::throwable(&e))?;
        self.session.set_weight(&change).map_err(|e| boundary::throwable(&e))
    }

    /// A new name for the candidate with this id: `{ id, name }` (the merge stays).
    #[wasm_bindgen(js_name = renameCandidate)]
    pub fn rename_candidate(&mut self, candidate: Ts<priorities::Candidate>) -> Result<(), JsValue> {
        let candidate: priorities::Candidate =
            boundary::read(candidate.js_value()).map_err(|e| boundary::throwable(&e))?;
        self.session
            .rename_candidate(candidate)
            .map_err(|e| boundary::throwable(&e))
    }

    /// The options as a whole (`aggregate`, `weights`, `sensitivityRange`, `portfolio`, …).
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: Ts<priorities::ScoreOptions>) -> Result<(), JsValue> {
        let options: priorities::ScoreOptions =
            boundary::read(options.js_value()).map_err(|e| boundary::throwable(&e))?;
        self.session.set_options(options).map_err(|e| boundary::throwable(&e))
    }
}
