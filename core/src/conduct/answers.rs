//! A member's answers to the self-assessment, and the checks that refuse a set of
//! answers that contradicts itself rather than silently picking an outcome.

use super::register::RegisterCategory;
use super::rule::{InterestsRule, QuestionId};
use crate::checks;
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::{shown, MAX_LONG_TEXT};
use crate::wording::cut;
use crate::Answer;
use serde::{Deserialize, Serialize};

/// The answers so far. Leave a question out until it is asked; the report says which
/// question comes next.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub connection: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub connection_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub own_organisation_only: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub personal_benefit: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub loyalty: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub gift_from_interested_party: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub obligation: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub objective_test: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub dispensation: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub transparency: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub approached: Option<Answer>,
}

impl Answers {
    /// The yes/no/unsure answer to `id` (`None` for the text question or when unanswered).
    pub fn get(&self, id: QuestionId) -> Option<Answer> {
        match id {
            QuestionId::Connection => self.connection,
            QuestionId::ConnectionDescription => None,
            QuestionId::OwnOrganisationOnly => self.own_organisation_only,
            QuestionId::PersonalBenefit => self.personal_benefit,
            QuestionId::Loyalty => self.loyalty,
            QuestionId::GiftFromInterestedParty => self.gift_from_interested_party,
            QuestionId::Obligation => self.obligation,
            QuestionId::ObjectiveTest => self.objective_test,
            QuestionId::Dispensation => self.dispensation,
            QuestionId::Transparency => self.transparency,
            QuestionId::Approached => self.approached,
        }
    }

    /// Whether `id` has been answered at all.
    pub fn has(&self, id: QuestionId) -> bool {
        match id {
            QuestionId::ConnectionDescription => self.connection_description.is_some(),
            _ => self.get(id).is_some(),
        }
    }

    /// The description, trimmed; `None` when absent or blank.
    pub fn description(&self) -> Option<&str> {
        self.connection_description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
    }
}

/// The item being assessed and who is assessing, for the minute wording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssessmentInput {
    pub constitution: ConstitutionSource,
    /// The member's name as the minute gives it ("Cllr Jane Smith"); `[member]` if left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub member: Option<String>,
    /// The agenda item ("5"); `[item]` if left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub item: Option<String>,
    /// The item's title, shown in the minute after its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub item_title: Option<String>,
    /// The register category the connection falls in (from `checkAgendaAgainstRegister`):
    /// makes the minute say "a financial interest" or "a non-financial interest".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub category: Option<RegisterCategory>,
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub answers: Answers,
}

/// The factor questions of stage 2, in the order they are asked.
pub const FACTORS: [QuestionId; 4] = [
    QuestionId::PersonalBenefit,
    QuestionId::Loyalty,
    QuestionId::GiftFromInterestedParty,
    QuestionId::Obligation,
];

/// Refuse answers the constitution does not ask, text that is too long, and sets of
/// answers that contradict each other (`INCONSISTENT_ANSWERS`, naming the answer).
pub fn check(input: &AssessmentInput, rule: &InterestsRule) -> Result<(), Error> {
    let a = &input.answers;
    let mut shape = Problems::new();
    for id in QuestionId::ALL {
        if a.has(id) && rule.question(id).is_none() {
            shape.push(
                ErrorCode::UnknownReference,
                format!("answers.{}", id.name()),
                format!("this constitution does not ask the question \"{}\"", id.name()),
            );
        }
    }
    let texts = [
        ("answers.connectionDescription", a.connection_description.as_deref()),
        ("member", input.member.as_deref()),
        ("item", input.item.as_deref()),
        ("itemTitle", input.item_title.as_deref()),
    ];
    for (path, value) in texts {
        if let Some(v) = value {
            checks::at_most(&mut shape, path, v, MAX_LONG_TEXT);
        }
    }
    if a.connection == Some(Answer::Yes) && a.connection_description.is_some() && a.description().is_none() {
        shape.push(
            ErrorCode::InvalidInput,
            "answers.connectionDescription",
            "is blank: say in a few words what the connection is (it goes in the minute), or leave it out until asked",
        );
    }
    shape.into_input_result("The answers cannot be read")?;

    let mut p = Problems::new();
    if a.connection == Some(Answer::No) {
        if let Some(d) = a.description() {
            let shown = cut(d, shown::NAME);
            p.push(
                ErrorCode::InconsistentAnswers,
                "answers.connectionDescription",
                format!("you answered that you have no connection to this item, but described one (\"{shown}\"): answer \"yes\" to the connection question, or remove the description"),
            );
        }
        for id in [QuestionId::OwnOrganisationOnly]
            .into_iter()
            .chain(FACTORS)
            .chain([QuestionId::ObjectiveTest])
        {
            if a.get(id) == Some(Answer::Yes) {
                p.push(
                    ErrorCode::InconsistentAnswers,
                    format!("answers.{}", id.name()),
                    format!("you answered that you have no connection to this item, but \"yes\" to {} ({}), which means there is a connection: answer \"yes\" or \"not sure\" to the connection question, or change this answer", id.short(), id.name()),
                );
            }
        }
    }
    if a.own_organisation_only == Some(Answer::Yes) {
        for id in FACTORS.into_iter().chain([QuestionId::ObjectiveTest]) {
            if a.get(id) == Some(Answer::Yes) {
                p.push(
                    ErrorCode::InconsistentAnswers,
                    format!("answers.{}", id.name()),
                    format!("you answered that your only connection is representing your own organisation, but \"yes\" to {} ({}), which is a connection of another kind: answer \"no\" or \"not sure\" to the question about representing your organisation, or change this answer", id.short(), id.name()),
                );
            }
        }
    }
    p.into_result(ErrorCode::InconsistentAnswers, "The answers contradict each other")
}
