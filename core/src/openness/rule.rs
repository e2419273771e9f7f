//! The openness section of a constitution (`constitution.openness`).
//!
//! Business is public by default (Inverclyde 4.5.1, 7.2; Clackmannanshire B7.1, B7.2).
//! Each exception is a kind of information with what it does to the item: Inverclyde's
//! are "always discussed in private" (4.5.2, `mustBePrivate`); Clackmannanshire's let the
//! Chair direct the public to leave (B7.3, `chairMayExclude`). An exception may hold only
//! under a condition in the document's words (`onlyIf`: commercial information "only where
//! the release of such information would prejudice the negotiations"). Special meetings
//! may be left to the Chair (B7.4).

use crate::checks::{self, rule_citations as check_cite};
use crate::error::{ErrorCode, Problems};
use crate::limits::MAX_LONG_TEXT;
use serde::{Deserialize, Serialize};

/// A partnership's rules on public and private business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessRule {
    /// The default, that business is public, in the document's words.
    pub default_public: OpennessText,
    /// The kinds of information that take an item out of public, in the document's order.
    pub exceptions: Vec<OpennessException>,
    /// Who is asked to leave for private business, in the document's words.
    #[serde(default)]
    pub who_leaves: Option<OpennessText>,
    /// Special meetings: the Chair decides whether they are open (Clackmannanshire B7.4).
    /// `null` where the constitution has no separate rule for them.
    #[serde(default)]
    pub special_meetings: Option<OpennessText>,
}

/// A rule in the document's words, with its clauses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessText {
    /// The document's words.
    pub text: String,
    /// The clauses the words come from.
    pub cite: Vec<String>,
}

/// One kind of information that takes an item out of public.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpennessException {
    /// What an agenda item names to claim it (`commercialInformation`).
    pub id: String,
    /// Short name ("Commercial or business information").
    pub name: String,
    /// What it covers, in the document's words.
    pub description: String,
    /// What may happen to the item: the public may be excluded, or the Chair decides.
    pub effect: OpennessEffect,
    /// What happens to the item's papers.
    pub papers: PaperAccess,
    /// A condition that must also hold, in the document's words ("the release of such
    /// information would prejudice the negotiations"); `null` when there is none.
    #[serde(default)]
    pub only_if: Option<String>,
    /// The clauses this rule comes from ("clackmannanshire-2019 B2.1"); every answer that uses it cites them.
    pub cite: Vec<String>,
}

/// What an exception does to the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum OpennessEffect {
    /// The Chair may direct the public to leave for the item (Clackmannanshire B7.3).
    ChairMayExclude,
    /// The item is always taken in private (Inverclyde 4.5.2).
    MustBePrivate,
}

/// Whether the papers for the item are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum PaperAccess {
    Public,
    /// The papers may be restricted (Clackmannanshire B7.1).
    MayBeRestricted,
    /// The papers are not published with the public business.
    Restricted,
}

impl PaperAccess {
    pub fn describe(self) -> &'static str {
        match self {
            PaperAccess::Public => "the papers are public",
            PaperAccess::MayBeRestricted => "the papers may be restricted",
            PaperAccess::Restricted => "the papers are not published with the public business",
        }
    }
}

/// At most this many exceptions in a constitution, or matters on an item.
pub const MAX_EXCEPTIONS: usize = 100;
/// The longest exception id.
const MAX_EXCEPTION_ID: usize = 100;

/// Problems with an openness section, with paths under `openness`.
pub fn validate(p: &mut Problems, o: &OpennessRule) {
    text(p, "openness.defaultPublic", &o.default_public);
    if let Some(w) = &o.who_leaves {
        text(p, "openness.whoLeaves", w);
    }
    if let Some(s) = &o.special_meetings {
        text(p, "openness.specialMeetings", s);
    }
    if o.exceptions.len() > MAX_EXCEPTIONS {
        p.push(
            ErrorCode::TooLarge,
            "openness.exceptions",
            format!("at most {MAX_EXCEPTIONS} exceptions are accepted"),
        );
        return;
    }
    checks::unique_ids(p, "openness.exceptions", o.exceptions.iter().map(|e| e.id.as_str()));
    for (i, e) in o.exceptions.iter().enumerate() {
        let at = format!("openness.exceptions[{i}]");
        checks::at_most(p, &format!("{at}.id"), &e.id, MAX_EXCEPTION_ID);
        words(p, &format!("{at}.name"), &e.name);
        words(p, &format!("{at}.description"), &e.description);
        if let Some(c) = &e.only_if {
            words(p, &format!("{at}.onlyIf"), c);
        }
        check_cite(p, &format!("{at}.cite"), &e.cite);
    }
}

fn text(p: &mut Problems, path: &str, t: &OpennessText) {
    words(p, &format!("{path}.text"), &t.text);
    check_cite(p, &format!("{path}.cite"), &t.cite);
}

fn words(p: &mut Problems, path: &str, value: &str) {
    checks::required_text(p, path, value, MAX_LONG_TEXT);
}
