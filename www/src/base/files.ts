// Files in and out of a widget: one JSON envelope for every widget's export, and one
// download helper for JSON, CSV, iCalendar, text and HTML.
import { VERSION } from "./define.js";

/** What every widget's JSON export looks like. */
export interface Envelope<T> {
  /** Which widget wrote it: `"quorate-meeting"`, `"quorate-attendance"`, … */
  kind: string;
  /** The version of `data`'s shape; an older one is migrated on import. */
  schemaVersion: number;
  /** The Quorate release that wrote the file (information only). */
  quorateVersion: string;
  /** The constitution the data was recorded under: a preset id, or `"custom"`. */
  constitution: string;
  data: T;
}

export function envelope<T>(kind: string, schemaVersion: number, constitution: string, data: T): Envelope<T> {
  return { kind, schemaVersion, quorateVersion: VERSION, constitution, data };
}

/** A problem with a file the user chose, worded as an instruction. */
export class ImportError extends Error {
  override name = "ImportError";
}

/**
 * Read an envelope from JSON text, checking that it is this widget's and not from a
 * newer version. Returns its data and the version it was written at. A file from before
 * the envelope (a widget's schema version 0: its bare data, no `kind`) is accepted as
 * version 0 when `legacy` recognises it, for the widget's `migrate()` to convert.
 */
export function openEnvelope(
  text: string,
  kind: string,
  schemaVersion: number,
  legacy: (value: unknown) => boolean = () => false,
): { data: unknown; schemaVersion: number; constitution: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportError("Choose a file exported by this tool: this one is not JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ImportError("Choose a file exported by this tool: this one is not a Quorate export");
  }
  const v = value as Partial<Envelope<unknown>>;
  if (v.kind === undefined && legacy(value)) return { data: value, schemaVersion: 0, constitution: "" };
  if (v.kind !== kind) {
    const what = typeof v.kind === "string" ? `an export of ${v.kind}` : "not a Quorate export";
    throw new ImportError(`Choose a file exported by <${kind}>: this one is ${what}`);
  }
  if (typeof v.schemaVersion !== "number" || !Number.isInteger(v.schemaVersion) || v.schemaVersion < 1) {
    throw new ImportError("Choose a file exported by this tool: this one has no valid schemaVersion");
  }
  if (v.schemaVersion > schemaVersion) {
    throw new ImportError(
      `This file was saved by a newer version of Quorate (format ${v.schemaVersion}); update the tool to open it`,
    );
  }
  return { data: v.data, schemaVersion: v.schemaVersion, constitution: String(v.constitution ?? "") };
}

/** Offer text as a file download. Nothing leaves the browser. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadJson = (filename: string, value: unknown): void =>
  download(filename, JSON.stringify(value, null, 2) + "\n", "application/json");

/** The first file chosen in a file input, as text; the input is reset so the same file can be chosen again. */
export async function chosenFile(event: Event): Promise<{ name: string; text: string } | null> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  if (!file) return null;
  return { name: file.name, text: await file.text() };
}

/** A safe file name part from user text ("Alliance Board, 3 Dec" → "alliance-board-3-dec"). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "quorate"
  );
}
