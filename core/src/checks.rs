//! The checks every validation shares: required text, unique ids, a rule's citations.
//! Each pushes a [`Problem`](crate::Problem) with the field's path and never stops at the
//! first.

use crate::error::{ErrorCode, Problems};
use crate::limits::{MAX_CITATIONS, MAX_SHORT_TEXT};
use std::collections::BTreeSet;

/// A required piece of text: not blank, and at most `max` characters.
pub fn required_text(p: &mut Problems, path: &str, value: &str, max: usize) {
    if value.trim().is_empty() {
        p.push(ErrorCode::InvalidInput, path, "must not be empty");
    } else {
        at_most(p, path, value, max);
    }
}

/// Optional text, when given: at most `max` characters.
pub fn at_most(p: &mut Problems, path: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        p.push(ErrorCode::TooLarge, path, format!("is longer than {max} characters"));
    }
}

/// Where a rule comes from: at least one citation (`why` ends the message when there is
/// none), at most [`MAX_CITATIONS`], each a required text of at most `max` characters.
pub fn citations(p: &mut Problems, path: &str, cite: &[String], max: usize, why: &str) {
    if cite.is_empty() {
        p.push(
            ErrorCode::InvalidInput,
            path,
            format!("must cite at least one clause: {why}"),
        );
    } else if cite.len() > MAX_CITATIONS {
        p.push(
            ErrorCode::TooLarge,
            path,
            format!("cites more than {MAX_CITATIONS} clauses"),
        );
    }
    for (i, c) in cite.iter().enumerate() {
        required_text(p, &format!("{path}[{i}]"), c, max);
    }
}

/// Report every id that appears more than once, at the path of its second use.
pub fn unique_ids<'a>(p: &mut Problems, path: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            p.push(ErrorCode::InvalidInput, format!("{path}[{i}].id"), "must not be empty");
        } else if !seen.insert(id) {
            p.push(
                ErrorCode::DuplicateId,
                format!("{path}[{i}].id"),
                format!("\"{id}\" is used more than once"),
            );
        }
    }
}

/// A rule's citations as the gifts and openness sections check them.
pub fn rule_citations(p: &mut Problems, path: &str, cite: &[String]) {
    citations(
        p,
        path,
        cite,
        MAX_SHORT_TEXT,
        "every answer shows where its rule comes from",
    );
}
