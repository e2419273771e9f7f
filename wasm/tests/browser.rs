#![cfg(target_arch = "wasm32")]
//! The boundary itself, in headless Chromium (through chromedriver).

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/mod.rs"]
mod common;

common::boundary_tests!();
common::resident_tests!();
