// Drafts: what the user has entered, kept in this browser (localStorage) so that a
// reload loses nothing. Versioned, debounced, one per widget instance; an old or
// corrupt draft is set aside with a notice instead of breaking the widget.
import type { ReactiveController, ReactiveControllerHost } from "lit";

interface StoredDraft {
  quorate: "draft";
  widget: string;
  schemaVersion: number;
  savedAt: string;
  data: unknown;
}

export interface DraftOptions {
  /** The widget's tag, e.g. `quorate-meeting`. */
  widget: string;
  /** The widget's `draft-key` or `id`: keeps instances of one widget apart. */
  instance: string;
  /** The constitution: a draft recorded under one means nothing under another. */
  constitution: string;
  /** The version of the draft's shape: a draft of a newer version is not restored. */
  schemaVersion: number;
  /**
   * Where the widget kept its draft before drafts were versioned (schema version 0: the
   * bare data under another key), read when there is no current draft.
   */
  legacyKey?: string | null;
}

/** Milliseconds to wait after a change before writing. */
const DELAY = 300;

export class DraftController implements ReactiveController {
  /** Set when a saved draft could not be restored; the widget shows it as a notice. */
  notice = "";
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: (() => void) | undefined;
  #key = "";
  #options: DraftOptions = { widget: "", instance: "", constitution: "", schemaVersion: 0 };
  readonly #flush = () => this.flush();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener("pagehide", this.#flush);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener("pagehide", this.#flush);
  }

  /** Point the controller at one draft (a pending save to the previous one is written first). */
  use(options: DraftOptions): void {
    this.flush();
    this.#options = options;
    this.#key = `quorate:${options.widget}:${options.instance || "default"}:${options.constitution}`;
  }

  /**
   * The saved draft and the shape version it was saved at, or null when there is none
   * (or it cannot be used: then `notice` says so). An older version is returned for the
   * widget to migrate; a newer or corrupt one is not.
   */
  load(): { data: unknown; schemaVersion: number } | null {
    this.notice = "";
    let text: string | null;
    try {
      text = localStorage.getItem(this.#key);
    } catch {
      return null; // storage disabled: the widget works, without drafts
    }
    if (text === null) return this.loadLegacy();
    try {
      const draft = JSON.parse(text) as Partial<StoredDraft> | null;
      const version = draft?.schemaVersion;
      if (
        draft?.quorate === "draft" &&
        draft.widget === this.#options.widget &&
        typeof version === "number" &&
        Number.isInteger(version) &&
        version >= 1 &&
        version <= this.#options.schemaVersion
      ) {
        return { data: draft.data ?? null, schemaVersion: version };
      }
      this.setAside();
    } catch {
      this.setAside();
    }
    return null;
  }

  /** A draft from before versioning (schema version 0), when the widget had one. */
  private loadLegacy(): { data: unknown; schemaVersion: number } | null {
    const key = this.#options.legacyKey;
    if (!key) return null;
    try {
      const text = localStorage.getItem(key);
      return text === null ? null : { data: JSON.parse(text) as unknown, schemaVersion: 0 };
    } catch {
      this.setAside();
      return null;
    }
  }

  /** Say that the saved draft could not be used. */
  setAside(): void {
    this.notice = "Answers saved on this device could not be restored (they may be from another version of this tool). You can start again.";
  }

  /** Save after a short pause (typing does not write on every key). */
  save(data: unknown): void {
    clearTimeout(this.#timer);
    const key = this.#key;
    const options = this.#options;
    this.#pending = () => write(key, options, data);
    this.#timer = setTimeout(this.#flush, DELAY);
  }

  /** Write a pending save now. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#pending?.();
    this.#pending = undefined;
  }

  /** Remove the draft ("Clear my answers"). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    this.notice = "";
    try {
      localStorage.removeItem(this.#key);
      if (this.#options.legacyKey) localStorage.removeItem(this.#options.legacyKey);
    } catch {
      /* storage disabled: nothing was kept */
    }
  }
}

function write(key: string, options: DraftOptions, data: unknown): void {
  const draft: StoredDraft = {
    quorate: "draft",
    widget: options.widget,
    schemaVersion: options.schemaVersion,
    savedAt: new Date().toISOString(),
    data,
  };
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or disabled: the widget still works, it cannot keep the draft */
  }
}
