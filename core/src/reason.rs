//! Reasons and citations: every answer says why, with the clause.
//!
//! A citation is the clause reference as a reader would look it up, prefixed by the
//! constitution's id: `clackmannanshire-2019 B2.1`, `inverclyde-mou 4.5.2`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A sentence of explanation and the clauses it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub text: String,
    pub cite: Vec<String>,
}

impl Reason {
    pub fn new(text: impl Into<String>, cite: &[String]) -> Self {
        Reason {
            text: text.into(),
            cite: cite.to_vec(),
        }
    }
}

/// The set of clauses an answer used, kept sorted and without repeats.
#[derive(Debug, Clone, Default)]
pub struct Citations(BTreeSet<String>);

impl Citations {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, cite: &[String]) {
        self.0.extend(cite.iter().cloned());
    }

    pub fn add_reasons(&mut self, reasons: &[Reason]) {
        for r in reasons {
            self.add(&r.cite);
        }
    }

    pub fn into_vec(self) -> Vec<String> {
        self.0.into_iter().collect()
    }
}

/// A fraction in words, as constitutions write it: "half", "two-thirds", "3/5".
pub fn fraction(numerator: u32, denominator: u32) -> String {
    match (numerator, denominator) {
        (1, 2) => "half".to_string(),
        (1, 3) => "a third".to_string(),
        (2, 3) => "two-thirds".to_string(),
        (1, 4) => "a quarter".to_string(),
        (3, 4) => "three-quarters".to_string(),
        (n, d) => format!("{n}/{d}"),
    }
}

/// Add `more` to `notes`, leaving out any already there (a migration notice that two
/// topics' notes both carry is shown once).
pub fn extend_unique(notes: &mut Vec<Reason>, more: Vec<Reason>) {
    for r in more {
        if !notes.contains(&r) {
            notes.push(r);
        }
    }
}
