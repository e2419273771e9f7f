//! Every engine on arbitrary input: the first line names the function (a JavaScript
//! export name, as in the scenario files), the rest is the input as JSON text, exactly as
//! the WebAssembly boundary reads it. Any panic is a bug: in the WebAssembly build
//! (`panic = "abort"`) it would trap the instance.
#![no_main]

#[path = "../../core/tests/scenarios/dispatch.rs"]
mod dispatch;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (function, json) = text.split_once('\n').unwrap_or((text, ""));
    // Parse as a value first (as JSON.stringify output always parses), then dispatch.
    if let Ok(input) = serde_json::from_str::<serde_json::Value>(json) {
        let _ = dispatch::dispatch(function, &input);
    }
});
