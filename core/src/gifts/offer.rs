//! What was offered, and the member's answers to the questions of the code.
//!
//! Every question is optional: one left out is "not answered yet", and the engine asks
//! for it (`next`) only when the answer could change the outcome. "Unsure" is an
//! answer: it leads to "seek advice" (E1.3) unless a firmer rule decides first.
//!
//! Answers that contradict each other are refused with a coded error naming the field,
//! rather than silently picking one: a gift "received on behalf of the partnership" that
//! went to your spouse, a "normal hospitality" answer about an object, a "trivial gift"
//! answer about hospitality. Answers that are merely overtaken (a gift both sought and
//! received on behalf of the partnership) are resolved by precedence, and the report
//! lists every reason that applied, the deciding one first.

use crate::checks;
use crate::constitution::ConstitutionSource;
use crate::date::IsoDate;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::MAX_SHORT_TEXT;
use crate::Answer;
use serde::{Deserialize, Serialize};

/// The input of `checkGift`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GiftInput {
    pub constitution: ConstitutionSource,
    pub offer: GiftOffer,
}

/// One offer of a gift, hospitality or benefit, and the answers about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GiftOffer {
    pub kind: GiftKind,
    /// Who is offered it: you, or someone connected with you (E3.3). Default: you.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub recipient: GiftRecipient,
    /// What it is ("a box of chocolates"), for the register entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub description: Option<String>,
    /// Who offered it, for the register entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub giver: Option<String>,
    /// Its value in pounds, an estimate if need be. Must be a finite number, 0 or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub value: Option<f64>,
    /// When it was offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub date: Option<IsoDate>,
    #[serde(default, skip_serializing_if = "GiftAnswers::is_empty")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub answers: GiftAnswers,
}

/// What kind of thing is offered. The last three are benefits, which the code counts as
/// gifts (E3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftKind {
    Gift,
    Hospitality,
    ReliefFromDebt,
    LoanConcession,
    ServicesBelowCost,
}

impl GiftKind {
    pub fn describe(self) -> &'static str {
        match self {
            GiftKind::Gift => "gift",
            GiftKind::Hospitality => "hospitality",
            GiftKind::ReliefFromDebt => "relief from debt",
            GiftKind::LoanConcession => "loan concession",
            GiftKind::ServicesBelowCost => "services below cost",
        }
    }

    /// A benefit the code counts as a gift.
    pub fn is_benefit(self) -> bool {
        matches!(
            self,
            GiftKind::ReliefFromDebt | GiftKind::LoanConcession | GiftKind::ServicesBelowCost
        )
    }
}

/// Who the offer is made to (E3.3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftRecipient {
    #[default]
    Member,
    SpouseOrCohabitee,
    /// A company in which you have a controlling interest.
    ControlledCompany,
    /// A partnership of which you are a partner.
    PartnershipOfWhichPartner,
}

impl GiftRecipient {
    pub fn describe(self) -> &'static str {
        match self {
            GiftRecipient::Member => "you",
            GiftRecipient::SpouseOrCohabitee => "your spouse or cohabitee",
            GiftRecipient::ControlledCompany => "a company in which you have a controlling interest",
            GiftRecipient::PartnershipOfWhichPartner => "a partnership of which you are a partner",
        }
    }
}

/// The questions of the code, each answered or left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GiftAnswers {
    /// Did you (or the recipient) canvass or seek it? (E3.1)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub sought: Option<Answer>,
    /// Does the giver stand to gain or benefit from a decision your body may be involved
    /// in determining? (E3.4)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub giver_stands_to_gain: Option<Answer>,
    /// Is the giver seeking to do business with your organisation? (E3.4)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub giver_seeking_business: Option<Answer>,
    /// Could accepting give rise to a reasonable suspicion of influence on your part to
    /// show favour, or disadvantage, to anyone? (E3.3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub suspicion_of_influence: Option<Answer>,
    /// Have you had gifts or hospitality from the same source before? For hospitality
    /// this is the repeated-hospitality rule (E3.3); for a gift, it means the gift is not
    /// "isolated" (E3.2(a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub repeated: Option<Answer>,
    /// Is it offered to you to receive on behalf of the partnership? (E3.2(c))
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub on_behalf_of_partnership: Option<Answer>,
    /// Not hospitality: is it of a trivial character, or an inexpensive seasonal gift such
    /// as a calendar or diary, or a simple item of office equipment of modest value?
    /// (E3.2(a))
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub trivial_or_seasonal: Option<Answer>,
    /// Hospitality only: is it normal hospitality associated with your duties, which
    /// would reasonably be regarded as inappropriate to refuse? (E3.2(b))
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub normal_hospitality: Option<Answer>,
}

impl GiftAnswers {
    pub fn is_empty(&self) -> bool {
        *self == GiftAnswers::default()
    }
}

/// A question of the code, as `next[].id` names it (the field of `answers`, or `value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum GiftQuestion {
    Sought,
    GiverStandsToGain,
    GiverSeekingBusiness,
    SuspicionOfInfluence,
    Repeated,
    OnBehalfOfPartnership,
    TrivialOrSeasonal,
    NormalHospitality,
    /// The gift's value in pounds (an estimate will do), to compare with the value line.
    Value,
}

impl GiftQuestion {
    /// The field of `answers` it fills (`value` is the offer's own field).
    pub fn name(self) -> &'static str {
        match self {
            GiftQuestion::Sought => "sought",
            GiftQuestion::GiverStandsToGain => "giverStandsToGain",
            GiftQuestion::GiverSeekingBusiness => "giverSeekingBusiness",
            GiftQuestion::SuspicionOfInfluence => "suspicionOfInfluence",
            GiftQuestion::Repeated => "repeated",
            GiftQuestion::OnBehalfOfPartnership => "onBehalfOfPartnership",
            GiftQuestion::TrivialOrSeasonal => "trivialOrSeasonal",
            GiftQuestion::NormalHospitality => "normalHospitality",
            GiftQuestion::Value => "value",
        }
    }

    /// The question in plain English, for a form that asks it.
    pub fn text(self) -> &'static str {
        match self {
            GiftQuestion::Sought => "Did you canvass or seek this gift or hospitality?",
            GiftQuestion::GiverStandsToGain => {
                "Does the giver stand to gain or benefit from a decision your body may be involved in determining?"
            }
            GiftQuestion::GiverSeekingBusiness => "Is the giver seeking to do business with your organisation?",
            GiftQuestion::SuspicionOfInfluence => "Could accepting give rise to a reasonable suspicion of influence on your part to show favour, or disadvantage, to any individual or organisation?",
            GiftQuestion::Repeated => "Have you had gifts or hospitality from the same source before?",
            GiftQuestion::OnBehalfOfPartnership => "Is it offered to you to receive on behalf of the partnership?",
            GiftQuestion::TrivialOrSeasonal => "Is it an isolated gift of a trivial character, or an inexpensive seasonal gift such as a calendar or diary, or a simple item of office equipment of modest value?",
            GiftQuestion::NormalHospitality => "Is it normal hospitality associated with your duties, which would reasonably be regarded as inappropriate to refuse?",
            GiftQuestion::Value => "What is it worth, in pounds? An estimate will do.",
        }
    }
}

/// The most a value may be, in pounds; far above any gift a member could keep.
pub const MAX_VALUE: f64 = 1_000_000_000.0;

/// Refuse malformed or contradictory offers, every problem with its path under `offer`.
pub fn check(offer: &GiftOffer) -> Result<(), Error> {
    let mut p = Problems::new();
    if let Some(v) = offer.value {
        if !v.is_finite() {
            p.push(ErrorCode::OutOfRange, "offer.value", "must be a number of pounds");
        } else if v < 0.0 {
            p.push(ErrorCode::OutOfRange, "offer.value", "must not be negative");
        } else if v > MAX_VALUE {
            p.push(
                ErrorCode::OutOfRange,
                "offer.value",
                "is more than £1,000,000,000: give the value in pounds",
            );
        }
    }
    for (path, text) in [("offer.description", &offer.description), ("offer.giver", &offer.giver)] {
        if let Some(t) = text {
            checks::at_most(&mut p, path, t, MAX_SHORT_TEXT);
        }
    }
    let a = &offer.answers;
    let asserted = |x: Option<Answer>| matches!(x, Some(Answer::Yes | Answer::Unsure));
    if offer.kind == GiftKind::Hospitality && asserted(a.trivial_or_seasonal) {
        p.push(
            ErrorCode::InvalidInput,
            "offer.answers.trivialOrSeasonal",
            "is about gifts, but this offer is hospitality: answer normalHospitality instead, or leave it out",
        );
    }
    if offer.kind != GiftKind::Hospitality && asserted(a.normal_hospitality) {
        p.push(
            ErrorCode::InvalidInput,
            "offer.answers.normalHospitality",
            format!(
                "is about hospitality, but this offer is {}: answer trivialOrSeasonal instead, or leave it out",
                offer.kind.describe()
            ),
        );
    }
    if offer.recipient != GiftRecipient::Member && asserted(a.on_behalf_of_partnership) {
        p.push(
            ErrorCode::InvalidInput,
            "offer.answers.onBehalfOfPartnership",
            format!(
                "contradicts the recipient: an offer to {} is not received on behalf of the partnership",
                offer.recipient.describe()
            ),
        );
    }
    p.into_input_result("The offer cannot be checked")
}
