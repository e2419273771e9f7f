//! An agenda item as the openness check reads it: which kinds of information it holds,
//! by the constitution's exception ids, and what kind of meeting it is on.

use super::rule::{OpennessRule, MAX_EXCEPTIONS};
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::{shown, MAX_SHORT_TEXT};
use crate::wording::cut;
use crate::Answer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The input of `checkOpenness`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessInput {
    pub constitution: ConstitutionSource,
    pub item: OpennessItem,
}

/// One agenda item. With no `matters`, the item is ordinary business.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub title: Option<String>,
    /// A regular meeting, or a special meeting called outwith the schedule. Default: regular.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub meeting: OpennessMeeting,
    /// The kinds of information the item holds, each an exception id of the constitution.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub matters: Vec<OpennessMatter>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum OpennessMeeting {
    #[default]
    Regular,
    Special,
}

/// The item holds information of one exception's kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessMatter {
    /// The exception's id in the constitution (`commercialInformation`).
    pub exception: String,
    /// For an exception with an `onlyIf` condition: whether it holds. Leave out, or
    /// answer `unsure`, and the report lists it as an open question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub condition_met: Option<Answer>,
}

/// For each matter, the index of its exception in the rule.
pub(super) fn resolve(rule: &OpennessRule, item: &OpennessItem) -> Result<Vec<usize>, Error> {
    if item.matters.len() > MAX_EXCEPTIONS {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "item.matters",
            format!("at most {MAX_EXCEPTIONS} matters are accepted"),
        ));
    }
    let mut p = Problems::new();
    if let Some(t) = &item.title {
        crate::checks::at_most(&mut p, "item.title", t, MAX_SHORT_TEXT);
    }
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for (i, m) in item.matters.iter().enumerate() {
        let at = format!("item.matters[{i}]");
        let Some(index) = rule.exceptions.iter().position(|e| e.id == m.exception) else {
            let shown = cut(&m.exception, shown::ID);
            let ids: Vec<&str> = rule.exceptions.iter().map(|e| e.id.as_str()).collect();
            p.push(
                ErrorCode::UnknownReference,
                format!("{at}.exception"),
                format!(
                    "this constitution has no exception \"{shown}\"; its exceptions are {}",
                    if ids.is_empty() {
                        "none".to_string()
                    } else {
                        ids.join(", ")
                    }
                ),
            );
            continue;
        };
        if !seen.insert(index) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{at}.exception"),
                format!("\"{}\" is named more than once", m.exception),
            );
            continue;
        }
        if m.condition_met.is_some() && rule.exceptions.get(index).is_some_and(|e| e.only_if.is_none()) {
            p.push(
                ErrorCode::InvalidInput,
                format!("{at}.conditionMet"),
                format!(
                    "\"{}\" has no condition in this constitution: leave conditionMet out",
                    m.exception
                ),
            );
        }
        found.push(index);
    }
    p.into_input_result("The agenda item cannot be checked")?;
    Ok(found)
}
