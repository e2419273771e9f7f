//! The order of the self-assessment's questions: which question comes next given the
//! answers so far, and where the answers lead. A pure walk over the answers; the report
//! around it is built in [`super::assessment`].

use super::answers::{Answers, FACTORS};
use super::rule::{InterestsRule, QuestionId};
use crate::reason::Reason;
use crate::Answer;
use serde::{Deserialize, Serialize};

/// What the member should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// No connection to the item: take part as normal.
    NoConnection,
    /// A connection, but not an interest to declare: take part (a transparency statement
    /// is optional).
    NoInterest,
    /// Declare the interest at the outset and take no part: do not discuss or vote.
    DeclareAndWithdraw,
    /// Declare the interest; a dispensation granted in advance allows taking part.
    DeclareWithDispensation,
    /// Ask support staff before the meeting.
    SeekAdvice,
}

pub(super) enum Step {
    Ask(Vec<QuestionId>),
    /// The outcome, and whether a transparency statement was asked for.
    Done(Outcome, bool),
}

pub(super) struct Walk<'a> {
    pub rule: &'a InterestsRule,
    pub a: &'a Answers,
    /// The questions asked and answered, in order.
    pub path: Vec<QuestionId>,
    pub reasons: Vec<Reason>,
}

impl Walk<'_> {
    fn asks(&self, id: QuestionId) -> bool {
        self.rule.question(id).is_some()
    }

    fn cite(&self, id: QuestionId) -> Vec<String> {
        self.rule.question(id).map(|q| q.cite.clone()).unwrap_or_default()
    }

    fn say(&mut self, text: impl Into<String>, id: QuestionId) {
        let cite = self.cite(id);
        self.reasons.push(Reason {
            text: text.into(),
            cite,
        });
    }

    /// The three stages, then (whatever the outcome) whether anyone tried to influence you.
    pub fn run(&mut self) -> Step {
        let step = self.stages();
        if !matches!(step, Step::Done(..)) || !self.asks(QuestionId::Approached) {
            return step;
        }
        let Some(approached) = self.a.approached else {
            return Step::Ask(vec![QuestionId::Approached]);
        };
        self.path.push(QuestionId::Approached);
        let from = self.rule.advice.from.clone();
        match approached {
            Answer::Yes => self.say(format!("Someone has tried to influence your decision on this item: tell {from}. Being approached does not by itself change whether you have an interest."), QuestionId::Approached),
            Answer::Unsure => self.say(format!("If someone may have been trying to influence your decision on this item, tell {from}."), QuestionId::Approached),
            Answer::No => {}
        }
        step
    }

    /// Stage 1: connection; then the interest and participation stages.
    fn stages(&mut self) -> Step {
        let Some(connection) = self.a.connection else {
            return Step::Ask(vec![QuestionId::Connection]);
        };
        self.path.push(QuestionId::Connection);
        match connection {
            Answer::No => {
                self.say(
                    "You have no connection to this item, so there is nothing to declare.",
                    QuestionId::Connection,
                );
                return Step::Done(Outcome::NoConnection, false);
            }
            Answer::Unsure => {
                self.say(
                    "You are not sure whether you have a connection to this item.",
                    QuestionId::Connection,
                );
                return Step::Done(Outcome::SeekAdvice, false);
            }
            Answer::Yes => {}
        }
        let Some(description) = self.a.description() else {
            return Step::Ask(vec![QuestionId::ConnectionDescription]);
        };
        self.path.push(QuestionId::ConnectionDescription);
        self.say(
            format!("You have a connection to this item: {description}."),
            QuestionId::ConnectionDescription,
        );
        if self.asks(QuestionId::OwnOrganisationOnly) {
            let Some(own) = self.a.own_organisation_only else {
                return Step::Ask(vec![QuestionId::OwnOrganisationOnly]);
            };
            self.path.push(QuestionId::OwnOrganisationOnly);
            if own == Answer::Yes {
                self.say(
                    "Your only connection is that you represent your own organisation or sector on the partnership: that is what a member is there to do, and by itself it is not a conflict of interest.",
                    QuestionId::OwnOrganisationOnly,
                );
                return self.no_interest();
            }
        }
        self.interest()
    }

    /// Stage 2: interest. The factors first, together; then the objective test.
    fn interest(&mut self) -> Step {
        let factors: Vec<QuestionId> = FACTORS.into_iter().filter(|&id| self.asks(id)).collect();
        let missing: Vec<QuestionId> = factors.iter().copied().filter(|&id| !self.a.has(id)).collect();
        if !missing.is_empty() {
            return Step::Ask(missing);
        }
        self.path.extend(factors.iter().copied());
        let mut pointing = Vec::new();
        for &id in &factors {
            match self.a.get(id) {
                Some(Answer::Yes) => {
                    pointing.push(id);
                    self.say(factor_text(id, true), id);
                }
                Some(Answer::Unsure) => {
                    pointing.push(id);
                    self.say(factor_text(id, false), id);
                }
                _ => {}
            }
        }
        let Some(test) = self.a.objective_test else {
            return Step::Ask(vec![QuestionId::ObjectiveTest]);
        };
        self.path.push(QuestionId::ObjectiveTest);
        match test {
            Answer::Yes => {
                self.say("A member of the public, knowing the facts, would reasonably regard your interest as so significant that it is likely to prejudice your discussion or decision making: it is an interest you must declare.", QuestionId::ObjectiveTest);
                self.participation()
            }
            Answer::Unsure => {
                self.say(
                    "You are not sure whether the objective test is met.",
                    QuestionId::ObjectiveTest,
                );
                Step::Done(Outcome::SeekAdvice, false)
            }
            Answer::No if pointing.is_empty() => {
                self.say("The objective test is not met: a member of the public, knowing the facts, would not reasonably regard your connection as so significant that it is likely to prejudice your discussion or decision making.", QuestionId::ObjectiveTest);
                self.no_interest()
            }
            Answer::No => {
                self.say("You judge that the objective test is not met, but your answers above point to a possible conflict of interest: the two need to be reconciled by someone who knows the facts.", QuestionId::ObjectiveTest);
                Step::Done(Outcome::SeekAdvice, false)
            }
        }
    }

    fn no_interest(&mut self) -> Step {
        if !self.asks(QuestionId::Transparency) {
            return Step::Done(Outcome::NoInterest, false);
        }
        let Some(t) = self.a.transparency else {
            return Step::Ask(vec![QuestionId::Transparency]);
        };
        self.path.push(QuestionId::Transparency);
        match t {
            Answer::No => Step::Done(Outcome::NoInterest, false),
            Answer::Yes => {
                self.say(
                    "You will state the connection at the meeting, for transparency.",
                    QuestionId::Transparency,
                );
                Step::Done(Outcome::NoInterest, true)
            }
            Answer::Unsure => {
                self.say("You are not sure whether to state the connection: the wording is given in case you do, since members should be as open as possible.", QuestionId::Transparency);
                Step::Done(Outcome::NoInterest, true)
            }
        }
    }

    fn participation(&mut self) -> Step {
        if !self.asks(QuestionId::Dispensation) {
            return Step::Done(Outcome::DeclareAndWithdraw, false);
        }
        let Some(d) = self.a.dispensation else {
            return Step::Ask(vec![QuestionId::Dispensation]);
        };
        self.path.push(QuestionId::Dispensation);
        match d {
            Answer::Yes => {
                self.say(
                    "A dispensation was granted in advance allowing you to take part in this matter.",
                    QuestionId::Dispensation,
                );
                Step::Done(Outcome::DeclareWithDispensation, false)
            }
            Answer::No => {
                self.say(
                    "No dispensation has been granted, so you may not take part.",
                    QuestionId::Dispensation,
                );
                Step::Done(Outcome::DeclareAndWithdraw, false)
            }
            Answer::Unsure => {
                self.say("You are not sure whether a dispensation was granted: until it is confirmed in writing, plan to declare the interest and withdraw.", QuestionId::Dispensation);
                Step::Done(Outcome::SeekAdvice, false)
            }
        }
    }
}

fn factor_text(id: QuestionId, yes: bool) -> String {
    let what = match id {
        QuestionId::PersonalBenefit => "your personal interests, or those of people close to you, may benefit from the decision",
        QuestionId::Loyalty => "a personal or professional loyalty may be compromised by contributing to the decision",
        QuestionId::GiftFromInterestedParty => "you have had a gift or hospitality from someone who stands to gain from the decision or is seeking business with your organisation",
        _ => "you are under an obligation to someone who might reasonably be thought to influence you",
    };
    if yes {
        format!("You answered that {what}.")
    } else {
        format!("You are not sure whether {what}.")
    }
}
