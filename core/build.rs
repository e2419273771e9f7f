//! Writes the presets (`presets/*.json`, pretty-printed for people) into `OUT_DIR`
//! without their whitespace, for `include_str!` in `constitution/presets.rs`: the
//! binary carries them compact.

use std::{env, fs, path::Path};

/// `text` without the whitespace between JSON tokens (what is inside strings is kept).
fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => escaped = false,
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for id in ["clackmannanshire-2019", "inverclyde-mou"] {
        let source = format!("presets/{id}.json");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).expect("read a preset");
        fs::write(Path::new(&out).join(format!("{id}.json")), minify(&text)).expect("write a preset");
    }
}
