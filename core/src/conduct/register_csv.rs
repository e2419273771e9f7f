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
    let columns = Columns::of(&header)?;
    let Some(first) = records.first() else {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            "csv",
            "the CSV has a header but no rows: a register with no entries is one row with the member's name",
        ));
    };
    let member = columns.cell(first, 0);
    let organisation = Some(columns.cell(first, 1)).filter(|o| !o.is_empty());
    let mut entries = Vec::new();
    for (i, row) in records.iter().enumerate() {
        let n = i + 1;
        if columns.cell(row, 0) != member || columns.cell(row, 1) != organisation.clone().unwrap_or_default() {
            return Err(Error::at(
                ErrorCode::InvalidInput,
                format!("row {n}.member"),
                format!("data row {n} names a different member or organisation from row 1: one CSV holds one member's register"),
            ));
        }
        let rest_empty = (2..COLUMNS.len()).all(|c| columns.cell(row, c).is_empty());
        if rest_empty && records.len() == 1 {
            break; // A register with no entries.
        }
        entries.push(columns.entry(row, n)?);
    }
    let register = Register {
        member,
        organisation,
        entries,
    };
    check_register(&register, "")?;
    Ok(register)
}

/// Where each of [`COLUMNS`] is in the header row.
struct Columns {
    at: [usize; COLUMNS.len()],
}

impl Columns {
    /// Every column is required, and no other is allowed.
    fn of(header: &[String]) -> Result<Columns, Error> {
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
        Ok(Columns { at })
    }

    /// The cell of `row` in column `column` of [`COLUMNS`], as it was before export.
    fn cell(&self, row: &[String], column: usize) -> String {
        self.at
            .get(column)
            .and_then(|&i| row.get(i))
            .map(|v| csv::unguard(v).to_string())
            .unwrap_or_default()
    }

    /// Data row `n` as a register entry.
    fn entry(&self, row: &[String], n: usize) -> Result<RegisterEntry, Error> {
        let category = self.cell(row, 3);
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
        Ok(RegisterEntry {
            id: self.cell(row, 2),
            category,
            description: self.cell(row, 4),
            organisations: list(&self.cell(row, 5)),
            keywords: list(&self.cell(row, 6)),
        })
    }
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
