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

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
