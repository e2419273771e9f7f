#![cfg(target_arch = "wasm32")]
//! The boundary itself, in Node: errors are real `Error`s with a code and path, and
//! inputs are read strictly (unknown fields refused, as natively).

#[path = "common/mod.rs"]
mod common;

common::boundary_tests!();
common::resident_tests!();
