//! # quorate (npm package)
//!
//! Thin WebAssembly bindings over `quorate-core`. Each module here mirrors one module of
//! the core; each export takes one plain JavaScript value (camelCase) and returns a
//! plain object, or throws a [`QuorateError`](boundary::throwable).
//!
//! ```js
//! import init, { checkQuorum } from "quorate";
//! await init();
//! const report = checkQuorum({
//!   constitution: "clackmannanshire-2019",
//!   attendance: { members: [{ seat: "council-leader", status: "present" }] },
//! });
//! report.summary; // "Not quorate: 1 present who count, 5 needed, 4 more needed (…)."
//! report.citations; // ["clackmannanshire-2019 B2.1"]
//! ```

mod boundary;
pub mod calendar;
pub mod conduct;
pub mod constitution;
pub mod gifts;
pub mod meeting;
pub mod openness;
pub mod priorities;
pub mod resident;
