// Lists typed one item a line, as the engines take them: a register entry's organisations
// and keywords, an agenda's item titles.
import type { AgendaItem } from "quorate";

/** A list typed one item a line, as the engine takes it: blank lines dropped, spaces trimmed. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** Agenda item titles, one a line; numbered lines ("4. Town Centre Fund") keep their numbers. */
export function agendaTitles(text: string): AgendaItem[] {
  const all = lines(text);
  const numbered = all.map((l) => /^(\d{1,3}[a-z]?)[.):]?\s+(\S.*)$/i.exec(l));
  if (all.length && numbered.every((m) => m !== null)) {
    return numbered.map((m, i) => ({ id: m?.[1] ?? String(i + 1), title: m?.[2] ?? "" }));
  }
  return all.map((title, i) => ({ id: String(i + 1), title }));
}
