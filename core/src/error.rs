//! Errors with stable codes, plain-English messages and field paths.
//!
//! Every engine refuses input that makes no sense with an [`Error`] rather than a
//! panic. The `code` is part of the public contract (JavaScript callers switch on it);
//! the `message` is for people; `path` names the field (`roster.seats[2].class`).

use serde::Serialize;
use std::fmt;

/// Stable error codes. New codes may be added; existing ones never change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// The input does not have the expected shape (wrong type, missing or unknown field).
    InvalidInput,
    /// A constitution failed validation; `problems` lists every problem found.
    InvalidConstitution,
    /// No preset has the given id.
    UnknownPreset,
    /// An id refers to something that is not there (a seat, an item, a candidate).
    UnknownReference,
    /// The same id appears twice where ids must be unique.
    DuplicateId,
    /// A value is of the right type but outside what the rule allows.
    OutOfRange,
    /// A date is malformed or impossible (`2026-02-30`).
    InvalidDate,
    /// The input is larger than the engines accept.
    TooLarge,
    /// JavaScript only: a function was called before `init()` had loaded the module.
    NotInitialised,
    /// JavaScript only: a `ConstitutionHandle` or a `ScoringSession` was used after `free()`.
    Freed,
    /// Answers that contradict each other ("no connection" with a connection described);
    /// `path` names the answer at fault.
    InconsistentAnswers,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::InvalidConstitution => "INVALID_CONSTITUTION",
            ErrorCode::UnknownPreset => "UNKNOWN_PRESET",
            ErrorCode::UnknownReference => "UNKNOWN_REFERENCE",
            ErrorCode::DuplicateId => "DUPLICATE_ID",
            ErrorCode::OutOfRange => "OUT_OF_RANGE",
            ErrorCode::InvalidDate => "INVALID_DATE",
            ErrorCode::TooLarge => "TOO_LARGE",
            ErrorCode::NotInitialised => "NOT_INITIALISED",
            ErrorCode::Freed => "FREED",
            ErrorCode::InconsistentAnswers => "INCONSISTENT_ANSWERS",
        }
    }
}

/// One problem found while validating, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub code: ErrorCode,
    /// Field path from the root of the input, e.g. `quorum.headcount.denominator`.
    pub path: String,
    pub message: String,
}

/// An error an engine returns instead of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    /// The field at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub path: Option<String>,
    /// Every problem found, when validation found several (constitutions, registers).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub problems: Vec<Problem>,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            path: None,
            problems: Vec::new(),
        }
    }

    pub fn at(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            path: Some(path.into()),
            problems: Vec::new(),
        }
    }

    /// Prefix the path with the field that holds the value, e.g. `constitution`.
    pub fn within(mut self, parent: &str) -> Self {
        self.path = Some(join_path(parent, self.path.as_deref().unwrap_or("")));
        for problem in &mut self.problems {
            problem.path = join_path(parent, &problem.path);
        }
        self
    }

    /// Several problems as one error; the first one gives the code, path and headline.
    pub fn from_problems(code: ErrorCode, what: &str, problems: Vec<Problem>) -> Self {
        let first = problems.first();
        let message = match (problems.len(), first) {
            (1, Some(p)) => format!("{what}: {}: {}", p.path, p.message),
            (n, Some(p)) => format!("{what}: {n} problems; first, {}: {}", p.path, p.message),
            _ => what.to_string(),
        };
        Error {
            code,
            message,
            path: first.map(|p| p.path.clone()),
            problems,
        }
    }
}

/// `a` + `b` as a field path: `roster` + `seats[2]` = `roster.seats[2]`; `roster` + `[2]` = `roster[2]`.
pub fn join_path(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ if b.starts_with('[') => format!("{a}{b}"),
        _ => format!("{a}.{b}"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Collects validation problems under a moving path prefix.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, code: ErrorCode, path: impl Into<String>, message: impl Into<String>) {
        self.list.push(Problem {
            code,
            path: path.into(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.list
    }

    /// For input records: a lone problem keeps its own code (`UNKNOWN_REFERENCE`,
    /// `DUPLICATE_ID`, …); several are `INVALID_INPUT` listing them all.
    pub fn into_input_result(self, what: &str) -> Result<(), Error> {
        let code = match self.list.as_slice() {
            [only] => only.code,
            _ => ErrorCode::InvalidInput,
        };
        self.into_result(code, what)
    }

    /// `Ok(())` when nothing was found, otherwise one error listing every problem.
    pub fn into_result(self, code: ErrorCode, what: &str) -> Result<(), Error> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(Error::from_problems(code, what, self.list))
        }
    }
}
