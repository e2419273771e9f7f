//! A register of interests as CSV, one row per entry, for spreadsheets.
//!
//! Columns: `member, memberOrganisation, id, category, description, organisations,
//! keywords`. The member's name is repeated on every row; lists are separated by `;`
//! (which is why registers may not use `;` inside a name). A register with no entries is
//! one row with only the member columns filled. Export and import are exact inverses for
//! every valid register: formula guards added on export come off on import.

use super::register::{check_register, Register, RegisterCategory, RegisterEntry};
use crate::csv;
use crate::error::{Error, ErrorCode};
use serde::{Deserialize, Serialize};

/// CSV text: what `registerToCsv` returns and `registerFromCsv` reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CsvText {
    pub csv: String,
}

/// The columns, in the order they are written.
pub const COLUMNS: [&str; 7] = [
    "member",
    "memberOrganisation",
    "id",
    "category",
    "description",
    "organisations",
    "keywords",
];

/// Longest CSV text accepted (about 200 entries of generous length).
pub const MAX_CSV: usize = 2_000_000;

/// Write a valid register as CSV.
pub fn register_to_csv(register: &Register) -> Result<CsvText, Error> {
    check_register(register, "")?;
    let org = register.organisation.clone().unwrap_or_default();
    let mut rows = vec![COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>()];
    for e in &register.entries {
        rows.push(vec![
            register.member.clone(),
            org.clone(),
            e.id.clone(),
            e.category.name().to_string(),
            e.description.clone(),
            e.organisations.join(";"),
            e.keywords.join(";"),
        ]);
    }
    if register.entries.is_empty() {
        let mut row = vec![register.member.clone(), org];
        row.resize(COLUMNS.len(), String::new());
        rows.push(row);
    }
    Ok(CsvText { csv: csv::write(&rows) })
}

/// Read a register from CSV and validate it. Errors name the data row (`row 3.category`)
/// for what the CSV gets wrong, and the register path (`entries[2].description`, data
/// row 3) for what the register gets wrong.
pub fn register_from_csv(input: &CsvText) -> Result<Register, Error> {
    if input.csv.len() > MAX_CSV {
        return Err(Error::at(
            ErrorCode::TooLarge,
            "csv",
            format!("the CSV is larger than {MAX_CSV} bytes"),
        ));
    }
    let (header, records) = csv::parse_records(&input.csv).map_err(|e| e.within("csv"))?;
    let mut at = [0usize; COLUMNS.len()];
    for (slot, name) in at.iter_mut().zip(COLUMNS) {
        *slot = header.iter().position(|h| h == name).ok_or_else(|| {
            Error::at(
                ErrorCode::InvalidInput,
                "csv.header",
                format!("the header has no column \"{name}\"; it needs {}", COLUMNS.join(", ")),
            )
        })?;
    }
    if let Some(extra) = header.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "csv.header",
            format!(
                "unknown column \"{}\"; the columns are {}",
                shown(extra),
                COLUMNS.join(", ")
            ),
        ));
    }
    let cell = |row: &[String], column: usize| -> String {
        at.get(column)
            .and_then(|&i| row.get(i))
            .map(|v| csv::unguard(v).to_string())
            .unwrap_or_default()
    };
    let Some(first) = records.first() else {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "csv",
            "the CSV has a header but no rows: a register with no entries is one row with the member's name",
        ));
    };
    let member = cell(first, 0);
    let organisation = Some(cell(first, 1)).filter(|o| !o.is_empty());
    let mut entries = Vec::new();
    for (i, row) in records.iter().enumerate() {
        let n = i + 1;
        if cell(row, 0) != member || cell(row, 1) != organisation.clone().unwrap_or_default() {
            return Err(Error::at(
                ErrorCode::InvalidInput,
                format!("row {n}.member"),
                format!("data row {n} names a different member or organisation from row 1: one CSV holds one member's register"),
            ));
        }
        let (id, category) = (cell(row, 2), cell(row, 3));
        let rest_empty = (2..COLUMNS.len()).all(|c| cell(row, c).is_empty());
        if rest_empty && records.len() == 1 {
            break; // A register with no entries.
        }
        let category = RegisterCategory::from_name(category.trim()).ok_or_else(|| {
            let names: Vec<&str> = RegisterCategory::ALL.iter().map(|c| c.name()).collect();
            Error::at(
                ErrorCode::InvalidInput,
                format!("row {n}.category"),
                format!(
                    "data row {n}: \"{}\" is not a category; use one of {}",
                    shown(&category),
                    names.join(", ")
                ),
            )
        })?;
        entries.push(RegisterEntry {
            id,
            category,
            description: cell(row, 4),
            organisations: list(&cell(row, 5)),
            keywords: list(&cell(row, 6)),
        });
    }
    let register = Register {
        member,
        organisation,
        entries,
    };
    check_register(&register, "")?;
    Ok(register)
}

fn list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn shown(s: &str) -> String {
    crate::wording::cut(s, crate::limits::shown::VALUE)
}
