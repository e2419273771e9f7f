//! Ready-to-minute wording for a declaration or a transparency statement.
//!
//! Names the member and the item where given, and leaves `[member]` and `[item]` for the
//! secretary to fill in where not: nothing is invented.

use super::answers::AssessmentInput;

/// The parts of a minute, from the input.
pub struct MinuteParts {
    member: String,
    item: String,
    kind: String,
    description: String,
}

impl MinuteParts {
    pub fn new(input: &AssessmentInput, description: &str) -> Self {
        let member = clean(input.member.as_deref()).unwrap_or_else(|| "[member]".to_string());
        let mut item = match clean(input.item.as_deref()) {
            Some(n) => format!("item {n}"),
            None => "[item]".to_string(),
        };
        if let Some(title) = clean(input.item_title.as_deref()) {
            item = format!("{item} ({title})");
        }
        let kind = match input.category.and_then(|c| c.interest_kind()) {
            Some(k) => crate::wording::article(&format!("{k} interest")),
            None => "an interest".to_string(),
        };
        let description = clean(Some(description)).unwrap_or_default();
        let description = description.trim_end_matches('.').to_string();
        MinuteParts {
            member,
            item,
            kind,
            description,
        }
    }

    /// Declared, and left for the item.
    pub fn withdraw(&self) -> String {
        let MinuteParts {
            member,
            item,
            kind,
            description,
        } = self;
        format!("{member} declared {kind} in {item} as {description}, and left the meeting for that item.")
    }

    /// Declared, and stayed under a dispensation granted in advance.
    pub fn dispensation(&self) -> String {
        let MinuteParts {
            member,
            item,
            kind,
            description,
        } = self;
        format!("{member} declared {kind} in {item} as {description}; a dispensation having been granted in advance, {member} remained and took part in the item.")
    }

    /// A connection stated for openness, not amounting to an interest.
    pub fn transparency(&self) -> String {
        let MinuteParts {
            member,
            item,
            description,
            ..
        } = self;
        format!("For transparency, {member} stated a connection to {item} as {description}, which does not amount to an interest requiring declaration, and took part in the item.")
    }
}

fn clean(value: Option<&str>) -> Option<String> {
    value
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}
