//! The conflict-of-interest self-assessment: *connection → interest → participation*.
//!
//! Stage 1 asks whether the member has any connection to the item (and what it is);
//! representing one's own organisation is, by itself, not a conflict (Clackmannanshire
//! E6.8). Stage 2 asks the factors the code names (personal benefit, E5.1(a); loyalty,
//! E5.1(b); gifts from someone who stands to gain, E3.4; obligations, E2) and then the
//! objective test, which decides. Stage 3 says what follows: declare and withdraw
//! (E5.3), or stay under a dispensation granted in advance where the constitution
//! provides for one. "Not sure" at any point leads to advice from support staff before
//! the meeting (E1.3), never to a guess; factors that point to an interest while the
//! objective test says there is none also lead to advice. Last, whatever the outcome,
//! the member is asked whether anyone tried to influence their decision: such an
//! approach is reported to support staff (E6.5) and does not change the outcome.
//!
//! The engine is a pure function of the answers: call it after each answer, show the
//! questions in `next`, and stop when `status` is `complete`. Answers to questions that
//! are not reached are listed in `ignored` and never change the outcome.

use super::answers::{self, Answers, AssessmentInput};
use super::flow::{Outcome, Step, Walk};
use super::minute::MinuteParts;
use super::rule::{AnswerKind, InterestsRule, QuestionId, Stage};
use crate::constitution::{Constitution, ConstitutionSource};
use crate::error::Error;
use crate::question::Question;
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};

/// `conflictQuestions`: the constitution whose questions to list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionsInput {
    pub constitution: ConstitutionSource,
}

/// A question as shown to the member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: QuestionId,
    pub stage: Stage,
    pub kind: AnswerKind,
    pub text: String,
    pub help: String,
    pub cite: Vec<String>,
}

/// Every question the constitution may ask, in the order the stages ask them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct QuestionSet {
    /// Empty where the constitution sets no self-assessment.
    pub questions: Vec<QuestionView>,
    /// Whom to ask when unsure; `null` where the constitution names nobody.
    pub advice_from: Option<String>,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Where the assessment has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum AssessmentStatus {
    /// More answers are needed: see `next`.
    InProgress,
    /// `outcome` is set.
    Complete,
    /// The constitution sets no self-assessment (`interests: null`).
    NoRule,
}

/// A question on the path taken, with the answer given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AnsweredQuestion {
    pub id: QuestionId,
    pub text: String,
    pub answer: String,
    pub cite: Vec<String>,
}

/// The result of `assessConflict`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentReport {
    pub status: AssessmentStatus,
    /// The stage reached.
    pub stage: Stage,
    /// The questions to ask now (empty once complete), in the shape every engine uses.
    /// Stage 2's factor questions come together; the objective test always comes alone,
    /// after them.
    pub next: Vec<Question>,
    /// `null` until complete.
    pub outcome: Option<Outcome>,
    /// Whether the member may take part in and vote on the item; `null` until known.
    pub may_take_part: Option<bool>,
    /// The questions asked, in order, with the answers given.
    pub answered: Vec<AnsweredQuestion>,
    /// Once complete, the questions answered that the path did not need; they do not
    /// affect the outcome. Empty while in progress.
    pub ignored: Vec<QuestionId>,
    pub reasons: Vec<Reason>,
    /// Wording for the minute; `null` where nothing is minuted (or not yet known).
    pub declaration: Option<String>,
    /// What the constitution says, or leaves unsaid, about conflicts and interests.
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// List the constitution's questions.
pub fn conflict_questions(input: &QuestionsInput) -> Result<QuestionSet, Error> {
    let c = input.constitution.resolve()?;
    let notes = notes(&c);
    let mut cites = Citations::new();
    cites.add_reasons(&notes);
    let Some(rule) = &c.interests else {
        return Ok(QuestionSet {
            questions: Vec::new(),
            advice_from: None,
            notes,
            summary: "This constitution sets no conflict-of-interest self-assessment.".to_string(),
            citations: cites.into_vec(),
        });
    };
    let questions: Vec<QuestionView> = QuestionId::ALL.into_iter().filter_map(|id| view(rule, id)).collect();
    for q in &questions {
        cites.add(&q.cite);
    }
    cites.add(&rule.advice.cite);
    Ok(QuestionSet {
        summary: format!(
            "{} questions in three stages: connection, interest, participation. Only those that matter given earlier answers are asked.",
            questions.len()
        ),
        questions,
        advice_from: Some(rule.advice.from.clone()),
        notes,
        citations: cites.into_vec(),
    })
}

/// Assess one connection to one item: the next questions, or the outcome.
pub fn assess_conflict(input: &AssessmentInput) -> Result<AssessmentReport, Error> {
    let c = input.constitution.resolve()?;
    let notes = notes(&c);
    let Some(rule) = &c.interests else {
        return Ok(no_rule(notes));
    };
    answers::check(input, rule)?;
    let mut walk = Walk {
        rule,
        a: &input.answers,
        path: Vec::new(),
        reasons: Vec::new(),
    };
    let step = walk.run();
    let Walk { path, reasons, .. } = walk;
    Ok(report(&c, rule, input, step, &path, reasons, notes))
}

fn no_rule(notes: Vec<Reason>) -> AssessmentReport {
    let mut cites = Citations::new();
    cites.add_reasons(&notes);
    AssessmentReport {
        status: AssessmentStatus::NoRule,
        stage: Stage::Connection,
        next: Vec::new(),
        outcome: None,
        may_take_part: None,
        answered: Vec::new(),
        ignored: Vec::new(),
        reasons: Vec::new(),
        declaration: None,
        notes,
        summary: "This constitution sets no conflict-of-interest self-assessment.".to_string(),
        citations: cites.into_vec(),
    }
}

/// The report around the walk's last step: the questions or the outcome, in words.
fn report(
    c: &Constitution,
    rule: &InterestsRule,
    input: &AssessmentInput,
    step: Step,
    path: &[QuestionId],
    mut reasons: Vec<Reason>,
    notes: Vec<Reason>,
) -> AssessmentReport {
    let answered: Vec<AnsweredQuestion> = path
        .iter()
        .filter_map(|&id| answered(rule, &input.answers, id))
        .collect();
    // Answers beyond the current question may still be needed: only a complete
    // assessment knows which answers it did not use.
    let complete = matches!(step, Step::Done(..));
    let ignored: Vec<QuestionId> = QuestionId::ALL
        .into_iter()
        .filter(|id| complete && input.answers.has(*id) && !path.contains(id))
        .collect();
    let (status, asked, outcome, declaration) = match step {
        Step::Ask(ids) => {
            let ids: Vec<QuestionId> = ids.into_iter().filter(|&id| rule.question(id).is_some()).collect();
            (AssessmentStatus::InProgress, ids, None, None)
        }
        Step::Done(outcome, transparency) => {
            reasons.extend(outcome_reasons(c, rule, outcome));
            let declaration = declaration(input, outcome, transparency);
            (AssessmentStatus::Complete, Vec::new(), Some(outcome), declaration)
        }
    };
    let next: Vec<Question> = asked.iter().filter_map(|&id| question(rule, id)).collect();
    let mut cites = Citations::new();
    cites.add_reasons(&notes);
    for q in &next {
        cites.add(&q.cite);
    }
    cites.add_reasons(&reasons);
    let stage = match (asked.first(), outcome) {
        (Some(id), _) => id.stage(),
        (None, Some(Outcome::DeclareAndWithdraw | Outcome::DeclareWithDispensation)) => Stage::Participation,
        _ => path.last().map(|id| id.stage()).unwrap_or(Stage::Connection),
    };
    let may_take_part = match outcome {
        Some(Outcome::NoConnection | Outcome::NoInterest | Outcome::DeclareWithDispensation) => Some(true),
        Some(Outcome::DeclareAndWithdraw) => Some(false),
        _ => None,
    };
    let summary = summary(outcome, &next, rule);
    AssessmentReport {
        status,
        stage,
        next,
        outcome,
        may_take_part,
        answered,
        ignored,
        reasons,
        declaration,
        notes,
        summary,
        citations: cites.into_vec(),
    }
}

/// The wording for the minute, where the outcome is minuted.
fn declaration(input: &AssessmentInput, outcome: Outcome, transparency: bool) -> Option<String> {
    let desc = input.answers.description().unwrap_or("");
    let minute = MinuteParts::new(input, desc);
    match outcome {
        Outcome::DeclareAndWithdraw => Some(minute.withdraw()),
        Outcome::DeclareWithDispensation => Some(minute.dispensation()),
        Outcome::NoInterest if transparency => Some(minute.transparency()),
        _ => None,
    }
}

/// What each outcome means, with the constitution's clauses.
fn outcome_reasons(c: &Constitution, rule: &InterestsRule, outcome: Outcome) -> Vec<Reason> {
    let advice = &rule.advice;
    match outcome {
        Outcome::NoConnection => vec![],
        Outcome::NoInterest => vec![Reason::new(
            "You may take part in the item and vote. There is no interest to declare; you may still state the connection for transparency.",
            &rule.declare_cite,
        )],
        Outcome::DeclareAndWithdraw => {
            let mut r = vec![
                Reason::new("Declare the interest at the outset of the item.", &rule.declare_cite),
                Reason::new(
                    "Then take no part in the discussion or decision and do not vote: leave the meeting for that item.",
                    &rule.withdraw_cite,
                ),
            ];
            if c.conflicts.withdraw_from_quorum {
                r.push(Reason::new(
                    "While you are out of the meeting you are not counted towards the quorum for that item.",
                    &c.conflicts.cite,
                ));
            }
            r
        }
        Outcome::DeclareWithDispensation => vec![Reason::new(
            "Declare the interest at the outset of the item, and say that a dispensation was granted; you may then take part as the dispensation allows.",
            &rule.declare_cite,
        )],
        Outcome::SeekAdvice => vec![Reason::new(
            format!("Seek advice from {} before the meeting. No code can provide for every circumstance; if you are still unsure at the meeting, declaring the connection and withdrawing is the safe course.", advice.from),
            &advice.cite,
        )],
    }
}

fn summary(outcome: Option<Outcome>, next: &[Question], rule: &InterestsRule) -> String {
    match outcome {
        Some(Outcome::NoConnection) => "No connection: nothing to declare; take part as normal.".to_string(),
        Some(Outcome::NoInterest) => "A connection but no interest to declare: you may take part and vote.".to_string(),
        Some(Outcome::DeclareAndWithdraw) => {
            "Declare the interest at the outset and withdraw: do not take part or vote on this item.".to_string()
        }
        Some(Outcome::DeclareWithDispensation) => {
            "Declare the interest; the dispensation granted in advance allows you to take part.".to_string()
        }
        Some(Outcome::SeekAdvice) => format!("Seek advice from {} before the meeting.", rule.advice.from),
        None => match next {
            [q] => format!("Next question: {}", q.text),
            _ => format!("Next, {} questions about the interest.", next.len()),
        },
    }
}

fn view(rule: &InterestsRule, id: QuestionId) -> Option<QuestionView> {
    rule.question(id).map(|q| QuestionView {
        id,
        stage: id.stage(),
        kind: id.kind(),
        text: q.text.clone(),
        help: q.help.clone(),
        cite: q.cite.clone(),
    })
}

/// A question of the self-assessment in the shape every engine's `next` uses.
fn question(rule: &InterestsRule, id: QuestionId) -> Option<Question> {
    rule.question(id)
        .map(|q| Question::new(id.name(), &q.text, Some(&q.help), id.kind(), &q.cite))
}

fn answered(rule: &InterestsRule, a: &Answers, id: QuestionId) -> Option<AnsweredQuestion> {
    let q = rule.question(id)?;
    let answer = match id {
        QuestionId::ConnectionDescription => a.description()?.to_string(),
        _ => a.get(id)?.describe().to_string(),
    };
    Some(AnsweredQuestion {
        id,
        text: q.text.clone(),
        answer,
        cite: q.cite.clone(),
    })
}

fn notes(c: &Constitution) -> Vec<Reason> {
    let mut n = c.notes_on("conflicts");
    n.extend(c.topic_notes("interests"));
    n
}
