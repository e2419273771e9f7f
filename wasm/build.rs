//! One data segment per static in the WebAssembly module (wasm-ld merges them by
//! default), so that scripts/split-wasm.mjs can drop, from an area's module, the strings
//! and tables only other areas' code reads (see `dropUnreadData` there).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=--no-merge-data-segments");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
