//! The gifts and hospitality section of a constitution (`constitution.gifts`).
//!
//! Each rule is the clause that sets it (`cite`). The must-not rules and the exceptions
//! are optional, so a partnership whose code has no "repeated hospitality" rule, or no
//! "on behalf of the partnership" exception, leaves it out and the engine never applies
//! it. The whole section is `null` where a constitution sets no gifts rule at all
//! (Inverclyde): the engine then says so rather than borrowing another code's rule.

use crate::checks::{self, rule_citations as cite};
use crate::error::{ErrorCode, Problems};
use crate::limits::MAX_SHORT_TEXT;
use serde::{Deserialize, Serialize};

/// A partnership's gifts and hospitality rules, in the order the engine applies them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GiftsRule {
    /// Never canvass or seek gifts or hospitality (Clackmannanshire E3.1). Always applies.
    pub never_seek: Vec<String>,
    /// Never accept from anyone who stands to gain from a decision the body may make, or
    /// who is seeking to do business with your organisation (E3.4).
    #[serde(default)]
    pub interested_giver: Option<Vec<String>>,
    /// Never accept what could give rise to a reasonable suspicion of influence (E3.3).
    #[serde(default)]
    pub suspicion_of_influence: Option<Vec<String>>,
    /// Never accept repeated hospitality from the same source (E3.3).
    #[serde(default)]
    pub repeated_hospitality: Option<Vec<String>>,
    /// Gifts to a spouse or cohabitee, a company you control, or a partnership of which
    /// you are a partner, are considered the same way (E3.3).
    pub connected_recipients: Vec<String>,
    /// Relief from debt, loan concessions and services below cost are gifts (E3.3).
    pub benefits_are_gifts: Vec<String>,
    /// What is left when no exception applies: "usually appropriate to refuse" (E3.2).
    pub refuse_by_default: Vec<String>,
    /// Exception: isolated trivial gifts, inexpensive seasonal gifts (E3.2(a)).
    #[serde(default)]
    pub trivial_gifts: Option<TrivialGifts>,
    /// Exception: normal hospitality of the role that it would be inappropriate to refuse
    /// (E3.2(b)).
    #[serde(default)]
    pub normal_hospitality: Option<Vec<String>>,
    /// Exception: gifts received on behalf of the partnership (E3.2(c)).
    #[serde(default)]
    pub on_behalf_of_partnership: Option<Vec<String>>,
    /// Where to go when unsure (E1.3).
    pub advice: GiftAdvice,
    /// Where an offer is recorded (the register of interests, E5.1).
    pub register: Vec<String>,
}

/// The trivial-gift exception and the value above which a gift is not trivial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TrivialGifts {
    /// Whole pounds: a gift worth more than this is not trivial. `null` where the
    /// constitution gives no figure (the member's own judgement of "modest value"). Where
    /// the figure is an interpretation, a note on the topic `gifts` should say so.
    #[serde(default)]
    pub value_limit: Option<u32>,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// Who gives advice, in the document's words ("Alliance support staff").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GiftAdvice {
    /// Who gives advice on gifts, in the document's words ("Alliance support staff").
    pub from: String,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// The largest value line a constitution may set, in pounds.
pub const MAX_VALUE_LIMIT: u32 = 1_000_000;

/// Problems with a gifts section, with paths under `gifts`.
pub fn validate(p: &mut Problems, g: &GiftsRule) {
    cite(p, "gifts.neverSeek", &g.never_seek);
    optional(p, "gifts.interestedGiver", g.interested_giver.as_deref());
    optional(p, "gifts.suspicionOfInfluence", g.suspicion_of_influence.as_deref());
    optional(p, "gifts.repeatedHospitality", g.repeated_hospitality.as_deref());
    cite(p, "gifts.connectedRecipients", &g.connected_recipients);
    cite(p, "gifts.benefitsAreGifts", &g.benefits_are_gifts);
    cite(p, "gifts.refuseByDefault", &g.refuse_by_default);
    if let Some(t) = &g.trivial_gifts {
        cite(p, "gifts.trivialGifts.cite", &t.cite);
        if let Some(limit) = t.value_limit {
            if limit == 0 || limit > MAX_VALUE_LIMIT {
                p.push(
                    ErrorCode::OutOfRange,
                    "gifts.trivialGifts.valueLimit",
                    format!("must be between 1 and {MAX_VALUE_LIMIT} pounds, or null for no figure"),
                );
            }
        }
    }
    optional(p, "gifts.normalHospitality", g.normal_hospitality.as_deref());
    optional(p, "gifts.onBehalfOfPartnership", g.on_behalf_of_partnership.as_deref());
    checks::required_text(p, "gifts.advice.from", &g.advice.from, MAX_SHORT_TEXT);
    cite(p, "gifts.advice.cite", &g.advice.cite);
    cite(p, "gifts.register", &g.register);
}

fn optional(p: &mut Problems, path: &str, value: Option<&[String]>) {
    if let Some(c) = value {
        cite(p, path, c);
    }
}
