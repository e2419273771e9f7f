//! The next question an engine asks: one shape for the conflict-of-interest
//! self-assessment, the gifts and hospitality check and the openness check, so one form
//! can ask any of them.
//!
//! Each report's `next` is a list of [`Question`]s (empty once there is an answer). A
//! question names the field the answer goes in (`id`), its words and help, the clauses it
//! comes from, what kind of answer it takes and, for a choice, the options in order. Every
//! choice question is answered with the one [`Answer`] type (`yes`, `no`,
//! `unsure`); "I'm not sure" is offered wherever the engine accepts it.

use crate::Answer;
use serde::{Deserialize, Serialize};

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum AnswerKind {
    /// One of `options`: `"yes"`, `"no"` or `"unsure"`.
    YesNoUnsure,
    /// Free text.
    Text,
    /// A number (an amount in pounds).
    Number,
}

/// One choice offered for a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct QuestionOption {
    /// The answer as the engine reads it (`"yes"`, `"no"`, `"unsure"`).
    pub value: Answer,
    /// The answer as a form shows it ("Yes", "No", "I'm not sure").
    pub label: String,
}

/// A question to ask next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// Where the answer goes: the field of the engine's answers (`objectiveTest`,
    /// `sought`, `value`), or for the openness check the exception whose condition is asked.
    pub id: String,
    /// The question, in the constitution's words where it has them.
    pub text: String,
    /// Help for answering; `null` where there is none.
    pub help: Option<String>,
    pub kind: AnswerKind,
    /// The choices, in order; empty for text and number questions.
    pub options: Vec<QuestionOption>,
    /// The clauses the question comes from.
    pub cite: Vec<String>,
}

impl Question {
    /// A yes / no / not sure question.
    pub fn yes_no_unsure(id: &str, text: &str, help: Option<&str>, cite: &[String]) -> Question {
        Question::new(id, text, help, AnswerKind::YesNoUnsure, cite)
    }

    pub fn new(id: &str, text: &str, help: Option<&str>, kind: AnswerKind, cite: &[String]) -> Question {
        let options = match kind {
            AnswerKind::YesNoUnsure => [Answer::Yes, Answer::No, Answer::Unsure]
                .into_iter()
                .map(|value| QuestionOption {
                    value,
                    label: value.label().to_string(),
                })
                .collect(),
            AnswerKind::Text | AnswerKind::Number => Vec::new(),
        };
        Question {
            id: id.to_string(),
            text: text.to_string(),
            help: help.filter(|h| !h.trim().is_empty()).map(str::to_string),
            kind,
            options,
            cite: cite.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yes_no_question_offers_not_sure_last() {
        let q = Question::yes_no_unsure("sought", "Did you seek it?", Some(""), &["x 1".to_string()]);
        let values: Vec<Answer> = q.options.iter().map(|o| o.value).collect();
        assert_eq!(values, [Answer::Yes, Answer::No, Answer::Unsure]);
        assert_eq!(q.options[2].label, "I'm not sure");
        assert_eq!(q.help, None);
        let t = Question::new("value", "Worth?", None, AnswerKind::Number, &[]);
        assert!(t.options.is_empty());
    }
}
