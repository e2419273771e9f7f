//! The gifts and hospitality decision: must-not rules first, then the exceptions, then
//! the default refusal.
//!
//! 1. Canvassed or sought: never (E3.1).
//! 2. From someone who stands to gain from a decision, or seeking business: refuse (E3.4).
//! 3. Could give rise to a reasonable suspicion of influence: refuse (E3.3).
//! 4. Repeated hospitality from the same source: refuse (E3.3).
//! 5. Received on behalf of the partnership: accept for the partnership (E3.2(c)).
//! 6. An isolated trivial or inexpensive seasonal gift, not worth more than the
//!    constitution's value line: may accept (E3.2(a)).
//! 7. Normal hospitality of the role that would be inappropriate to refuse: may accept
//!    (E3.2(b)).
//! 8. Otherwise: refuse, "usually appropriate to refuse" (E3.2).
//!
//! The must-not rules are absolute ("you must not accept"), so they come before the
//! exceptions, which are "a general guide". Within each group a "yes" decides; a question
//! not yet answered is asked next (`moreAnswersNeeded`); an "unsure" that nothing firmer
//! overrides leads to advice (E1.3). Offers to a spouse or cohabitee, a company you
//! control or a partnership you are partner of, and benefits (debt relief, loan
//! concessions, services below cost), go through the same steps (E3.3).

use super::offer::{self, GiftInput, GiftKind, GiftOffer, GiftQuestion, GiftRecipient};
use super::report::{capitalise, pounds, question, record, summary, what, GiftOutcome, GiftReport, GiftRuleId};
use super::rule::GiftsRule;
use crate::constitution::Constitution;
use crate::error::Error;
use crate::reason::{Citations, Reason};
use crate::Answer;

/// Decide what to do with an offer of a gift or hospitality.
pub fn check_gift(input: &GiftInput) -> Result<GiftReport, Error> {
    let constitution = input.constitution.resolve()?;
    offer::check(&input.offer)?;
    Ok(decide(&constitution, &input.offer))
}

/// One rule's finding: it decides, it is unanswered, or the member is unsure.
enum Step {
    Decides(GiftRuleId, GiftOutcome, Reason),
    Unanswered(GiftQuestion),
    Unsure(Reason),
    /// Applied and answered "no", or does not apply: nothing to say.
    Pass,
    /// Answered "no" in a way worth explaining (a gift over the value line).
    Explained(Reason),
}

fn ask(answer: Option<Answer>, q: GiftQuestion, yes: impl FnOnce() -> Step, unsure: impl FnOnce() -> Reason) -> Step {
    match answer {
        Some(Answer::Yes) => yes(),
        Some(Answer::Unsure) => Step::Unsure(unsure()),
        Some(Answer::No) => Step::Pass,
        None => Step::Unanswered(q),
    }
}

/// The engine on a valid constitution and a checked offer.
fn decide(c: &Constitution, o: &GiftOffer) -> GiftReport {
    let mut cites = Citations::new();
    let notes = c.notes_on("gifts");
    cites.add_reasons(&notes);
    let Some(rule) = &c.gifts else {
        return GiftReport {
            outcome: GiftOutcome::NoRule,
            decided_by: None,
            reasons: Vec::new(),
            next: Vec::new(),
            record: None,
            notes,
            summary: "This constitution sets no gifts and hospitality rule.".to_string(),
            citations: cites.into_vec(),
        };
    };
    let what = what(o);
    let mut reasons = Vec::new();
    let (outcome, decided_by, next) = conclude(
        must_not(rule, o, &what),
        exceptions(rule, o, &what),
        rule,
        &what,
        &mut reasons,
    );
    if outcome == GiftOutcome::SeekAdvice {
        reasons.insert(
            0,
            Reason::new(
                format!(
                    "If you are uncertain about how the rules apply, seek advice from {}.",
                    rule.advice.from
                ),
                &rule.advice.cite,
            ),
        );
    }
    connected(rule, o, &mut reasons);
    let record = (outcome != GiftOutcome::MoreAnswersNeeded).then(|| record(rule, o, outcome));
    let summary = summary(outcome, &what, rule, next);
    cites.add_reasons(&reasons);
    if let Some(r) = &record {
        cites.add(&r.cite);
    }
    GiftReport {
        outcome,
        decided_by,
        reasons,
        next: next.map(|q| question(rule, o, q)).into_iter().collect(),
        record,
        notes,
        summary,
        citations: cites.into_vec(),
    }
}

fn unsure_text(about: &str) -> String {
    format!("You are unsure whether {about}: seek advice before accepting.")
}

/// The must-not rules that apply to this offer, in order (E3.1, E3.4, E3.3).
fn must_not(rule: &GiftsRule, o: &GiftOffer, what: &str) -> Vec<Step> {
    let a = &o.answers;
    let mut must_not = vec![ask(
        a.sought,
        GiftQuestion::Sought,
        || {
            Step::Decides(
                GiftRuleId::NeverSeek,
                GiftOutcome::NeverAccept,
                Reason::new(
                    format!("You canvassed or sought {what}: you must never canvass or seek gifts or hospitality in relation to your role."),
                    &rule.never_seek,
                ),
            )
        },
        || Reason::new(unsure_text(&format!("you sought {what}")), &rule.never_seek),
    )];
    if let Some(cite) = &rule.interested_giver {
        must_not.extend(interested_giver(a, cite));
    }
    if let Some(cite) = &rule.suspicion_of_influence {
        must_not.push(ask(
            a.suspicion_of_influence,
            GiftQuestion::SuspicionOfInfluence,
            || {
                Step::Decides(
                    GiftRuleId::SuspicionOfInfluence,
                    GiftOutcome::Refuse,
                    Reason::new(format!("Accepting {what} could give rise to a reasonable suspicion of influence on your part to show favour, or disadvantage: you must not accept it."), cite),
                )
            },
            || Reason::new(unsure_text("accepting could give rise to a reasonable suspicion of influence"), cite),
        ));
    }
    if let (Some(cite), GiftKind::Hospitality) = (&rule.repeated_hospitality, o.kind) {
        must_not.push(ask(
            a.repeated,
            GiftQuestion::Repeated,
            || {
                Step::Decides(
                    GiftRuleId::RepeatedHospitality,
                    GiftOutcome::Refuse,
                    Reason::new(
                        "You have had hospitality from the same source before: you must not accept repeated hospitality from the same source.",
                        cite,
                    ),
                )
            },
            || Reason::new(unsure_text("this repeats hospitality from the same source"), cite),
        ));
    }
    must_not
}

/// The interested-giver rule's two questions (E3.4): stands to gain, seeking business.
fn interested_giver(a: &super::offer::GiftAnswers, cite: &[String]) -> Vec<Step> {
    let mut steps = Vec::new();
    let refuse = |why: &str| {
        Step::Decides(
            GiftRuleId::InterestedGiver,
            GiftOutcome::Refuse,
            Reason::new(
                format!("The giver {why}: you must not accept a gift or hospitality from them."),
                cite,
            ),
        )
    };
    steps.push(ask(
        a.giver_stands_to_gain,
        GiftQuestion::GiverStandsToGain,
        || refuse("stands to gain or benefit from a decision your body may be involved in determining"),
        || {
            Reason::new(
                unsure_text("the giver stands to gain from a decision of your body"),
                cite,
            )
        },
    ));
    steps.push(ask(
        a.giver_seeking_business,
        GiftQuestion::GiverSeekingBusiness,
        || refuse("is seeking to do business with your organisation"),
        || {
            Reason::new(
                unsure_text("the giver is seeking to do business with your organisation"),
                cite,
            )
        },
    ));
    steps
}

/// The exceptions to "usually appropriate to refuse" that apply, in order (E3.2).
fn exceptions(rule: &GiftsRule, o: &GiftOffer, what: &str) -> Vec<Step> {
    let a = &o.answers;
    let mut exceptions = Vec::new();
    if let Some(cite) = &rule.on_behalf_of_partnership {
        if o.recipient == GiftRecipient::Member {
            exceptions.push(ask(
                a.on_behalf_of_partnership,
                GiftQuestion::OnBehalfOfPartnership,
                || {
                    Step::Decides(
                        GiftRuleId::OnBehalfOfPartnership,
                        GiftOutcome::AcceptForPartnership,
                        Reason::new(format!("{} is received on behalf of the partnership: accept it for the partnership, not for yourself.", capitalise(what)), cite),
                    )
                },
                || Reason::new(unsure_text(&format!("{what} is received on behalf of the partnership")), cite),
            ));
        }
    }
    if let Some(t) = &rule.trivial_gifts {
        if o.kind != GiftKind::Hospitality {
            exceptions.push(trivial(o, t, what, &unsure_text));
        }
    }
    if let (Some(cite), GiftKind::Hospitality) = (&rule.normal_hospitality, o.kind) {
        exceptions.push(ask(
            a.normal_hospitality,
            GiftQuestion::NormalHospitality,
            || {
                Step::Decides(
                    GiftRuleId::NormalHospitality,
                    GiftOutcome::MayAccept,
                    Reason::new("It is normal hospitality associated with your duties which would reasonably be regarded as inappropriate to refuse: you may accept it.", cite),
                )
            },
            || Reason::new(unsure_text("this is normal hospitality of your role that it would be inappropriate to refuse"), cite),
        ));
    }
    exceptions
}

/// The must-not rules first, then the exceptions, then refusal by default: the outcome,
/// the rule that decided it and the next question, with the reasons.
fn conclude(
    must_not: Vec<Step>,
    exceptions: Vec<Step>,
    rule: &GiftsRule,
    what: &str,
    reasons: &mut Vec<Reason>,
) -> (GiftOutcome, Option<GiftRuleId>, Option<GiftQuestion>) {
    match settle(must_not, reasons) {
        Settled::Decided(id, outcome) => {
            // Say which exceptions were overtaken, so the member sees every reason.
            for step in exceptions {
                if let Step::Decides(_, _, r) = step {
                    reasons.push(Reason::new(
                        format!("{} But a must-not rule comes first.", r.text),
                        &r.cite,
                    ));
                }
            }
            (outcome, Some(id), None)
        }
        Settled::Ask(q) => (GiftOutcome::MoreAnswersNeeded, None, Some(q)),
        Settled::Unsure => (GiftOutcome::SeekAdvice, Some(GiftRuleId::Advice), None),
        Settled::Open => match settle(exceptions, reasons) {
            Settled::Decided(id, outcome) => (outcome, Some(id), None),
            Settled::Ask(q) => (GiftOutcome::MoreAnswersNeeded, None, Some(q)),
            Settled::Unsure => (GiftOutcome::SeekAdvice, Some(GiftRuleId::Advice), None),
            Settled::Open => {
                reasons.insert(
                    0,
                    Reason::new(
                        format!("None of the exceptions applies to {what}: it is usually appropriate to refuse."),
                        &rule.refuse_by_default,
                    ),
                );
                (GiftOutcome::Refuse, Some(GiftRuleId::RefuseByDefault), None)
            }
        },
    }
}

enum Settled {
    Decided(GiftRuleId, GiftOutcome),
    Ask(GiftQuestion),
    Unsure,
    Open,
}

/// The first "yes" decides; otherwise the first unanswered question is asked; otherwise
/// an "unsure" leads to advice. Reasons that applied are pushed, the deciding one first.
fn settle(steps: Vec<Step>, reasons: &mut Vec<Reason>) -> Settled {
    let mut decided = None;
    let mut ask = None;
    let mut unsure = Vec::new();
    let mut explained = Vec::new();
    for step in steps {
        match step {
            Step::Decides(id, outcome, r) if decided.is_none() => {
                decided = Some((id, outcome));
                reasons.insert(0, r);
            }
            Step::Decides(_, _, r) => reasons.push(r),
            Step::Unanswered(q) => {
                ask.get_or_insert(q);
            }
            Step::Unsure(r) => unsure.push(r),
            Step::Explained(r) => explained.push(r),
            Step::Pass => {}
        }
    }
    if let Some((id, outcome)) = decided {
        return Settled::Decided(id, outcome);
    }
    reasons.extend(explained);
    if let Some(q) = ask {
        return Settled::Ask(q);
    }
    if unsure.is_empty() {
        Settled::Open
    } else {
        reasons.extend(unsure);
        Settled::Unsure
    }
}

/// The trivial-gift exception: the member's answer, the gift being isolated, and the
/// value line.
fn trivial(o: &GiftOffer, t: &super::rule::TrivialGifts, what: &str, unsure: &dyn Fn(&str) -> String) -> Step {
    let a = &o.answers;
    match a.trivial_or_seasonal {
        None => return Step::Unanswered(GiftQuestion::TrivialOrSeasonal),
        Some(Answer::No) => return Step::Pass,
        Some(Answer::Unsure) => {
            return Step::Unsure(Reason::new(
                unsure(&format!("{what} is trivial or an inexpensive seasonal gift")),
                &t.cite,
            ))
        }
        Some(Answer::Yes) => {}
    }
    match a.repeated {
        None => return Step::Unanswered(GiftQuestion::Repeated),
        Some(Answer::Yes) => {
            return Step::Explained(Reason::new(
                "You have had gifts from the same source before, so this is not an isolated gift: the trivial-gift exception does not apply.",
                &t.cite,
            ))
        }
        Some(Answer::Unsure) => {
            return Step::Unsure(Reason::new(
                unsure("this is an isolated gift or one of several from the same source"),
                &t.cite,
            ))
        }
        Some(Answer::No) => {}
    }
    let cite = &t.cite;
    let Some(limit) = t.value_limit else {
        return Step::Decides(
            GiftRuleId::TrivialGifts,
            GiftOutcome::MayAccept,
            Reason::new(
                format!("{} is an isolated gift of a trivial character or an inexpensive seasonal gift: you may accept it. This constitution sets no figure for modest value; the judgement is yours.", capitalise(what)),
                cite,
            ),
        );
    };
    match o.value {
        None => Step::Unanswered(GiftQuestion::Value),
        Some(v) if v > f64::from(limit) => Step::Explained(Reason::new(
            format!(
                "{} is worth {}, more than the £{limit} this constitution takes as modest value (see its notes): the trivial-gift exception does not apply.",
                capitalise(what),
                pounds(v)
            ),
            cite,
        )),
        Some(v) => Step::Decides(
            GiftRuleId::TrivialGifts,
            GiftOutcome::MayAccept,
            Reason::new(
                format!(
                    "{} is an isolated gift of a trivial character or an inexpensive seasonal gift, worth {}, not more than the £{limit} this constitution takes as modest value (see its notes): you may accept it.",
                    capitalise(what),
                    pounds(v)
                ),
                cite,
            ),
        ),
    }
}

/// Offers to connected people and benefits are gifts all the same: say so when it applied.
fn connected(rule: &GiftsRule, o: &GiftOffer, reasons: &mut Vec<Reason>) {
    if o.recipient != GiftRecipient::Member {
        reasons.push(Reason::new(
            format!(
                "The offer is to {}: it is considered as if it were made to you, since it could reasonably be seen to influence your judgement.",
                o.recipient.describe()
            ),
            &rule.connected_recipients,
        ));
    }
    if o.kind.is_benefit() {
        reasons.push(Reason::new(
            format!(
                "The code counts {} as a gift: the term includes relief from indebtedness, loan concessions, and services at a cost below that generally charged to the public.",
                what(o)
            ),
            &rule.benefits_are_gifts,
        ));
    }
}
