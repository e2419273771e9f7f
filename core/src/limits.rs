//! Upper bounds on input, each named once. They keep every engine's work small and sit far
//! above any real partnership; input beyond one is refused with `TOO_LARGE` (or, for a
//! number, `OUT_OF_RANGE`), never cut short silently.
//!
//! Text limits count characters (not bytes), as their messages say.

/// Seats on a roster or in a constitution's membership.
pub const MAX_SEATS: usize = 1_000;
/// Clauses one rule may cite.
pub const MAX_CITATIONS: usize = 50;

/// A constitution's own text: its name, titles, notes and priority criteria.
pub const MAX_DOCUMENT_TEXT: usize = 10_000;
/// A question of the interests section in the partnership's words, its help, and each of
/// its citations.
pub const MAX_QUESTION_TEXT: usize = 4_000;
/// Longer free text: an openness exception's name, description and texts; a member's
/// answer in the self-assessment; a registered interest's description.
pub const MAX_LONG_TEXT: usize = 2_000;
/// Shorter free text: the gifts section's wording and citations, an offer's description and
/// giver, an agenda item's title (openness).
pub const MAX_SHORT_TEXT: usize = 1_000;

/// Shape problems (wrong types, unknown or missing fields) reported for one input: the
/// reader finds each by reading the input again without the last one (`json::from_str`).
pub const MAX_SHAPE_PROBLEMS: usize = 50;

/// How much of a value a message quotes back.
pub mod shown {
    /// A value that could not be read (a date, a CSV cell).
    pub const VALUE: usize = 40;
    /// An id that names nothing (a seat, a body, a preset, an exception, a criterion).
    pub const ID: usize = 60;
    /// A name or description quoted in a message.
    pub const NAME: usize = 80;
}
