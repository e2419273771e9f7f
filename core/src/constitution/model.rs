//! The constitution schema (version 2; version 1 is read and migrated, see `migrate`).

use crate::calendar::cadence::CadenceRule;
use crate::conduct::InterestsRule;
use crate::gifts::GiftsRule;
use crate::meeting::{AbsenceRule, ChairRule, ConflictRule, DecisionRules, QuorumRule, Seat, SubstituteRule};
use crate::openness::OpennessRule;
use crate::reason::Reason;
use serde::{Deserialize, Serialize};

/// A partnership's rules. See the module docs and `core/presets/*.json` for examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Constitution {
    /// 2 for this version of the schema; a version-1 constitution is read and migrated to
    /// 2, with a notice in every report that uses it.
    pub schema_version: u32,
    /// Short stable id, used as the prefix of every citation (`clackmannanshire-2019`).
    pub id: String,
    pub name: String,
    pub source: SourceDocument,
    /// Interpretations and silences of the source, by topic (`quorum`, `voting`, …).
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The board and its sub-groups.
    pub bodies: Vec<Body>,
    /// The seats the source document names. A meeting's roster is an input and may differ
    /// (Clackmannanshire does not fix the number of council chief officers).
    #[serde(default)]
    pub membership: Vec<Seat>,
    /// `null` where the constitution sets no quorum.
    pub quorum: Option<QuorumRule>,
    pub substitutes: SubstituteRule,
    pub chair: ChairRule,
    pub decisions: DecisionRules,
    pub conflicts: ConflictRule,
    /// `null` where the constitution says nothing about repeated absence.
    #[serde(default)]
    pub absence: Option<AbsenceRule>,
    /// Deadlines before a meeting (papers, agenda items), each with its unit and clause;
    /// `null` where the constitution sets no notice period.
    #[serde(default)]
    pub notice_periods: Option<Vec<crate::calendar::NoticePeriod>>,
    /// The partnership's own closure days, not working days like bank holidays; `null`
    /// where the constitution lists none.
    #[serde(default)]
    pub local_closures: Option<Vec<crate::calendar::LocalClosure>>,
    /// How priorities are chosen: the criteria set, its gates and the portfolio limit.
    /// `null` where the constitution sets no priority-selection method.
    #[serde(default)]
    pub priorities: Option<crate::priorities::PrioritySelection>,
    /// Gifts and hospitality; `null` where the constitution sets no gifts rule.
    #[serde(default)]
    pub gifts: Option<GiftsRule>,
    /// Public or private business; `null` where the constitution sets no openness rule.
    #[serde(default)]
    pub openness: Option<OpennessRule>,
    /// Declaring and registering interests: the self-assessment questions in the
    /// partnership's words; `null` where the constitution sets no such rule.
    #[serde(default)]
    pub interests: Option<InterestsRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceDocument {
    pub title: String,
    /// When the document was agreed or revised, as written in it ("March 2019").
    #[serde(default)]
    pub date: Option<String>,
}

/// A note on how the source was read, or what it leaves unsaid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Note {
    /// What the note is about: `quorum`, `voting`, `membership`, `chair`, …
    pub topic: String,
    pub text: String,
    pub cite: Vec<String>,
}

impl Note {
    pub fn reason(&self) -> Reason {
        Reason {
            text: self.text.clone(),
            cite: self.cite.clone(),
        }
    }
}

/// The board or one of its sub-groups, with how often it must meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub cadence: Vec<CadenceRule>,
}

impl Constitution {
    /// The notes on one topic, as reasons to show beside an answer, after the notice of a
    /// migration from an older schema version, if any.
    pub fn notes_on(&self, topic: &str) -> Vec<Reason> {
        let mut notes = self.schema_notes();
        notes.extend(self.topic_notes(topic));
        notes
    }

    /// The notes on one topic only.
    pub fn topic_notes(&self, topic: &str) -> Vec<Reason> {
        self.notes
            .iter()
            .filter(|n| n.topic == topic)
            .map(Note::reason)
            .collect()
    }

    /// The notice of a migration from an older schema version (empty for a version-2
    /// constitution).
    pub fn schema_notes(&self) -> Vec<Reason> {
        self.topic_notes(super::SCHEMA_NOTE_TOPIC)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The body named `id`, or the first body (the board) when none is named. When there
    /// is no such body, `Err` lists the bodies there are ("board, soa-programme-board"),
    /// for the engine's message.
    pub fn body_or_first(&self, id: Option<&str>) -> Result<&Body, String> {
        match id {
            Some(id) => self.body(id),
            None => self.bodies.first(),
        }
        .ok_or_else(|| {
            let ids: Vec<&str> = self.bodies.iter().map(|b| b.id.as_str()).collect();
            ids.join(", ")
        })
    }
}
