//! The code of conduct: declaring and registering interests.
//!
//! Members decide, often alone the evening before a meeting, whether to declare an
//! interest. The Scottish codes answer in three stages: is there a *connection* to the
//! item; is it an *interest*, by the objective test; and what follows for *participation*
//! (declare and withdraw, unless a dispensation was granted in advance). When unsure,
//! ask support staff before the meeting.
//!
//! - `assessment`: the guided self-assessment, one pure function of the answers so far
//!   that returns the next questions or the outcome, with minute-ready wording.
//! - `register`: a member's register in the nine categories of the Model Code, its
//!   validation, `agenda_against_register` (which agenda items touch which registered interests) and
//!   `register_csv` (spreadsheet import and export).
//! - `rule`: the constitution's `interests` section: the questions in the
//!   partnership's words, with their clauses.
//!
//! ```
//! use quorate_core::conduct;
//!
//! // No connection to the item: nothing to declare, and the walk is complete.
//! let input: conduct::AssessmentInput = serde_json::from_str(r#"{
//!   "constitution": "clackmannanshire-2019", "member": "Cllr Jane Smith",
//!   "item": "5", "itemTitle": "Town Centre Regeneration Fund",
//!   "answers": { "connection": "no", "approached": "no" }
//! }"#).unwrap();
//! let report = serde_json::to_value(conduct::assess_conflict(&input).unwrap()).unwrap();
//! assert_eq!(report["outcome"], "noConnection");
//! assert_eq!(report["mayTakePart"], true);
//! assert_eq!(report["next"], serde_json::json!([]));
//! ```
//!
//! Nothing is stored: answers and registers stay with the caller (in the browser).

mod agenda_against_register;
mod answers;
mod assessment;
mod flow;
mod minute;
mod register;
mod register_csv;
mod rule;
#[cfg(test)]
mod tests;

pub use agenda_against_register::{
    check_agenda_against_register, AgendaCheckInput, AgendaCheckReport, AssessmentStart, EntryMatch, ItemCheck,
    ItemField, ItemOfBusiness, TermMatch, MAX_ITEMS, MAX_ITEM_ORGANISATIONS,
};
pub use answers::{Answers, AssessmentInput};
pub use assessment::{
    assess_conflict, conflict_questions, AnsweredQuestion, AssessmentReport, AssessmentStatus, QuestionSet,
    QuestionView, QuestionsInput,
};
pub use flow::Outcome;
pub use register::{
    validate_register, CategoryCount, Register, RegisterCategory, RegisterEntry, RegisterInput, RegisterReport,
    MAX_ENTRIES, MAX_NAME, MAX_TERMS, MAX_TERMS_PER_ENTRY, MIN_TERM,
};
pub use register_csv::{register_from_csv, register_to_csv, CsvText, COLUMNS, MAX_CSV};
pub use rule::{
    validate_rule, AdviceRule, AnswerKind, InterestsQuestion, InterestsRule, QuestionId, RegisterRule, Stage,
};
