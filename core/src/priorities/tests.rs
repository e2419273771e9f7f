//! Unit and property tests for the priority engine.
