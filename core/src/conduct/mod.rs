//! The code of conduct: declaring and registering interests.
//!
//! Members decide, often alone the evening before a meeting, whether to declare an
//! interest. The Scottish codes answer in three stages: is there a *connection* to the
//! item; is it an *interest*, by the objective test; and what follows for *participation*
//! (declare and withdraw, unless a dispensation was granted in advance). When unsure,
//! ask support staff before the meeting.
//!
//! - [`assessment`]: the guided self-assessment, one pure function of the answers so far
//!   that returns the next questions or the outcome, with minute-ready wording.
//! - [`register`]: a member's register in the nine categories of the Model Code, its
//!   validation, [`agenda`] (which agenda items touch which registered interests) and
//!   [`register_csv`] (spreadsheet import and export).
//! - [`rules`]: the constitution's `interests` section: the questions in the
//!   partnership's words, with their clauses.
//!
//! Nothing is stored: answers and registers stay with the caller (in the browser).

pub mod agenda;
pub mod answers;
pub mod assessment;
mod flow;
mod minute;
pub mod register;
pub mod register_csv;
pub mod rules;
#[cfg(test)]
mod tests;

pub use agenda::{check_agenda_against_register, AgendaCheckInput, AgendaCheckReport};
pub use answers::{Answer, Answers, AssessmentInput};
pub use assessment::{assess_conflict, conflict_questions, AssessmentReport, Outcome, QuestionSet, QuestionsInput};
pub use register::{validate_register, Register, RegisterCategory, RegisterEntry, RegisterInput, RegisterReport};
pub use register_csv::{register_from_csv, register_to_csv, CsvText};
pub use rules::{validate_rule, InterestsRule, QuestionId};
