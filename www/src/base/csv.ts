// CSV in and out of a widget: RFC 4180 quoting, and the same lossless formula guard as
// the core's `csv.rs`, so that an export is safe to open in a spreadsheet and an import
// reads back exactly what was written.
//
// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
// or a carriage return, and is not a number) is written with a `'` in front; on import
// that `'` comes off again, and only where it is a guard: a user's own leading quote
// (`'quoted`) is kept, because the guard looks past quotes already there.

/** Whether a spreadsheet would run `value` as a formula, looking past any `'` in front. */
function needsGuard(value: string): boolean {
  const rest = value.replace(/^'+/, "");
  const first = rest.charAt(0);
  return ["=", "+", "-", "@", "\t", "\r"].includes(first) && !isNumber(rest);
}

/** What Rust's `f64` parse accepts, near enough for a guard: `-1.5`, `+2e3`, `-inf`. */
function isNumber(text: string): boolean {
  return /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|infinity|nan)$/i.test(text);
}

/** The formula guard: `=SUM(A1)` → `'=SUM(A1)`; anything else as it is. */
export function guard(value: string): string {
  return needsGuard(value) ? `'${value}` : value;
}

/** Undo `guard` exactly: `'=SUM(A1)` → `=SUM(A1)`; `'quoted` stays `'quoted`. */
export function unguard(value: string): string {
  return value.startsWith("'") && needsGuard(value.slice(1)) ? value.slice(1) : value;
}

/** One cell, guarded, and quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  const v = guard(value);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Rows as CSV text: guarded, quoted, CRLF line ends (RFC 4180), and a byte-order mark
 * so that spreadsheets read UTF-8 names correctly.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return "\ufeff" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A problem in CSV text, with the row and column (both from 1) it is at. */
export class CsvError extends Error {
  override name = "CsvError";
  constructor(
    readonly row: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** A column's spreadsheet name: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * CSV text as rows of cells, each unguarded. Quoted cells may hold commas, quotes and
 * line breaks; LF or CRLF line ends; a byte-order mark, a final line end and blank
 * lines are ignored. Rows count records (spreadsheet rows), not lines. An unterminated quote throws a `CsvError`.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith("\ufeff") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let inQuotes = false;
  const endCell = () => {
    row.push(unguard(cell));
    cell = "";
    quoted = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (inQuotes) {
      if (ch === '"') {
        if (src.charAt(i + 1) === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += ch;
    } else if (ch === '"' && cell === "" && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (ch === ",") {
      endCell();
    } else if (ch === "\r" && src.charAt(i + 1) === "\n") {
      // CRLF: the LF ends the row.
    } else if (ch === "\n") {
      endRow();
    } else {
      cell += ch;
    }
  }
  if (inQuotes) throw new CsvError(rows.length + 1, row.length + 1, 'a quoted cell never ends: add the closing "');
  if (cell !== "" || quoted || row.length) endRow();
  return rows;
}
