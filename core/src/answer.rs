//! Yes, no or unsure: the answer to every question the codes ask a member.

use serde::{Deserialize, Serialize};

/// An answer to a yes/no question; `unsure` always leads to advice, never to a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

impl Answer {
    pub fn describe(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "not sure",
        }
    }

    /// The answer as a form offers it ("Yes", "No", "I'm not sure").
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::Unsure => "I'm not sure",
        }
    }
}
