//! Constitutions: a partnership's written rules as a versioned, validated value.
//!
//! A constitution is plain data (JSON on the JavaScript side). Each rule carries `cite`,
//! the clauses it comes from, and engines copy those into every answer. Where a source
//! document is silent, the rule is absent (`quorum: null`) and a [`Note`]
//! says so, so that tools can tell the user instead of inventing a rule.
//!
//! Presets built from the source documents ship in [`presets`]; any other partnership
//! writes the same JSON and passes it wherever a preset id is accepted.
//!
//! ```
//! use quorate_core::constitution::{presets, validate};
//!
//! let mut own = presets::preset("clackmannanshire-2019").unwrap();
//! assert!(validate(&own).valid);
//! // A partnership's own constitution is checked the same way, every problem with its path.
//! own.id = String::new();
//! let report = validate(&own);
//! assert!(!report.valid);
//! assert!(report.problems.iter().any(|p| p.path == "id"));
//! assert!(presets::preset("nowhere-2030").is_err());
//! ```

mod model;
pub mod presets;
#[cfg(feature = "schema")]
mod schema;
mod source;
mod validate;

pub use model::*;
#[cfg(feature = "schema")]
pub use schema::{json_schema, json_schema_text, SCHEMA_FILE};
pub use source::ConstitutionSource;
pub use validate::{validate, ValidationReport};

#[cfg(test)]
mod migrate_tests;

/// The schema version this build writes. It also reads version 1, migrating it
/// ([`migrate`]).
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest schema version this build still reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// The note topic of the migration notice: every report that shows the constitution's
/// notes shows it first.
pub const SCHEMA_NOTE_TOPIC: &str = "schemaVersion";

/// The notice given where a version-1 constitution is read.
pub fn migration_notice(from: u32) -> String {
    format!(
        "Read as schema version {SCHEMA_VERSION}: this constitution was written for schema version {from}, \
         and its rules keep their meaning (a quorum's fraction is of the seats of its counting classes, \
         every seat of a voting class votes, and any member of the body may chair)."
    )
}

/// Bring a constitution of an older schema version to [`SCHEMA_VERSION`], adding the notice
/// as a note (topic `schemaVersion`) so that every report that uses it says so. Version 1
/// reads the same in version 2 (every version-2 field is optional and left out means the
/// version-1 rule), so only the version and the notice change. Returns whether it changed.
pub fn migrate(c: &mut Constitution) -> bool {
    if c.schema_version < OLDEST_SCHEMA_VERSION || c.schema_version >= SCHEMA_VERSION {
        return false;
    }
    c.notes.insert(
        0,
        Note {
            topic: SCHEMA_NOTE_TOPIC.to_string(),
            text: migration_notice(c.schema_version),
            cite: Vec::new(),
        },
    );
    c.schema_version = SCHEMA_VERSION;
    true
}
