//! # quorate-core
//!
//! The rules of a Scottish Community Planning Partnership, as data, and the engines that
//! apply them.
//!
//! A [`Constitution`](constitution::Constitution) holds a partnership's written rules:
//! who counts towards quorum, when a substitute counts, who may chair, how votes are
//! decided, how often bodies meet. Two presets are built from the source documents
//! (`clackmannanshire-2019`, `inverclyde-mou`); any other partnership writes the same
//! JSON. Every rule carries the clause it comes from, and every answer an engine gives
//! lists the clauses that produced it, so a board secretary can check the answer against
//! the paper.
//!
//! Engines take plain serde inputs and return plain serde reports. Input that does not
//! make sense is refused with an [`Error`] that has a stable code, a plain-English
//! message and, where it applies, the field path: nothing here panics on input.
//!
//! ```
//! use quorate_core::{constitution::ConstitutionSource, meeting};
//!
//! let input: meeting::QuorumInput = serde_json::from_str(r#"{
//!   "constitution": "clackmannanshire-2019",
//!   "roster": { "seats": [
//!     { "id": "leader", "name": "Council Leader", "organisation": "Clackmannanshire Council", "class": "core", "role": "chair" },
//!     { "id": "nhs", "name": "NHS Forth Valley", "organisation": "NHS Forth Valley", "class": "core" },
//!     { "id": "ctsi", "name": "CTSI", "organisation": "CTSI", "class": "other" }
//!   ]},
//!   "attendance": { "members": [
//!     { "seat": "leader", "status": "present" },
//!     { "seat": "nhs", "status": "present" }
//!   ]}
//! }"#).unwrap();
//! let report = meeting::check_quorum(&input).unwrap();
//! assert_eq!(report.quorate, Some(true));
//! assert!(report.citations.iter().any(|c| c == "clackmannanshire-2019 B2.1"));
//! ```

mod answer;
pub mod calendar;
mod checks;
pub mod conduct;
pub mod constitution;
pub mod csv;
pub mod date;
pub mod error;
pub mod gifts;
pub mod json;
pub mod limits;
pub mod meeting;
pub mod openness;
pub mod priorities;
pub mod question;
pub mod reason;
mod wording;

pub use answer::Answer;
pub use error::{Error, ErrorCode, Problem};
pub use question::{AnswerKind, Question, QuestionOption};
pub use reason::{Citations, Reason};
