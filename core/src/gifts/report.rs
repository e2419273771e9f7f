//! What `checkGift` answers: the outcome, the rule that decided it, the reasons, and the
//! register entry to write, in words a member can copy.

use super::offer::{GiftKind, GiftOffer, GiftQuestion, GiftRecipient, MAX_VALUE};
use super::rule::GiftsRule;
use crate::date::IsoDate;
use crate::question::{AnswerKind, Question};
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// What the member should do with the offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftOutcome {
    /// It was canvassed or sought: never acceptable (E3.1).
    NeverAccept,
    /// Refuse it (E3.4, E3.3, or the default of E3.2).
    Refuse,
    /// It may be accepted (E3.2(a) or (b)).
    MayAccept,
    /// Accept it for the partnership, not for yourself (E3.2(c)).
    AcceptForPartnership,
    /// Ask before deciding (E1.3).
    SeekAdvice,
    /// A question that could change the answer is not answered yet: see `next`.
    MoreAnswersNeeded,
    /// The constitution sets no gifts and hospitality rule.
    NoRule,
}

/// The rule that decided the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftRuleId {
    NeverSeek,
    InterestedGiver,
    SuspicionOfInfluence,
    RepeatedHospitality,
    OnBehalfOfPartnership,
    TrivialGifts,
    NormalHospitality,
    RefuseByDefault,
    Advice,
}

/// The report of `checkGift`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct GiftReport {
    pub outcome: GiftOutcome,
    /// The rule that decided it first; `null` when more answers are needed or no rule is set.
    pub decided_by: Option<GiftRuleId>,
    /// Every reason that applied, the deciding one first.
    pub reasons: Vec<Reason>,
    /// The question to ask next, in the shape every engine uses: one question when the
    /// outcome is `moreAnswersNeeded`, otherwise empty.
    pub next: Vec<Question>,
    /// What to write in the register; `null` until there is an outcome to record.
    pub record: Option<GiftRecord>,
    /// The constitution's notes on gifts (interpretations, silences).
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// The register category an offer is recorded under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftRegisterCategory {
    GiftsAndHospitality,
}

/// A register entry for the offer, whether accepted or declined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct GiftRecord {
    pub category: GiftRegisterCategory,
    pub kind: GiftKind,
    pub recipient: GiftRecipient,
    pub description: Option<String>,
    pub giver: Option<String>,
    pub value: Option<f64>,
    pub date: Option<IsoDate>,
    /// "declined", "accepted", "accepted on behalf of the partnership", "awaiting advice".
    pub decision: String,
    /// The entry as one line, ready to copy into the register.
    pub entry: String,
    pub cite: Vec<String>,
}

pub(super) fn record(rule: &GiftsRule, o: &GiftOffer, outcome: GiftOutcome) -> GiftRecord {
    let decision = match outcome {
        GiftOutcome::NeverAccept | GiftOutcome::Refuse => "declined",
        GiftOutcome::MayAccept => "accepted",
        GiftOutcome::AcceptForPartnership => "accepted on behalf of the partnership",
        _ => "awaiting advice",
    };
    let mut entry = capitalise(o.kind.describe());
    if let Some(d) = o.description.as_deref().filter(|d| !d.trim().is_empty()) {
        entry.push_str(&format!(": {}", d.trim()));
    }
    if let Some(g) = o.giver.as_deref().filter(|g| !g.trim().is_empty()) {
        entry.push_str(&format!(", offered by {}", g.trim()));
    }
    if o.recipient != GiftRecipient::Member {
        entry.push_str(&format!(" to {}", o.recipient.describe()));
    }
    if let Some(d) = o.date {
        entry.push_str(&format!(" on {}", d.long()));
    }
    if let Some(v) = o.value {
        entry.push_str(&format!(", value {}", pounds(v)));
    }
    entry.push_str(&format!("; {decision}."));
    GiftRecord {
        category: GiftRegisterCategory::GiftsAndHospitality,
        kind: o.kind,
        recipient: o.recipient,
        description: o.description.clone(),
        giver: o.giver.clone(),
        value: o.value,
        date: o.date,
        decision: decision.to_string(),
        entry,
        cite: rule.register.clone(),
    }
}

/// The question `q` for this offer, with the clauses of the rule that asks it.
pub(super) fn question(rule: &GiftsRule, o: &GiftOffer, q: GiftQuestion) -> Question {
    let trivial = rule.trivial_gifts.as_ref().map(|t| &t.cite);
    let cite = match q {
        GiftQuestion::Sought => Some(&rule.never_seek),
        GiftQuestion::GiverStandsToGain | GiftQuestion::GiverSeekingBusiness => rule.interested_giver.as_ref(),
        GiftQuestion::SuspicionOfInfluence => rule.suspicion_of_influence.as_ref(),
        GiftQuestion::Repeated if o.kind == GiftKind::Hospitality => rule.repeated_hospitality.as_ref(),
        GiftQuestion::Repeated | GiftQuestion::TrivialOrSeasonal | GiftQuestion::Value => trivial,
        GiftQuestion::OnBehalfOfPartnership => rule.on_behalf_of_partnership.as_ref(),
        GiftQuestion::NormalHospitality => rule.normal_hospitality.as_ref(),
    };
    let kind = match q {
        GiftQuestion::Value => AnswerKind::Number,
        _ => AnswerKind::YesNoUnsure,
    };
    Question::new(q.name(), q.text(), None, kind, cite.map_or(&[][..], Vec::as_slice))
}

pub(super) fn summary(outcome: GiftOutcome, what: &str, rule: &GiftsRule, next: Option<GiftQuestion>) -> String {
    match outcome {
        GiftOutcome::NeverAccept => format!("Never accept {what}: it was canvassed or sought."),
        GiftOutcome::Refuse => format!("Refuse {what}."),
        GiftOutcome::MayAccept => format!("You may accept {what}; record it in the register."),
        GiftOutcome::AcceptForPartnership => {
            format!("Accept {what} on behalf of the partnership, not for yourself; record it in the register.")
        }
        GiftOutcome::SeekAdvice => format!("Seek advice from {} before accepting {what}.", rule.advice.from),
        GiftOutcome::MoreAnswersNeeded => format!("More answers are needed: {}", next.map_or("", GiftQuestion::text)),
        GiftOutcome::NoRule => "This constitution sets no gifts and hospitality rule.".to_string(),
    }
}

/// "this gift", "this hospitality", "this loan concession", "this offer of services below cost".
pub(super) fn what(o: &GiftOffer) -> String {
    match o.kind {
        GiftKind::ServicesBelowCost => "this offer of services below cost".to_string(),
        kind => format!("this {}", kind.describe()),
    }
}

pub(super) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// £12.50, £50, £1,200 (values are finite and bounded before they get here).
pub(super) fn pounds(v: f64) -> String {
    let pence = (v * 100.0).round();
    // Bounded by MAX_VALUE, so the cast is exact.
    let pence = if (0.0..=MAX_VALUE * 100.0).contains(&pence) {
        pence as u64
    } else {
        0
    };
    let (whole, part) = (pence / 100, pence % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if part == 0 {
        format!("£{grouped}")
    } else {
        format!("£{grouped}.{part:02}")
    }
}
