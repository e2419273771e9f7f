//! The constitution's section on interests: the self-assessment questions, in the
//! partnership's own words, and the clauses behind declaring, withdrawing, seeking
//! advice and keeping a register.
//!
//! The *flow* of the assessment (connection → interest → participation) is fixed by the
//! Scottish codes and lives in [`super::assessment`]; the *wording* is data, so a
//! partnership can adapt each question, its help text and its clause. Optional questions
//! (`ownOrganisationOnly`, the interest factors, `dispensation`, `transparency`,
//! `approached`) may be
//! left out: a constitution that makes no provision for dispensations simply does not ask.

use crate::checks;
use crate::error::{ErrorCode, Problems};
use crate::limits::MAX_QUESTION_TEXT;
pub use crate::question::AnswerKind;
use serde::{Deserialize, Serialize};

/// `interests` on a constitution; `null` where the constitution sets no rule on
/// declaring or registering interests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InterestsRule {
    /// The self-assessment questions. `connection`, `connectionDescription` and
    /// `objectiveTest` are required; each id at most once.
    pub questions: Vec<InterestsQuestion>,
    /// When and how an interest is declared (Clackmannanshire E5.2: "at the outset").
    pub declare_cite: Vec<String>,
    /// What a declared interest means for taking part (Clackmannanshire E5.3).
    pub withdraw_cite: Vec<String>,
    /// Whom to ask when unsure (Clackmannanshire E1.3: "Alliance support staff").
    pub advice: AdviceRule,
    /// The register of interests: the clauses that require it and define its categories.
    pub register: RegisterRule,
}

/// One question of the self-assessment, as the partnership words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InterestsQuestion {
    /// Which question of the self-assessment this is.
    pub id: QuestionId,
    /// The question in the partnership's words.
    pub text: String,
    /// Help shown beside the question: what it means, in plain English.
    pub help: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// The questions the engine knows how to use. The id fixes what an answer means; the
/// constitution fixes the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum QuestionId {
    /// Stage 1: any link between the item and you or someone you are associated with.
    Connection,
    /// Stage 1: what the connection is, in words for the minute (free text).
    ConnectionDescription,
    /// Stage 1: the only connection is representing your own organisation (E6.8).
    OwnOrganisationOnly,
    /// Stage 2 factor: you or those close to you may benefit (E5.1(a)).
    PersonalBenefit,
    /// Stage 2 factor: a personal or professional loyalty may be compromised (E5.1(b)).
    Loyalty,
    /// Stage 2 factor: a gift or hospitality from someone who stands to gain (E3.4).
    GiftFromInterestedParty,
    /// Stage 2 factor: an obligation to someone affected (E2 selflessness, integrity).
    Obligation,
    /// Stage 2: the objective test, the deciding question.
    ObjectiveTest,
    /// Stage 3: a dispensation granted in advance.
    Dispensation,
    /// After "no interest": state the connection anyway, for transparency.
    Transparency,
    /// Last, whatever the outcome: has anyone tried to influence your decision? Being
    /// approached is reported to support staff (E6.5); it does not change the outcome.
    Approached,
}

impl QuestionId {
    pub const ALL: [QuestionId; 11] = [
        QuestionId::Connection,
        QuestionId::ConnectionDescription,
        QuestionId::OwnOrganisationOnly,
        QuestionId::PersonalBenefit,
        QuestionId::Loyalty,
        QuestionId::GiftFromInterestedParty,
        QuestionId::Obligation,
        QuestionId::ObjectiveTest,
        QuestionId::Dispensation,
        QuestionId::Transparency,
        QuestionId::Approached,
    ];

    /// The camelCase name used on the wire and in field paths (`answers.loyalty`).
    pub fn name(self) -> &'static str {
        match self {
            QuestionId::Connection => "connection",
            QuestionId::ConnectionDescription => "connectionDescription",
            QuestionId::OwnOrganisationOnly => "ownOrganisationOnly",
            QuestionId::PersonalBenefit => "personalBenefit",
            QuestionId::Loyalty => "loyalty",
            QuestionId::GiftFromInterestedParty => "giftFromInterestedParty",
            QuestionId::Obligation => "obligation",
            QuestionId::ObjectiveTest => "objectiveTest",
            QuestionId::Dispensation => "dispensation",
            QuestionId::Transparency => "transparency",
            QuestionId::Approached => "approached",
        }
    }

    /// What the question asks, in a few words, for messages ("the objective test").
    pub fn short(self) -> &'static str {
        match self {
            QuestionId::Connection => "whether you have a connection",
            QuestionId::ConnectionDescription => "what the connection is",
            QuestionId::OwnOrganisationOnly => "whether your only connection is representing your own organisation",
            QuestionId::PersonalBenefit => "whether you or those close to you may benefit",
            QuestionId::Loyalty => "whether a personal or professional loyalty may be compromised",
            QuestionId::GiftFromInterestedParty => {
                "whether you had a gift or hospitality from someone who stands to gain"
            }
            QuestionId::Obligation => "whether you are under an obligation to someone affected",
            QuestionId::ObjectiveTest => "the objective test",
            QuestionId::Dispensation => "whether a dispensation was granted",
            QuestionId::Transparency => "whether to state the connection for transparency",
            QuestionId::Approached => "whether anyone tried to influence your decision",
        }
    }

    /// Questions every constitution's `interests` section must ask.
    pub fn required(self) -> bool {
        matches!(
            self,
            QuestionId::Connection | QuestionId::ConnectionDescription | QuestionId::ObjectiveTest
        )
    }

    pub fn stage(self) -> Stage {
        match self {
            QuestionId::Connection | QuestionId::ConnectionDescription | QuestionId::OwnOrganisationOnly => {
                Stage::Connection
            }
            QuestionId::PersonalBenefit
            | QuestionId::Loyalty
            | QuestionId::GiftFromInterestedParty
            | QuestionId::Obligation
            | QuestionId::ObjectiveTest => Stage::Interest,
            QuestionId::Dispensation | QuestionId::Transparency | QuestionId::Approached => Stage::Participation,
        }
    }

    pub fn kind(self) -> AnswerKind {
        match self {
            QuestionId::ConnectionDescription => AnswerKind::Text,
            _ => AnswerKind::YesNoUnsure,
        }
    }
}

/// The three Scottish stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    Connection,
    Interest,
    Participation,
}

/// Where a member goes when unsure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdviceRule {
    /// Who gives advice, in the document's words ("Alliance support staff").
    pub from: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// The register of interests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterRule {
    /// The clauses that require members to keep a register (Clackmannanshire E5.1).
    pub cite: Vec<String>,
    /// The clauses defining the nine categories (the Model Code of Conduct).
    pub categories_cite: Vec<String>,
    /// That a registered interest is a connection (Model Code, declaration stage 1).
    pub connection_cite: Vec<String>,
}

impl InterestsRule {
    pub fn question(&self, id: QuestionId) -> Option<&InterestsQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// Problems in a constitution's `interests` section, with paths from the constitution.
pub fn validate_rule(p: &mut Problems, rule: &InterestsRule) {
    if rule.questions.len() > QuestionId::ALL.len() * 2 {
        p.push(
            ErrorCode::TooLarge,
            "interests.questions",
            format!(
                "has {} questions; there are only {} kinds",
                rule.questions.len(),
                QuestionId::ALL.len()
            ),
        );
        return;
    }
    let mut seen = Vec::new();
    for (i, q) in rule.questions.iter().enumerate() {
        let path = format!("interests.questions[{i}]");
        if seen.contains(&q.id) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{path}.id"),
                format!("the question \"{}\" is asked more than once", q.id.name()),
            );
        }
        seen.push(q.id);
        text(p, &format!("{path}.text"), &q.text);
        text(p, &format!("{path}.help"), &q.help);
        cites(p, &format!("{path}.cite"), &q.cite);
    }
    for id in QuestionId::ALL.iter().filter(|id| id.required() && !seen.contains(id)) {
        p.push(
            ErrorCode::InvalidInput,
            "interests.questions",
            format!(
                "must include the question \"{}\": the assessment cannot run without it",
                id.name()
            ),
        );
    }
    cites(p, "interests.declareCite", &rule.declare_cite);
    cites(p, "interests.withdrawCite", &rule.withdraw_cite);
    text(p, "interests.advice.from", &rule.advice.from);
    cites(p, "interests.advice.cite", &rule.advice.cite);
    cites(p, "interests.register.cite", &rule.register.cite);
    cites(p, "interests.register.categoriesCite", &rule.register.categories_cite);
    cites(p, "interests.register.connectionCite", &rule.register.connection_cite);
}

fn text(p: &mut Problems, path: &str, value: &str) {
    checks::required_text(p, path, value, MAX_QUESTION_TEXT);
}

fn cites(p: &mut Problems, path: &str, cite: &[String]) {
    checks::citations(p, path, cite, MAX_QUESTION_TEXT, "every answer says why");
}
