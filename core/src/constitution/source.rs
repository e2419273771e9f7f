//! Where an engine input names its constitution: a preset id or a whole constitution.

use super::{presets, validate, Constitution};
use crate::error::Error;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// `"clackmannanshire-2019"`, or a constitution object written by the partnership.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(untagged)]
pub enum ConstitutionSource {
    Preset(String),
    Custom(Box<Constitution>),
    /// A constitution validated once and held by a resident handle (the JavaScript
    /// `ConstitutionHandle` class, a scoring session), shared by every call made through it.
    /// Never read from JSON and never written: only Rust callers build it, with
    /// [`ConstitutionSource::resident`].
    #[serde(skip)]
    Resident(Arc<Constitution>),
}

impl ConstitutionSource {
    /// The constitution, validated (and migrated from schema version 1, with its notice).
    /// Errors carry paths under `constitution`. A resident
    /// constitution was validated when it was made and is lent, not copied.
    pub fn resolve(&self) -> Result<Cow<'_, Constitution>, Error> {
        match self {
            ConstitutionSource::Preset(id) => presets::preset(id)
                .map(Cow::Owned)
                .map_err(|e| e.within("constitution")),
            ConstitutionSource::Custom(c) => {
                validate::check(c).map_err(|e| e.within("constitution"))?;
                if c.schema_version < super::SCHEMA_VERSION {
                    let mut migrated = (**c).clone();
                    super::migrate(&mut migrated);
                    return Ok(Cow::Owned(migrated));
                }
                Ok(Cow::Borrowed(&**c))
            }
            ConstitutionSource::Resident(c) => Ok(Cow::Borrowed(&**c)),
        }
    }

    /// Resolve once (read the preset, or validate the custom constitution) and keep the
    /// result, so that every later call through it skips both.
    pub fn resident(&self) -> Result<ConstitutionSource, Error> {
        Ok(match self {
            ConstitutionSource::Resident(c) => ConstitutionSource::Resident(Arc::clone(c)),
            other => ConstitutionSource::Resident(Arc::new(other.resolve()?.into_owned())),
        })
    }
}

// Hand-written so that a malformed custom constitution reports the exact field at fault
// (`constitution.quorum.headcount.denominator`) instead of serde's "did not match any
// variant of untagged enum".
impl<'de> Deserialize<'de> for ConstitutionSource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct SourceVisitor;
        impl<'de> Visitor<'de> for SourceVisitor {
            type Value = ConstitutionSource;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(crate::json::CONSTITUTION_EXPECTING)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(ConstitutionSource::Preset(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let c = Constitution::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(ConstitutionSource::Custom(Box::new(c)))
            }
        }
        d.deserialize_any(SourceVisitor)
    }
}
