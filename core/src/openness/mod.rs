//! Public or private business: is an agenda item taken in public?
//!
//! Business is public by default. A constitution lists, as data ([`OpennessRule`],
//! `constitution.openness`), the kinds of information that take an item out of public
//! and what each does: Inverclyde's are always discussed in private (4.5.2; commercial
//! information only where release would prejudice negotiations), Clackmannanshire's let
//! the Chair direct the public to leave (B7.3) and restrict papers (B7.1), and the Chair
//! decides whether a special meeting is open (B7.4). "The Chair may take it in private"
//! is a different answer from "it must be private", and the report says which.
//!
//! ```
//! use quorate_core::openness;
//!
//! let input: openness::OpennessInput = serde_json::from_str(r#"{
//!   "constitution": "inverclyde-mou",
//!   "item": { "title": "Legal advice on a contract dispute",
//!     "matters": [{ "exception": "legalInformation" }] }
//! }"#).unwrap();
//! let report = openness::check_openness(&input).unwrap();
//! assert_eq!(report.outcome, openness::OpennessOutcome::Private);
//! assert!(report.citations.iter().any(|c| c == "inverclyde-mou 4.5.2"));
//! ```

mod check;
mod item;
mod rule;
#[cfg(test)]
mod tests;

pub use check::{check_openness, OpennessOutcome, OpennessReport};
pub use item::{OpennessInput, OpennessItem, OpennessMatter, OpennessMeeting};
pub use rule::{
    validate as validate_rule, OpennessEffect, OpennessException, OpennessRule, OpennessText, PaperAccess,
    MAX_EXCEPTIONS,
};
