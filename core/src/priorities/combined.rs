//! A combining session: partners' exports merged once (every CSV read, every duplicate
//! and unknown reference found), then scored again after each change to the options (a
//! what-if weight, the aggregate, the range) or to a candidate's name, so that the
//! secretariat's weights editor sends one weight instead of every partner's file.
//!
//! [`CombinedSession::report`] is exactly [`super::combine_scorecards`] on the session's current
//! data ([`CombinedSession::snapshot`]), errors included; [`CombinedSession::result`] is
//! the part of it that the options change. The merge depends only on the constitution,
//! the criteria set, the candidates and the sources, which the session keeps as given.

use super::combine::{self, CombineInput, CombineReport, CombinedResult, Merged};
use super::scorecards::Candidate;
use super::session::WeightChange;
use super::settings::{self, ScoreOptions};
use crate::constitution::ConstitutionSource;
use crate::error::Error;

#[derive(Debug, Clone)]
pub struct CombinedSession {
    /// The input with its constitution resident.
    input: CombineInput,
    /// The constitution as it was given, for [`CombinedSession::snapshot`].
    given: Option<ConstitutionSource>,
    merged: Merged,
}

impl CombinedSession {
    /// Read the constitution once and merge the sources once. Refused with exactly the
    /// error `combineScorecards` gives on this input.
    pub fn new(mut input: CombineInput) -> Result<CombinedSession, Error> {
        let given = input.constitution.take();
        input.constitution = given.as_ref().map(ConstitutionSource::resident).transpose()?;
        let m = settings::resolve(input.constitution.as_ref(), input.criteria.as_ref(), &input.options)?;
        let merged = combine::merge(&m, &input)?;
        Ok(CombinedSession { input, given, merged })
    }

    /// The current data as a `combineScorecards` input, with the constitution as given (a
    /// handle's constitution as the whole constitution it holds).
    pub fn snapshot(&self) -> CombineInput {
        CombineInput {
            constitution: super::session::writable(self.given.as_ref()),
            ..self.input.clone()
        }
    }

    /// The whole report: exactly `combineScorecards(session.snapshot())`.
    pub fn report(&self) -> Result<CombineReport, Error> {
        Ok(self.merged.clone().report(self.result()?))
    }

    /// The report's parts that the options change (`result`, `summary`, `citations`),
    /// exactly as `combineScorecards(session.snapshot())` gives them, errors included.
    pub fn result(&self) -> Result<CombinedResult, Error> {
        let m = settings::resolve(
            self.input.constitution.as_ref(),
            self.input.criteria.as_ref(),
            &self.input.options,
        )?;
        combine::score(&m, &self.input.candidates, &self.merged, self.input.options.aggregate)
    }

    /// Set or remove a what-if weight (`options.weights`), as [`super::Session::set_weight`].
    pub fn set_weight(&mut self, change: &WeightChange) -> Result<(), Error> {
        change.apply(&mut self.input.options.weights);
        Ok(())
    }

    /// Rename a candidate (its id, which the scorecards name, stays; so does the merge).
    /// A name the engine refuses is kept, and the next `report` or `result` gives the
    /// error `combineScorecards` would.
    pub fn rename_candidate(&mut self, candidate: Candidate) -> Result<(), Error> {
        super::session::rename(&mut self.input.candidates, candidate)
    }

    /// Replace the options as a whole (aggregate, weights, range, portfolio). Options the
    /// engine refuses are kept, and the next `report` or `result` gives the error
    /// `combineScorecards` would.
    pub fn set_options(&mut self, options: ScoreOptions) -> Result<(), Error> {
        self.input.options = options;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::priorities::{
        combine_scorecards, Candidate, CriterionScore, GainAnswer, Scorecard, ScorecardSource, WeightOverride,
    };
    use proptest::prelude::*;

    const CRITERIA: &[&str] = &[
        "unique-action",
        "high-impact",
        "participative",
        "trust",
        "no-such-criterion",
    ];

    /// A scorecard as (scorer, candidate, [(criterion, score)]), by index.
    type Card = (usize, usize, Vec<(usize, Option<u32>)>);

    fn input(candidates: usize, cards: &[Card], csv: bool) -> CombineInput {
        let scorecards: Vec<Scorecard> = cards
            .iter()
            .map(|(s, c, scores)| Scorecard {
                scorer: format!("s{s}"),
                organisation: format!("org{}", s % 3),
                candidate: format!("c{c}"),
                collaborative_gain: Some(GainAnswer::Yes),
                scores: scores
                    .iter()
                    .map(|(k, v)| CriterionScore {
                        criterion: CRITERIA[*k].into(),
                        score: *v,
                    })
                    .collect(),
            })
            .collect();
        let (half, rest) = scorecards.split_at(scorecards.len() / 2);
        let mut sources = vec![ScorecardSource {
            name: "first".into(),
            scorecards: half.to_vec(),
            csv: None,
        }];
        if csv {
            sources.push(ScorecardSource {
                name: "second.csv".into(),
                scorecards: Vec::new(),
                csv: Some(
                    super::super::scorecards_to_csv(&super::super::ScorecardsToCsvInput {
                        constitution: Some(ConstitutionSource::Preset("inverclyde-mou".into())),
                        criteria: None,
                        scorecards: rest.to_vec(),
                    })
                    .map(|c| c.csv)
                    .unwrap_or_default(),
                ),
            });
        } else {
            sources.push(ScorecardSource {
                name: "second".into(),
                scorecards: rest.to_vec(),
                csv: None,
            });
        }
        CombineInput {
            constitution: Some(ConstitutionSource::Preset("inverclyde-mou".into())),
            criteria: None,
            candidates: (0..candidates)
                .map(|c| Candidate {
                    id: format!("c{c}"),
                    name: format!("Candidate {c}"),
                })
                .collect(),
            sources,
            options: ScoreOptions::default(),
        }
    }

    fn cards() -> impl Strategy<Value = Vec<Card>> {
        let score = prop_oneof![Just(None), (0u32..7).prop_map(Some)];
        proptest::collection::vec(
            (
                0..4usize,
                0..7usize,
                proptest::collection::vec((0..CRITERIA.len(), score), 0..5),
            ),
            0..16,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// After any sequence of weight and option changes, the session's report is
        /// exactly `combineScorecards` on its snapshot (reports and errors alike), and its
        /// `result` is that report's result, summary and citations.
        #[test]
        fn session_reports_what_combine_scorecards_reports(
            candidates in 1..6usize,
            cards in cards(),
            csv in any::<bool>(),
            edits in proptest::collection::vec((0..CRITERIA.len(), prop_oneof![Just(None), (0u32..5).prop_map(|w| Some(f64::from(w) / 2.0)), Just(Some(-1.0))], any::<bool>(), 0..3u32), 0..12),
        ) {
            let data = input(candidates, &cards, csv);
            let mut session = match CombinedSession::new(data.clone()) {
                Ok(s) => s,
                Err(e) => {
                    prop_assert_eq!(Err(e), combine_scorecards(&data));
                    return Ok(());
                }
            };
            prop_assert_eq!(session.report(), combine_scorecards(&data));
            for (k, w, median, range) in &edits {
                session.set_weight(&WeightChange { criterion: CRITERIA[*k].into(), weight: *w }).unwrap();
                if *range == 1 {
                    let id = format!("c{k}");
                    let renamed = session.rename_candidate(Candidate { id: id.clone(), name: format!("Renamed {w:?}") });
                    prop_assert_eq!(renamed.is_ok(), *k < candidates, "rename of {}", id);
                }
                if *range > 0 {
                    let mut options = session.snapshot().options;
                    options.aggregate = if *median { crate::priorities::AggregateMethod::Median } else { crate::priorities::AggregateMethod::Mean };
                    options.sensitivity_range = Some(f64::from(*range) / 10.0);
                    session.set_options(options).unwrap();
                }
                let snapshot = session.snapshot();
                let plain = combine_scorecards(&snapshot);
                prop_assert_eq!(&session.report(), &plain);
                let part = session.result().map(|r| (r.result, r.summary, r.citations));
                prop_assert_eq!(part, plain.map(|r| (r.result, r.summary, r.citations)));
            }
            let weights: Vec<WeightOverride> = session.snapshot().options.weights;
            let mut expected = Vec::<WeightOverride>::new();
            for (k, w, _, _) in &edits {
                WeightChange { criterion: CRITERIA[*k].into(), weight: *w }.apply(&mut expected);
            }
            prop_assert_eq!(weights, expected);
        }
    }

    #[test]
    fn a_bad_source_is_refused_as_combine_scorecards_refuses_it() {
        let mut data = input(1, &[], false);
        data.sources.push(ScorecardSource {
            name: "bad.csv".into(),
            scorecards: Vec::new(),
            csv: Some("not,a,scorecard\n1,2".into()),
        });
        let e = CombinedSession::new(data.clone()).unwrap_err();
        assert_eq!(Err(e), combine_scorecards(&data).map(|_| ()));
    }
}
