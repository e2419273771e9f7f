//! The rules for motions (schema version 2, part of `decisions`), with their validation.
//!
//! - **A mover and a seconder** (`decisions.moverAndSeconder`): standing orders of Scottish
//!   councils and community councils write "every motion and amendment shall be moved and
//!   seconded", "no motion shall be discussed unless it has been moved and seconded", "a
//!   motion or amendment not seconded shall not be debated". Who may move or second is
//!   fixed: a member with a vote on the motion, present (or a substitute entitled to act
//!   for an absent member), and never the mover seconding their own motion.
//! - **A roll call** (`decisions.rollCall`): "the vote shall be taken by roll call" (always),
//!   or "if N members so request, the vote shall be taken by calling the roll and the
//!   names of members voting for and against the motion shall be recorded in the minute"
//!   (on request). A roll-call vote is minuted member by member in the order of the
//!   sederunt.
//!
//! Left out, neither applies, as in schema version 1.

use crate::error::{ErrorCode, Problems};
use serde::{Deserialize, Serialize};

use super::rule::{DecisionRules, Seat};

/// A motion (and, where the document says so, an amendment) must be moved and seconded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MoverSecondingRule {
    /// Amendments too must be moved and seconded ("every motion and amendment shall be
    /// moved and seconded"); `false` where the document says it of motions only.
    pub amendments: bool,
    /// The clauses this rule comes from ("community-council-a 12.1"); every answer that
    /// uses it cites them.
    pub cite: Vec<String>,
}

/// When a vote is taken by roll call, each member's vote recorded in the minute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RollCallRule {
    /// `always` ("all votes shall be taken by roll call") or `onRequest` ("if five members
    /// so request, the vote shall be taken by roll call").
    pub when: RollCallWhen,
    /// With `onRequest`: how many members must ask for it (5 in "if five members so
    /// request"). Left out with `always`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub requested_by: Option<u32>,
    /// The clauses this rule comes from ("community-council-a 14.3"); every answer that
    /// uses it cites them.
    pub cite: Vec<String>,
}

/// When a vote is by roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum RollCallWhen {
    /// Every vote is taken by roll call.
    Always,
    /// A vote is taken by roll call when `requestedBy` members present ask for it.
    OnRequest,
}

impl RollCallRule {
    /// The rule in words: "every vote is taken by roll call", "a vote is taken by roll
    /// call where 5 members ask for it".
    pub fn describe(&self) -> String {
        match (self.when, self.requested_by) {
            (RollCallWhen::Always, _) => "every vote is taken by roll call".to_string(),
            (RollCallWhen::OnRequest, n) => format!(
                "a vote is taken by roll call where {} ask for it",
                crate::wording::count(n.unwrap_or(1), "member")
            ),
        }
    }
}

/// The fields of `decisions` that schema version 1 did not have, where used.
pub fn version_2_fields(d: &DecisionRules) -> Vec<String> {
    let mut out = Vec::new();
    if d.mover_and_seconder.is_some() {
        out.push("decisions.moverAndSeconder".to_string());
    }
    if d.roll_call.is_some() {
        out.push("decisions.rollCall".to_string());
    }
    out
}

/// Problems with `decisions.moverAndSeconder` and `decisions.rollCall`, checked against the
/// seats the document names (where it names any).
pub fn validate_motions(p: &mut Problems, membership: &[Seat], d: &DecisionRules) {
    if let Some(m) = &d.mover_and_seconder {
        crate::checks::rule_citations(p, "decisions.moverAndSeconder.cite", &m.cite);
        let voters = membership.iter().filter(|s| s.has_vote()).count();
        if !membership.is_empty() && voters < 2 {
            p.push(
                ErrorCode::OutOfRange,
                "decisions.moverAndSeconder",
                format!(
                    "needs a mover and a different seconder, both with a vote, but the membership has {}",
                    crate::wording::count(voters, "seat with a vote")
                ),
            );
        }
    }
    let Some(r) = &d.roll_call else { return };
    crate::checks::rule_citations(p, "decisions.rollCall.cite", &r.cite);
    match (r.when, r.requested_by) {
        (RollCallWhen::Always, Some(_)) => p.push(
            ErrorCode::OutOfRange,
            "decisions.rollCall.requestedBy",
            "is only for a roll call on request: leave it out where every vote is by roll call",
        ),
        (RollCallWhen::OnRequest, None) => p.push(
            ErrorCode::OutOfRange,
            "decisions.rollCall.requestedBy",
            "must say how many members must ask for a roll call (5 in \"if five members so request\")",
        ),
        (RollCallWhen::OnRequest, Some(0)) => p.push(
            ErrorCode::OutOfRange,
            "decisions.rollCall.requestedBy",
            "must be at least 1",
        ),
        (RollCallWhen::OnRequest, Some(n)) => {
            let voters = membership.iter().filter(|s| s.has_vote() && !s.vacant).count();
            if !membership.is_empty() && u64::from(n) > voters as u64 {
                p.push(
                    ErrorCode::OutOfRange,
                    "decisions.rollCall.requestedBy",
                    format!(
                        "needs {} to ask, but the membership has only {} with a vote",
                        crate::wording::count(n, "member"),
                        voters
                    ),
                );
            }
        }
        (RollCallWhen::Always, None) => {}
    }
}
