//! Gifts and hospitality: may a member keep what they were offered?
//!
//! The model is Clackmannanshire's Code of Conduct, Part E3, as data on the constitution
//! ([`GiftsRule`], `constitution.gifts`): must-not rules (never canvass or seek, E3.1;
//! never from someone who stands to gain or is seeking business, E3.4; never what could
//! give rise to a reasonable suspicion of influence, and never repeated hospitality from
//! the same source, E3.3), then the exceptions to "usually appropriate to refuse" (an
//! isolated trivial or inexpensive seasonal gift under the constitution's value line, normal
//! hospitality of the role, a gift received on behalf of the partnership, E3.2). Offers to
//! a spouse or cohabitee, a controlled company or a partnership of which the member is a
//! partner, and benefits such as debt relief, are considered the same way (E3.3).
//! "Unsure" is an answer: it leads to "seek advice" (E1.3).
//!
//! The check is a pure function: the answers never leave the member's browser.
//!
//! ```
//! use quorate_core::gifts;
//!
//! let input: gifts::GiftInput = serde_json::from_str(r#"{
//!   "constitution": "clackmannanshire-2019",
//!   "offer": { "kind": "gift", "description": "a 2027 desk diary", "value": 8,
//!     "answers": { "sought": "no", "giverStandsToGain": "no", "giverSeekingBusiness": "no",
//!       "suspicionOfInfluence": "no", "repeated": "no", "onBehalfOfPartnership": "no",
//!       "trivialOrSeasonal": "yes" } }
//! }"#).unwrap();
//! let report = gifts::check_gift(&input).unwrap();
//! assert_eq!(report.outcome, gifts::GiftOutcome::MayAccept);
//! assert!(report.citations.iter().any(|c| c == "clackmannanshire-2019 E3.2(a)"));
//! ```

mod check;
mod offer;
mod report;
mod rule;
#[cfg(test)]
mod tests;

pub use check::check_gift;
pub use offer::{GiftAnswers, GiftInput, GiftKind, GiftOffer, GiftQuestion, GiftRecipient, MAX_VALUE};
pub use report::{GiftOutcome, GiftRecord, GiftRegisterCategory, GiftReport, GiftRuleId};
pub use rule::{validate as validate_rule, GiftAdvice, GiftsRule, TrivialGifts, MAX_VALUE_LIMIT};
