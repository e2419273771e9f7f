//! Checking an agenda against a member's register: which items touch which registered
//! interests, and where the self-assessment should start for each.
//!
//! A registered interest is itself a connection (Model Code of Conduct, declaration
//! stage 1), so an item that names an organisation, person or keyword from the register
//! starts the assessment with the connection stage answered. Matching is on whole words,
//! ignoring case and punctuation ("Clacks Business" matches "clacks-business" but not
//! "Clacks Businesses Forum"); an item with no match may still touch a connection the
//! register does not hold (family, friends), and the report says so.

use super::answers::Answers;
use super::register::{check_register, shown, Register, RegisterCategory, RegisterEntry};
use super::rule::QuestionId;
use crate::checks::unique_ids;
use crate::constitution::ConstitutionSource;
use crate::error::{Error, ErrorCode, Problems};
use crate::limits::MAX_LONG_TEXT;
use crate::reason::{Citations, Reason};
use crate::Answer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// At most this many agenda items.
pub const MAX_ITEMS: usize = 100;
/// At most this many organisations named by one item.
pub const MAX_ITEM_ORGANISATIONS: usize = 50;

/// `checkAgendaAgainstRegister`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaCheckInput {
    pub constitution: ConstitutionSource,
    pub register: Register,
    pub agenda: Vec<ItemOfBusiness>,
}

/// One item of business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemOfBusiness {
    /// The item's number or id as the agenda gives it ("5", "5a").
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub description: Option<String>,
    /// Organisations the item concerns (an applicant, a contractor, a funded project).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub organisations: Vec<String>,
}

/// Where a term was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum ItemField {
    Title,
    Description,
    Organisations,
}

impl ItemField {
    fn describe(self) -> &'static str {
        match self {
            ItemField::Title => "title",
            ItemField::Description => "description",
            ItemField::Organisations => "organisations",
        }
    }
}

/// A register term found in an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct TermMatch {
    pub term: String,
    pub field: ItemField,
}

/// A register entry an item touches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct EntryMatch {
    /// The entry's id in the register.
    pub entry: String,
    pub category: RegisterCategory,
    pub description: String,
    pub found: Vec<TermMatch>,
    pub reason: Reason,
}

/// The starting point of the self-assessment for one item: pass these fields, with the
/// constitution, to `assessConflict`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentStart {
    pub member: String,
    pub item: String,
    pub item_title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub category: Option<RegisterCategory>,
    pub answers: Answers,
}

/// One item's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ItemCheck {
    pub item: String,
    pub title: String,
    /// Whether any registered interest is named by the item.
    pub touched: bool,
    pub matches: Vec<EntryMatch>,
    pub reasons: Vec<Reason>,
    pub start: AssessmentStart,
}

/// The result of `checkAgendaAgainstRegister`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct AgendaCheckReport {
    pub items: Vec<ItemCheck>,
    /// Items touching at least one registered interest.
    pub touched: u32,
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Which agenda items touch which registered interests.
pub fn check_agenda_against_register(input: &AgendaCheckInput) -> Result<AgendaCheckReport, Error> {
    let c = input.constitution.resolve()?;
    check_register(&input.register, "register")?;
    check_agenda(&input.agenda)?;
    let (connection_cite, declare_cite) = match &c.interests {
        Some(rule) => (rule.register.connection_cite.clone(), rule.declare_cite.clone()),
        None => (Vec::new(), Vec::new()),
    };
    let mut cites = Citations::new();
    let mut notes = c.notes_on("register");
    if c.interests.is_none() {
        notes.push(Reason::new(
            "This constitution sets no rule on registering or declaring interests; the matches below are for information.",
            &[],
        ));
    }
    cites.add_reasons(&notes);
    let context = Context {
        register: &input.register,
        terms: terms(&input.register),
        member: input.register.member.trim().to_string(),
        own_organisation: input.register.organisation.as_deref().map(normalise),
        connection_cite,
        declare_cite,
        own_cite: c
            .interests
            .as_ref()
            .and_then(|r| r.question(QuestionId::OwnOrganisationOnly))
            .map(|q| q.cite.clone())
            .unwrap_or_default(),
    };
    let mut items = Vec::new();
    for item in &input.agenda {
        let check = context.check(item);
        cites.add_reasons(&check.reasons);
        items.push(check);
    }
    let touched = items.iter().filter(|i| i.touched).count();
    let summary = match touched {
        0 if items.len() == 1 => "The item names nothing in the register.".to_string(),
        0 => format!("None of the {} items names anything in the register.", items.len()),
        1 => format!(
            "1 of {} touches a registered interest: start the self-assessment there.",
            crate::wording::count(items.len(), "item")
        ),
        n => format!(
            "{n} of {} items touch registered interests: start the self-assessment there.",
            items.len()
        ),
    };
    Ok(AgendaCheckReport {
        touched: u32::try_from(touched).unwrap_or(u32::MAX),
        items,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// A register term (an organisation or keyword) and its normalised form.
struct Term {
    term: String,
    needle: String,
}

/// Every entry's terms, normalised once; blank ones dropped.
fn terms(register: &Register) -> Vec<Vec<Term>> {
    register
        .entries
        .iter()
        .map(|e| {
            e.organisations
                .iter()
                .chain(&e.keywords)
                .map(|t| Term {
                    term: t.clone(),
                    needle: normalise(t),
                })
                .filter(|t| !t.needle.trim().is_empty())
                .collect()
        })
        .collect()
}

/// An item's text to search, normalised: title, description, and each organisation
/// separately, so that a term never spans two of them.
fn fields(item: &ItemOfBusiness) -> Vec<(ItemField, String)> {
    let mut fields = vec![
        (ItemField::Title, normalise(&item.title)),
        (
            ItemField::Description,
            normalise(item.description.as_deref().unwrap_or("")),
        ),
    ];
    fields.extend(
        item.organisations
            .iter()
            .map(|o| (ItemField::Organisations, normalise(o))),
    );
    fields
}

/// The terms of one entry found in an item's fields (`words`: every word of them), each
/// once, with the first field it is in.
fn found(fields: &[(ItemField, String)], words: &BTreeSet<&str>, terms: &[Term]) -> Vec<TermMatch> {
    let mut found = Vec::new();
    for Term { term, needle } in terms {
        // Cheap test first: a term can only match if every one of its words is in the item.
        if !needle.split_whitespace().all(|w| words.contains(w)) {
            continue;
        }
        if let Some((field, _)) = fields.iter().find(|(_, hay)| hay.contains(needle.as_str())) {
            if !found.iter().any(|f: &TermMatch| &f.term == term) {
                found.push(TermMatch {
                    term: term.clone(),
                    field: *field,
                });
            }
        }
    }
    found
}

/// What every item is checked with: the register, its terms, and the clauses.
struct Context<'a> {
    register: &'a Register,
    terms: Vec<Vec<Term>>,
    member: String,
    own_organisation: Option<String>,
    connection_cite: Vec<String>,
    declare_cite: Vec<String>,
    own_cite: Vec<String>,
}

impl Context<'_> {
    /// One item: the entries it touches, and where its self-assessment starts.
    fn check(&self, item: &ItemOfBusiness) -> ItemCheck {
        let fields = fields(item);
        let words: BTreeSet<&str> = fields.iter().flat_map(|(_, hay)| hay.split_whitespace()).collect();
        let matches: Vec<EntryMatch> = self
            .register
            .entries
            .iter()
            .zip(&self.terms)
            .filter_map(|(entry, terms)| {
                let found = found(&fields, &words, terms);
                (!found.is_empty()).then(|| self.entry_match(item, entry, found))
            })
            .collect();
        let touched = !matches.is_empty();
        let mut reasons: Vec<Reason> = matches.iter().map(|m| m.reason.clone()).collect();
        if let Some(own) = matches
            .iter()
            .flat_map(|m| &m.found)
            .find(|f| self.own_organisation.as_deref() == Some(normalise(&f.term).as_str()))
        {
            reasons.push(Reason::new(
                format!("\"{}\" is the organisation you represent on the partnership: if that is your only connection to the item, it is not by itself a conflict of interest.", own.term),
                &self.own_cite,
            ));
        }
        let answers = if touched {
            reasons.push(Reason::new(
                "The self-assessment starts with the connection answered; the interest stage decides whether to declare it.",
                &self.declare_cite,
            ));
            connected(&matches)
        } else {
            reasons.push(Reason::new(
                format!("Item {} names nothing in your register. You may still have a connection the register does not hold (family, friends, a social or professional contact): the self-assessment starts at the connection question.", item.id),
                &self.connection_cite,
            ));
            Answers::default()
        };
        ItemCheck {
            item: item.id.clone(),
            title: item.title.clone(),
            touched,
            start: AssessmentStart {
                member: self.member.clone(),
                item: item.id.clone(),
                item_title: item.title.clone(),
                category: matches.first().map(|m| m.category),
                answers,
            },
            matches,
            reasons,
        }
    }

    /// An entry the item touches, with the terms found and why it is a connection.
    fn entry_match(&self, item: &ItemOfBusiness, entry: &RegisterEntry, found: Vec<TermMatch>) -> EntryMatch {
        let named: Vec<String> = found
            .iter()
            .map(|f| format!("\"{}\" (in its {})", f.term, f.field.describe()))
            .collect();
        let reason = Reason::new(
            format!(
                "Item {} names {}, which your register entry \"{}\" ({}) names: a registered interest is a connection to the item.",
                item.id,
                named.join(", "),
                shown(&entry.description),
                entry.category.label()
            ),
            &self.connection_cite,
        );
        EntryMatch {
            entry: entry.id.clone(),
            category: entry.category,
            description: entry.description.clone(),
            found,
            reason,
        }
    }
}

/// The answers a touched item's self-assessment starts with: the connection, described
/// by the entries it touches.
fn connected(matches: &[EntryMatch]) -> Answers {
    let described: Vec<String> = matches.iter().map(|m| m.description.trim().to_string()).collect();
    let mut description = described.join("; ");
    if description.chars().count() > MAX_LONG_TEXT {
        description = crate::wording::cut(&description, MAX_LONG_TEXT);
    }
    Answers {
        connection: Some(Answer::Yes),
        connection_description: Some(description),
        ..Answers::default()
    }
}

fn check_agenda(agenda: &[ItemOfBusiness]) -> Result<(), Error> {
    let mut p = Problems::new();
    if agenda.len() > MAX_ITEMS {
        p.push(
            ErrorCode::TooLarge,
            "agenda",
            format!("has {} items; at most {MAX_ITEMS} are accepted", agenda.len()),
        );
        return p.into_input_result("The agenda is not valid");
    }
    unique_ids(&mut p, "agenda", agenda.iter().map(|i| i.id.as_str()));
    for (i, item) in agenda.iter().enumerate() {
        let path = format!("agenda[{i}]");
        let long = |v: &str, max: usize| v.chars().count() > max;
        if long(&item.id, 50) {
            p.push(
                ErrorCode::TooLarge,
                format!("{path}.id"),
                "is longer than 50 characters",
            );
        }
        if item.title.trim().is_empty() {
            p.push(ErrorCode::InvalidInput, format!("{path}.title"), "must not be empty");
        } else if long(&item.title, 500) {
            p.push(
                ErrorCode::TooLarge,
                format!("{path}.title"),
                "is longer than 500 characters",
            );
        }
        if item.description.as_deref().is_some_and(|d| long(d, 5_000)) {
            p.push(
                ErrorCode::TooLarge,
                format!("{path}.description"),
                "is longer than 5000 characters",
            );
        }
        if item.organisations.len() > MAX_ITEM_ORGANISATIONS {
            p.push(
                ErrorCode::TooLarge,
                format!("{path}.organisations"),
                format!("names more than {MAX_ITEM_ORGANISATIONS} organisations"),
            );
        } else if let Some(j) = item.organisations.iter().position(|o| long(o, 200)) {
            p.push(
                ErrorCode::TooLarge,
                format!("{path}.organisations[{j}]"),
                "is longer than 200 characters",
            );
        }
    }
    p.into_input_result("The agenda is not valid")
}

/// Lower case, letters and digits only, single spaces, padded with a space each side so
/// that `contains` matches whole words.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn matches_whole_words_only() {
        let hay = normalise("Funding for Clacks-Business Forum (2026)");
        assert!(hay.contains(&normalise("clacks business")));
        assert!(hay.contains(&normalise("Forum")));
        assert!(!hay.contains(&normalise("Clacks Bus")));
        assert!(!hay.contains(&normalise("Businesses")));
    }
}
