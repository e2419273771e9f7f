//! The constitution's JSON Schema (draft 2020-12), generated from the Rust types with
//! `schemars` (feature `schema`): every field's description is its doc comment, so that
//! an editor that reads the schema (VS Code, with `"$schema"` in the file) explains each
//! field as it is typed. It describes the shape the reader accepts; rules that a schema
//! cannot state (unique ids, references between sections, a quorum that the membership
//! can reach) are checked by [`super::validate`] alone.
//!
//! `cargo run -p quorate-core --features schema --bin constitution-schema` prints it; the
//! build writes it into the npm package (`quorate/constitution.schema.json`) and the demo
//! site, and `core/constitution.schema.json` is the committed copy (a test fails when it
//! differs from the generated one).

use super::Constitution;
use schemars::generate::SchemaSettings;
use serde_json::Value;

/// Where the published schema lives, for its `$id`.
pub const SCHEMA_FILE: &str = "constitution.schema.json";

/// The constitution's JSON Schema as a JSON value.
pub fn json_schema() -> Value {
    let mut schema = SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator()
        .into_root_schema_for::<Constitution>();
    schema.insert("title".into(), Value::from("Quorate constitution"));
    schema.insert("$comment".into(), Value::from(format!(
        "Generated from quorate-core {} (cargo run -p quorate-core --features schema --bin constitution-schema); do not edit.",
        env!("CARGO_PKG_VERSION")
    )));
    schema.to_value()
}

/// [`json_schema`] as the text of the published file: pretty, with a final newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}
