//! CSV (RFC 4180) reading and writing for import and export.
//!
//! Spreadsheets are how partners exchange registers and scorecards, so imports accept
//! what Excel and LibreOffice write: quoted fields with doubled quotes, embedded commas
//! and line breaks, CRLF or LF line ends, and a UTF-8 byte-order mark. Errors name the
//! line and column.

use crate::error::{Error, ErrorCode};

/// At most this many rows are read: far beyond any register or scoring exercise.
pub const MAX_ROWS: usize = 100_000;

/// Parse CSV text into rows of fields. Blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut quoted, mut quote_line, mut field_started) = (1usize, false, 0usize, false);
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    match chars.peek() {
                        None | Some(',') | Some('\n') | Some('\r') => {}
                        Some(_) => {
                            return Err(Error::at(
                                ErrorCode::InvalidInput,
                                format!("line {line}"),
                                format!(
                                    "line {line}: a closing quote must be followed by a comma or the end of the line"
                                ),
                            ))
                        }
                    }
                }
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if !field_started => {
                quoted = true;
                quote_line = line;
                field_started = true;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                end_row(&mut rows, &mut row, &mut field)?;
                field_started = false;
                line += 1;
            }
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    if quoted {
        return Err(Error::at(
            ErrorCode::InvalidInput,
            format!("line {quote_line}"),
            format!("line {quote_line}: a quoted field is never closed"),
        ));
    }
    end_row(&mut rows, &mut row, &mut field)?;
    Ok(rows)
}

fn end_row(rows: &mut Vec<Vec<String>>, row: &mut Vec<String>, field: &mut String) -> Result<(), Error> {
    row.push(std::mem::take(field));
    let fields = std::mem::take(row);
    if fields.len() == 1 && fields[0].is_empty() {
        return Ok(());
    }
    if rows.len() >= MAX_ROWS {
        return Err(Error::new(
            ErrorCode::TooLarge,
            format!("at most {MAX_ROWS} rows are accepted"),
        ));
    }
    rows.push(fields);
    Ok(())
}

/// Parse CSV with a header row into records keyed by the header's names.
/// Every row must have as many fields as the header.
pub fn parse_records(text: &str) -> Result<(Vec<String>, Vec<Vec<String>>), Error> {
    let mut rows = parse(text)?.into_iter();
    let header: Vec<String> = rows
        .next()
        .ok_or_else(|| Error::new(ErrorCode::InvalidInput, "the CSV is empty: it needs a header row"))?
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut records = Vec::new();
    for (i, row) in rows.enumerate() {
        if row.len() != header.len() {
            return Err(Error::at(
                ErrorCode::InvalidInput,
                format!("row {}", i + 1),
                format!(
                    "data row {} has {}; the header has {}",
                    i + 1,
                    crate::wording::count(row.len(), "field"),
                    header.len()
                ),
            ));
        }
        records.push(row);
    }
    Ok((header, records))
}

/// Whether a spreadsheet would run `value` as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return and is not a number), looking past any `'` already
/// in front of it, so that [`unguard`] can tell a guard from a user's own quote.
fn needs_guard(value: &str) -> bool {
    let rest = value.trim_start_matches('\'');
    matches!(rest.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r')) && rest.parse::<f64>().is_err()
}

/// Undo the formula guard that [`field`] adds: `'=SUM(A1)` reads back as `=SUM(A1)`,
/// and any text that [`field`] wrote reads back exactly as it was (lossless import).
pub fn unguard(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => value,
    }
}

/// One field, quoted when it must be. Fields that a spreadsheet would run as a formula
/// (starting `=`, `+`, `-`, `@`) are prefixed with `'` so that an export is safe to open;
/// [`unguard`] removes the prefix on import.
pub fn field(value: &str) -> String {
    let value = if needs_guard(value) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Rows as CSV text with CRLF line ends (RFC 4180).
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_spreadsheets_write() {
        let rows = parse("\u{feff}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",3\n").unwrap();
        assert_eq!(
            rows,
            vec![vec!["a", "b"], vec!["x, y", "say \"hi\""], vec!["two\nlines", "3"]]
        );
    }

    #[test]
    fn refuses_broken_quotes() {
        assert_eq!(parse("a,\"b\nc").unwrap_err().path.as_deref(), Some("line 1"));
        assert!(parse("\"a\"b,c").is_err());
    }

    #[test]
    fn neutralises_formulas() {
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("-3"), "-3");
    }

    #[test]
    fn guards_come_off_exactly() {
        for v in [
            "=SUM(A1)", "'=x", "''=x", "'+1", "+1", "-3", "'", "plain", "@home", "'@home",
        ] {
            let written = field(v);
            let read = parse(&written).unwrap();
            assert_eq!(unguard(&read[0][0]), v, "{v} was written as {written}");
        }
    }

    proptest! {
        #[test]
        fn unguard_inverts_the_guard(v in "['=+@a-]{0,4}[a-z0-9 ]{0,4}") {
            let written = field(&v);
            let read = parse(&format!("{written},x")).unwrap();
            prop_assert_eq!(unguard(&read[0][0]), v.as_str());
        }


        #[test]
        fn round_trips(rows in prop::collection::vec(prop::collection::vec("[a-z ,\"\n]{0,6}", 2..4), 1..5)) {
            // A row that is a single empty field is a blank line, which is skipped.
            let text = write(&rows);
            let back = parse(&text).unwrap();
            prop_assert_eq!(back, rows);
        }
    }
}
