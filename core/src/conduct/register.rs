//! A member's register of interests in the nine categories of the Model Code of
//! Conduct, and its validation.
//!
//! Each entry says what the interest is in the member's words (`description`) and which
//! organisations, people or keywords it names: those are what the agenda check looks
//! for, so an entry that names "Clacks Business Ltd" is found in an item about Clacks
//! Business. Lists are kept plain (no `;`, no leading or trailing spaces) so that a
//! register survives a round trip through a spreadsheet exactly.

use crate::checks::{at_most, required_text as name, unique_ids};
use crate::constitution::ConstitutionSource;
use crate::error::{join_path, Error, ErrorCode, Problem, Problems};
use crate::limits::{shown, MAX_LONG_TEXT};
use crate::reason::{Citations, Reason};
use serde::{Deserialize, Serialize};

/// At most this many entries in one member's register.
pub const MAX_ENTRIES: usize = 200;
/// At most this many organisations plus keywords in one entry.
pub const MAX_TERMS_PER_ENTRY: usize = 20;
/// At most this many organisations plus keywords in the whole register (bounds the
/// agenda check's work).
pub const MAX_TERMS: usize = 1_000;
/// Longest name, organisation or keyword.
pub const MAX_NAME: usize = 200;
/// Longest description.
/// Shortest organisation or keyword that is matched (shorter ones match too much).
pub const MIN_TERM: usize = 2;

/// The nine categories of registrable interest (Model Code of Conduct, section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub enum RegisterCategory {
    Remuneration,
    OtherRoles,
    Contracts,
    ElectionExpenses,
    HousesLandAndBuildings,
    SharesAndSecurities,
    GiftsAndHospitality,
    NonFinancialInterests,
    CloseFamilyMembers,
}

impl RegisterCategory {
    pub const ALL: [RegisterCategory; 9] = [
        RegisterCategory::Remuneration,
        RegisterCategory::OtherRoles,
        RegisterCategory::Contracts,
        RegisterCategory::ElectionExpenses,
        RegisterCategory::HousesLandAndBuildings,
        RegisterCategory::SharesAndSecurities,
        RegisterCategory::GiftsAndHospitality,
        RegisterCategory::NonFinancialInterests,
        RegisterCategory::CloseFamilyMembers,
    ];

    /// The wire name (`housesLandAndBuildings`), also used in CSV files.
    pub fn name(self) -> &'static str {
        match self {
            RegisterCategory::Remuneration => "remuneration",
            RegisterCategory::OtherRoles => "otherRoles",
            RegisterCategory::Contracts => "contracts",
            RegisterCategory::ElectionExpenses => "electionExpenses",
            RegisterCategory::HousesLandAndBuildings => "housesLandAndBuildings",
            RegisterCategory::SharesAndSecurities => "sharesAndSecurities",
            RegisterCategory::GiftsAndHospitality => "giftsAndHospitality",
            RegisterCategory::NonFinancialInterests => "nonFinancialInterests",
            RegisterCategory::CloseFamilyMembers => "closeFamilyMembers",
        }
    }

    /// The category's heading in the Model Code.
    pub fn label(self) -> &'static str {
        match self {
            RegisterCategory::Remuneration => "Category One: Remuneration",
            RegisterCategory::OtherRoles => "Category Two: Other roles",
            RegisterCategory::Contracts => "Category Three: Contracts",
            RegisterCategory::ElectionExpenses => "Category Four: Election expenses",
            RegisterCategory::HousesLandAndBuildings => "Category Five: Houses, land and buildings",
            RegisterCategory::SharesAndSecurities => "Category Six: Shares and securities",
            RegisterCategory::GiftsAndHospitality => "Category Seven: Gifts and hospitality",
            RegisterCategory::NonFinancialInterests => "Category Eight: Non-financial interests",
            RegisterCategory::CloseFamilyMembers => "Category Nine: Close family members",
        }
    }

    /// The kind of interest a connection in this category is, for the minute
    /// ("declared a financial interest"); `None` where the category does not say.
    pub fn interest_kind(self) -> Option<&'static str> {
        match self {
            RegisterCategory::NonFinancialInterests => Some("non-financial"),
            RegisterCategory::CloseFamilyMembers | RegisterCategory::OtherRoles => None,
            _ => Some("financial"),
        }
    }

    pub fn from_name(name: &str) -> Option<RegisterCategory> {
        RegisterCategory::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// One member's register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Register {
    /// The member's name as minutes give it.
    pub member: String,
    /// The organisation or sector the member represents on the partnership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub organisation: Option<String>,
    pub entries: Vec<RegisterEntry>,
}

/// One registered interest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterEntry {
    /// Unique within the register (`r1`, `shares-acme`).
    pub id: String,
    pub category: RegisterCategory,
    /// The interest in the member's words ("Director, Clacks Business Ltd (unpaid)").
    pub description: String,
    /// Organisations and people the interest is with, matched against agenda items.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub organisations: Vec<String>,
    /// Other words that identify it: a place, a project, a street.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub keywords: Vec<String>,
}

/// `validateRegister`: a register and the constitution whose rules apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterInput {
    pub constitution: ConstitutionSource,
    pub register: Register,
}

/// How many entries a register has in one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CategoryCount {
    pub category: RegisterCategory,
    pub label: String,
    pub entries: u32,
}

/// The result of `validateRegister`: valid, or every problem with its path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct RegisterReport {
    pub valid: bool,
    /// Every problem, each with a stable code and the path (`register.entries[2].organisations[0]`).
    pub problems: Vec<Problem>,
    /// All nine categories, in the Model Code's order, with the number of entries
    /// ("none" is an answer a register must be able to give).
    pub categories: Vec<CategoryCount>,
    pub reasons: Vec<Reason>,
    /// What the constitution says (or leaves unsaid) about registering interests.
    pub notes: Vec<Reason>,
    pub summary: String,
    pub citations: Vec<String>,
}

/// Validate a member's register. Never fails for a bad register: that is what it reports.
pub fn validate_register(input: &RegisterInput) -> Result<RegisterReport, Error> {
    let c = input.constitution.resolve()?;
    let problems = problems(&input.register, "register").into_vec();
    let mut cites = Citations::new();
    let notes = c.notes_on("register");
    cites.add_reasons(&notes);
    let mut reasons = Vec::new();
    match &c.interests {
        Some(rule) => {
            reasons.push(Reason::new(
                "Every member completes a register of interests.",
                &rule.register.cite,
            ));
            reasons.push(Reason::new(
                "The register has nine categories: remuneration; other roles; contracts; election expenses; houses, land and buildings; shares and securities; gifts and hospitality; non-financial interests; close family members.",
                &rule.register.categories_cite,
            ));
        }
        None => reasons.push(Reason::new(
            "This constitution sets no rule on registering interests; the register is checked against the nine categories of the Model Code of Conduct.",
            &[],
        )),
    }
    cites.add_reasons(&reasons);
    let categories = RegisterCategory::ALL
        .into_iter()
        .map(|category| CategoryCount {
            category,
            label: category.label().to_string(),
            entries: input
                .register
                .entries
                .iter()
                .filter(|e| e.category == category)
                .count()
                .try_into()
                .unwrap_or(u32::MAX),
        })
        .collect();
    let summary = match problems.as_slice() {
        [] => format!(
            "The register of {} is valid: {}.",
            shown(&input.register.member),
            crate::wording::count_irregular(input.register.entries.len(), "entry", "entries")
        ),
        [p] => format!("1 problem: {}: {}", p.path, p.message),
        [p, ..] => format!("{} problems; the first is {}: {}", problems.len(), p.path, p.message),
    };
    Ok(RegisterReport {
        valid: problems.is_empty(),
        problems,
        categories,
        reasons,
        notes,
        summary,
        citations: cites.into_vec(),
    })
}

/// `Ok(())` for a valid register, else a coded error listing every problem
/// (paths start at `at`, e.g. `register`).
pub fn check_register(register: &Register, at: &str) -> Result<(), Error> {
    problems(register, at).into_input_result("The register of interests is not valid")
}

fn problems(r: &Register, at: &str) -> Problems {
    let mut p = Problems::new();
    name(&mut p, &join_path(at, "member"), &r.member, MAX_NAME);
    if let Some(org) = &r.organisation {
        name(&mut p, &join_path(at, "organisation"), org, MAX_NAME);
    }
    if r.entries.len() > MAX_ENTRIES {
        p.push(
            ErrorCode::TooLarge,
            join_path(at, "entries"),
            format!("has {} entries; at most {MAX_ENTRIES} are accepted", r.entries.len()),
        );
        return p;
    }
    let terms: usize = r
        .entries
        .iter()
        .map(|e| e.organisations.len().saturating_add(e.keywords.len()))
        .sum();
    if terms > MAX_TERMS {
        p.push(
            ErrorCode::TooLarge,
            join_path(at, "entries"),
            format!("name {terms} organisations and keywords in all; at most {MAX_TERMS} are accepted"),
        );
        return p;
    }
    unique_ids(
        &mut p,
        &join_path(at, "entries"),
        r.entries.iter().map(|e| e.id.as_str()),
    );
    for (i, e) in r.entries.iter().enumerate() {
        let path = join_path(at, &format!("entries[{i}]"));
        at_most(&mut p, &format!("{path}.id"), &e.id, MAX_NAME);
        name(&mut p, &format!("{path}.description"), &e.description, MAX_LONG_TEXT);
        if e.organisations.len().saturating_add(e.keywords.len()) > MAX_TERMS_PER_ENTRY {
            p.push(
                ErrorCode::TooLarge,
                path.clone(),
                format!("names more than {MAX_TERMS_PER_ENTRY} organisations and keywords"),
            );
            continue;
        }
        for (field, terms) in [("organisations", &e.organisations), ("keywords", &e.keywords)] {
            for (j, t) in terms.iter().enumerate() {
                term(&mut p, &format!("{path}.{field}[{j}]"), t);
            }
        }
    }
    p
}

/// An organisation or keyword: plain enough to match and to survive a CSV round trip.
fn term(p: &mut Problems, path: &str, value: &str) {
    if value.trim() != value {
        p.push(ErrorCode::InvalidInput, path, "must not start or end with spaces");
    } else if value.contains(';') {
        p.push(
            ErrorCode::InvalidInput,
            path,
            "must not contain \";\" (it separates names in a spreadsheet cell): give each name separately",
        );
    } else if value.chars().filter(|c| c.is_alphanumeric()).count() < MIN_TERM {
        p.push(
            ErrorCode::OutOfRange,
            path,
            format!("needs at least {MIN_TERM} letters or digits: a shorter name would match almost any item"),
        );
    } else {
        at_most(p, path, value, MAX_NAME);
    }
}

/// A name cut short for a message.
pub fn shown(s: &str) -> String {
    crate::wording::cut_marked(s, shown::NAME)
}
