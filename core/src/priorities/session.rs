//! A scoring session: the candidates, criteria and scorecards of a `scorePriorities` run
//! kept in one place and changed one edit at a time (a score, a weight, a candidate, a
//! scorecard), so that a tool recomputing on every keystroke sends the change instead of
//! the whole data set. The constitution is resolved once, when the session starts.
//!
//! [`Session::report`] is exactly [`score_priorities`] on the session's current data
//! ([`Session::input`]): the same report, and the same error for data that the engine
//! refuses (a score off the scale is accepted as an edit and reported by the next
//! `report`, as `scorePriorities` would report it). An edit that names something that is
//! not there (a scorecard, a candidate) is refused with a coded error and changes nothing.

use super::score::{score_priorities, PriorityInput, PriorityReport};
use super::scorecards::{Candidate, CriterionScore, Scorecard, MAX_CANDIDATES, MAX_SCORECARDS, MAX_SCORES};
use super::settings::WeightOverride;
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode};
use serde::{Deserialize, Serialize};

/// Names one scorecard: one scorer's card for one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScorecardRef {
    pub scorer: String,
    pub candidate: String,
}

/// `{ scorer, candidate, criterion, score }`: one cell; `score: null` is "don't know".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScoreChange {
    pub scorer: String,
    pub candidate: String,
    pub criterion: String,
    /// Points on the set's scale; `null` means "don't know".
    #[serde(default)]
    pub score: Option<u32>,
}

/// `{ scorer, candidate, criterion }`: clear one cell (the criterion left unanswered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScoreClear {
    pub scorer: String,
    pub candidate: String,
    pub criterion: String,
}

/// `{ criterion, weight }`: a what-if weight; `weight: null` goes back to the set's weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WeightChange {
    pub criterion: String,
    #[serde(default)]
    pub weight: Option<f64>,
}

impl WeightChange {
    /// Set or remove this what-if weight in `weights`, kept in the order first set.
    pub(crate) fn apply(&self, weights: &mut Vec<WeightOverride>) {
        let at = weights.iter().position(|w| w.criterion == self.criterion);
        match (at, self.weight) {
            (Some(i), Some(weight)) => {
                if let Some(w) = weights.get_mut(i) {
                    w.weight = weight;
                }
            }
            (Some(i), None) => {
                weights.remove(i);
            }
            (None, Some(weight)) => weights.push(WeightOverride {
                criterion: self.criterion.clone(),
                weight,
            }),
            (None, None) => {}
        }
    }
}

/// The session's data and the one report it gives.
#[derive(Debug, Clone)]
pub struct Session {
    input: PriorityInput,
    /// The constitution as it was given (a preset id or an object), for [`Session::snapshot`].
    given: Option<ConstitutionSource>,
}

impl Session {
    /// Start from a whole `scorePriorities` input. Its constitution (a preset id or a
    /// custom one) is read and validated here, once; errors carry the same paths as
    /// `scorePriorities` gives them.
    pub fn new(mut input: PriorityInput) -> Result<Session, Error> {
        let given = input.constitution.take();
        input.constitution = given.as_ref().map(ConstitutionSource::resident).transpose()?;
        Ok(Session { input, given })
    }

    /// The current data as a `scorePriorities` input, with the constitution as it was
    /// given (to save a draft, or to start another session from).
    pub fn snapshot(&self) -> PriorityInput {
        PriorityInput {
            constitution: writable(self.given.as_ref()),
            ..self.input.clone()
        }
    }

    /// The data as it stands: `scorePriorities` on this gives [`Session::report`].
    pub fn input(&self) -> &PriorityInput {
        &self.input
    }

    /// The report on the current data: exactly `scorePriorities(session.input())`.
    pub fn report(&self) -> Result<PriorityReport, Error> {
        score_priorities(&self.input)
    }

    /// Set one score (adding the criterion to the scorecard when it had no answer).
    pub fn set_score(&mut self, change: &ScoreChange) -> Result<(), Error> {
        let card = self.card_mut(&change.scorer, &change.candidate)?;
        let full = card.scores.len() >= MAX_SCORES;
        match card.scores.iter_mut().find(|s| s.criterion == change.criterion) {
            Some(cell) => cell.score = change.score,
            None if full => {
                return Err(Error::at(
                    ErrorCode::TooLarge,
                    "criterion",
                    format!("the scorecard already has {MAX_SCORES} scores"),
                ))
            }
            None => card.scores.push(CriterionScore {
                criterion: change.criterion.clone(),
                score: change.score,
            }),
        }
        Ok(())
    }

    /// Clear one score: the criterion is left unanswered on that scorecard.
    pub fn clear_score(&mut self, change: &ScoreClear) -> Result<(), Error> {
        let card = self.card_mut(&change.scorer, &change.candidate)?;
        card.scores.retain(|s| s.criterion != change.criterion);
        Ok(())
    }

    /// Set or remove a what-if weight (`options.weights`), kept in the order first set.
    pub fn set_weight(&mut self, change: &WeightChange) -> Result<(), Error> {
        change.apply(&mut self.input.options.weights);
        Ok(())
    }

    /// Add a candidate at the end; its id must be new.
    pub fn add_candidate(&mut self, candidate: Candidate) -> Result<(), Error> {
        if self.input.candidates.iter().any(|c| c.id == candidate.id) {
            let shown = crate::wording::cut(&candidate.id, crate::limits::shown::ID);
            return Err(Error::at(
                ErrorCode::DuplicateId,
                "id",
                format!("there is already a candidate \"{shown}\""),
            ));
        }
        if self.input.candidates.len() >= MAX_CANDIDATES {
            return Err(Error::at(
                ErrorCode::TooLarge,
                "candidates",
                format!("at most {MAX_CANDIDATES} candidates are accepted"),
            ));
        }
        self.input.candidates.push(candidate);
        Ok(())
    }

    /// Rename a candidate (its id, which the scorecards name, stays).
    pub fn rename_candidate(&mut self, candidate: Candidate) -> Result<(), Error> {
        rename(&mut self.input.candidates, candidate)
    }

    /// Add a scorecard at the end; the scorer must not already have one for the candidate.
    pub fn add_scorecard(&mut self, card: Scorecard) -> Result<(), Error> {
        if self.position(&card.scorer, &card.candidate).is_some() {
            return Err(Error::at(
                ErrorCode::DuplicateId,
                "",
                format!(
                    "{} already has a scorecard for \"{}\"",
                    crate::wording::cut(&card.scorer, crate::limits::shown::ID),
                    crate::wording::cut(&card.candidate, crate::limits::shown::ID)
                ),
            ));
        }
        if self.input.scorecards.len() >= MAX_SCORECARDS {
            return Err(Error::at(
                ErrorCode::TooLarge,
                "scorecards",
                format!("at most {MAX_SCORECARDS} scorecards are accepted"),
            ));
        }
        self.input.scorecards.push(card);
        Ok(())
    }

    /// Remove one scorer's scorecard for one candidate.
    pub fn remove_scorecard(&mut self, card: &ScorecardRef) -> Result<(), Error> {
        let i = self
            .position(&card.scorer, &card.candidate)
            .ok_or_else(|| no_card(&card.scorer, &card.candidate))?;
        self.input.scorecards.remove(i);
        Ok(())
    }

    fn position(&self, scorer: &str, candidate: &str) -> Option<usize> {
        self.input
            .scorecards
            .iter()
            .position(|c| c.scorer == scorer && c.candidate == candidate)
    }

    fn card_mut(&mut self, scorer: &str, candidate: &str) -> Result<&mut Scorecard, Error> {
        self.input
            .scorecards
            .iter_mut()
            .find(|c| c.scorer == scorer && c.candidate == candidate)
            .ok_or_else(|| no_card(scorer, candidate))
    }
}

/// The constitution as given, in a form that can be written: a resident one (a session
/// made by a `ConstitutionHandle`) is written as the whole constitution it holds.
pub(crate) fn writable(given: Option<&ConstitutionSource>) -> Option<ConstitutionSource> {
    given.map(|c| match c {
        ConstitutionSource::Resident(c) => ConstitutionSource::Custom(Box::new((**c).clone())),
        other => other.clone(),
    })
}

fn no_card(scorer: &str, candidate: &str) -> Error {
    Error::at(
        ErrorCode::UnknownReference,
        "scorer",
        format!(
            "{} has no scorecard for \"{}\" in this session",
            crate::wording::cut(scorer, crate::limits::shown::ID),
            crate::wording::cut(candidate, crate::limits::shown::ID)
        ),
    )
}

/// Give the candidate with `candidate.id` its new name (both sessions' `rename_candidate`).
pub(crate) fn rename(candidates: &mut [Candidate], candidate: Candidate) -> Result<(), Error> {
    match candidates.iter_mut().find(|c| c.id == candidate.id) {
        Some(c) => {
            c.name = candidate.name;
            Ok(())
        }
        None => Err(unknown("id", "candidate", &candidate.id)),
    }
}

pub(crate) fn unknown(path: &str, what: &str, id: &str) -> Error {
    let shown = crate::wording::cut(id, crate::limits::shown::ID);
    Error::at(
        ErrorCode::UnknownReference,
        path,
        format!("there is no {what} \"{shown}\" in this session"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::priorities::GainAnswer;
    use proptest::prelude::*;

    /// Criteria of the Inverclyde preset the edits touch (and one no set has).
    const CRITERIA: &[&str] = &[
        "unique-action",
        "high-impact",
        "participative",
        "trust",
        "no-such-criterion",
    ];

    #[derive(Debug, Clone)]
    enum Edit {
        Score(usize, usize, usize, Option<u32>),
        Clear(usize, usize, usize),
        Weight(usize, Option<f64>),
        AddCandidate(usize, String),
        Rename(usize, String),
        AddCard(usize, usize, Option<GainAnswer>, Vec<(usize, Option<u32>)>),
        RemoveCard(usize, usize),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let score = prop_oneof![Just(None), (0u32..6).prop_map(Some)];
        let gain = prop_oneof![
            Just(None),
            Just(Some(GainAnswer::Yes)),
            Just(Some(GainAnswer::No)),
            Just(Some(GainAnswer::DontKnow))
        ];
        prop_oneof![
            4 => (0..4usize, 0..6usize, 0..CRITERIA.len(), score.clone()).prop_map(|(s, c, k, v)| Edit::Score(s, c, k, v)),
            1 => (0..4usize, 0..6usize, 0..CRITERIA.len()).prop_map(|(s, c, k)| Edit::Clear(s, c, k)),
            2 => (0..CRITERIA.len(), prop_oneof![Just(None), (0u32..5).prop_map(|w| Some(f64::from(w) / 2.0)), Just(Some(-1.0))])
                .prop_map(|(k, w)| Edit::Weight(k, w)),
            1 => (0..6usize, "[a-z ]{0,8}").prop_map(|(c, n)| Edit::AddCandidate(c, n)),
            1 => (0..6usize, "[a-z ]{0,8}").prop_map(|(c, n)| Edit::Rename(c, n)),
            2 => (0..4usize, 0..6usize, gain, proptest::collection::vec((0..CRITERIA.len(), score), 0..4))
                .prop_map(|(s, c, g, v)| Edit::AddCard(s, c, g, v)),
            1 => (0..4usize, 0..6usize).prop_map(|(s, c)| Edit::RemoveCard(s, c)),
        ]
    }

    fn candidate(c: usize) -> String {
        format!("c{c}")
    }
    fn scorer(s: usize) -> String {
        format!("s{s}")
    }

    fn start(candidates: usize) -> PriorityInput {
        PriorityInput {
            constitution: Some(ConstitutionSource::Preset("inverclyde-mou".into())),
            criteria: None,
            candidates: (0..candidates)
                .map(|c| Candidate {
                    id: candidate(c),
                    name: format!("Candidate {c}"),
                })
                .collect(),
            scorecards: Vec::new(),
            options: Default::default(),
        }
    }

    /// The edit applied to plain data, written independently of the session: what the
    /// data looks like after it (`None` when the session must refuse it).
    fn model(data: &PriorityInput, e: &Edit) -> Option<PriorityInput> {
        let mut d = data.clone();
        let find = |d: &PriorityInput, s: usize, c: usize| {
            d.scorecards
                .iter()
                .position(|card| card.scorer == scorer(s) && card.candidate == candidate(c))
        };
        match e {
            Edit::Score(s, c, k, v) => {
                let i = find(&d, *s, *c)?;
                let card = &mut d.scorecards[i];
                match card.scores.iter_mut().find(|x| x.criterion == CRITERIA[*k]) {
                    Some(x) => x.score = *v,
                    None => card.scores.push(CriterionScore {
                        criterion: CRITERIA[*k].into(),
                        score: *v,
                    }),
                }
            }
            Edit::Clear(s, c, k) => {
                let i = find(&d, *s, *c)?;
                d.scorecards[i].scores.retain(|x| x.criterion != CRITERIA[*k]);
            }
            Edit::Weight(k, w) => {
                let ws = &mut d.options.weights;
                match (ws.iter().position(|x| x.criterion == CRITERIA[*k]), w) {
                    (Some(i), Some(w)) => ws[i].weight = *w,
                    (Some(i), None) => drop(ws.remove(i)),
                    (None, Some(w)) => ws.push(WeightOverride {
                        criterion: CRITERIA[*k].into(),
                        weight: *w,
                    }),
                    (None, None) => {}
                }
            }
            Edit::AddCandidate(c, name) => {
                if d.candidates.iter().any(|x| x.id == candidate(*c)) {
                    return None;
                }
                d.candidates.push(Candidate {
                    id: candidate(*c),
                    name: name.clone(),
                });
            }
            Edit::Rename(c, name) => {
                d.candidates.iter_mut().find(|x| x.id == candidate(*c))?.name = name.clone();
            }
            Edit::AddCard(s, c, gain, scores) => {
                if find(&d, *s, *c).is_some() {
                    return None;
                }
                d.scorecards.push(card(*s, *c, *gain, scores));
            }
            Edit::RemoveCard(s, c) => {
                let i = find(&d, *s, *c)?;
                d.scorecards.remove(i);
            }
        }
        Some(d)
    }

    fn card(s: usize, c: usize, gain: Option<GainAnswer>, scores: &[(usize, Option<u32>)]) -> Scorecard {
        Scorecard {
            scorer: scorer(s),
            organisation: format!("org{}", s % 3),
            candidate: candidate(c),
            collaborative_gain: gain,
            scores: scores
                .iter()
                .map(|(k, v)| CriterionScore {
                    criterion: CRITERIA[*k].into(),
                    score: *v,
                })
                .collect(),
        }
    }

    fn apply(session: &mut Session, e: &Edit) -> Result<(), Error> {
        match e {
            Edit::Score(s, c, k, v) => session.set_score(&ScoreChange {
                scorer: scorer(*s),
                candidate: candidate(*c),
                criterion: CRITERIA[*k].into(),
                score: *v,
            }),
            Edit::Clear(s, c, k) => session.clear_score(&ScoreClear {
                scorer: scorer(*s),
                candidate: candidate(*c),
                criterion: CRITERIA[*k].into(),
            }),
            Edit::Weight(k, w) => session.set_weight(&WeightChange {
                criterion: CRITERIA[*k].into(),
                weight: *w,
            }),
            Edit::AddCandidate(c, name) => session.add_candidate(Candidate {
                id: candidate(*c),
                name: name.clone(),
            }),
            Edit::Rename(c, name) => session.rename_candidate(Candidate {
                id: candidate(*c),
                name: name.clone(),
            }),
            Edit::AddCard(s, c, gain, scores) => session.add_scorecard(card(*s, *c, *gain, scores)),
            Edit::RemoveCard(s, c) => session.remove_scorecard(&ScorecardRef {
                scorer: scorer(*s),
                candidate: candidate(*c),
            }),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        /// After any sequence of edits, the session reports exactly what `scorePriorities`
        /// reports on the data those edits produce (reports and errors alike), and an edit
        /// the session refuses changes nothing.
        #[test]
        fn session_reports_what_score_priorities_reports(
            candidates in 1..5usize,
            edits in proptest::collection::vec(edit(), 0..40),
        ) {
            let mut data = start(candidates);
            let mut session = Session::new(data.clone()).unwrap();
            for e in &edits {
                let result = apply(&mut session, e);
                match model(&data, e) {
                    Some(next) => {
                        prop_assert!(result.is_ok(), "{e:?} refused: {result:?}");
                        data = next;
                    }
                    None => prop_assert!(result.is_err(), "{e:?} should be refused"),
                }
                prop_assert_eq!(&session.input().candidates, &data.candidates);
                prop_assert_eq!(&session.input().scorecards, &data.scorecards);
                prop_assert_eq!(&session.input().options, &data.options);
                prop_assert_eq!(session.report(), score_priorities(&data));
                prop_assert_eq!(&session.snapshot(), &data);
            }
        }
    }

    #[test]
    fn a_bad_constitution_is_refused_when_the_session_starts() {
        let mut input = start(1);
        input.constitution = Some(ConstitutionSource::Preset("nowhere".into()));
        let e = Session::new(input.clone()).unwrap_err();
        assert_eq!(Err(e), score_priorities(&input).map(|_| ()));
    }
}
