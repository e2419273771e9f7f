//! Prints the constitution's JSON Schema (`quorate_core::constitution::json_schema`), or
//! writes it to each path given: `constitution-schema wasm/pkg/constitution.schema.json`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let text = quorate_core::constitution::json_schema_text();
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        print!("{text}");
    }
    for path in paths {
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("constitution-schema: cannot write {path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
