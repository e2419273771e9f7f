// Errors as the GOV.UK error summary shows them: each with the field it is about.
// Engine errors carry the field `path` (`attendance.members[0].seat`); widgets mark
// their controls with `data-path`, and the summary focuses the control itself, since
// `#id` links cannot reach into a shadow root.

export interface FieldError {
  /** The field at fault, as the engine names it; empty for a problem with no field. */
  path: string;
  /** An instruction, worded the same in the summary and beside the field. */
  message: string;
}

interface EngineErrorShape {
  message?: unknown;
  path?: unknown;
  problems?: unknown;
}

/** The problems in a thrown engine error (every one, where it lists several). */
export function fieldErrors(e: unknown, prefix = ""): FieldError[] {
  const error = (typeof e === "object" && e !== null ? e : { message: String(e) }) as EngineErrorShape;
  const join = (path: unknown) => (typeof path === "string" && path ? (prefix ? `${prefix}.${path}` : path) : prefix);
  if (Array.isArray(error.problems) && error.problems.length) {
    return error.problems.map((p: { path?: unknown; message?: unknown }) => ({
      path: join(p.path),
      message: String(p.message ?? ""),
    }));
  }
  return [{ path: join(error.path), message: String(error.message ?? e) }];
}

/** The error for a field, if any: exact path, or a problem inside it. */
export function errorAt(errors: readonly FieldError[], path: string): FieldError | undefined {
  return errors.find((e) => e.path === path) ?? errors.find((e) => e.path.startsWith(path + ".") || e.path.startsWith(path + "["));
}

/**
 * The control for a path in `root`: the element whose `data-path` is the path, or the
 * longest one the path starts with (an error inside a row focuses the row's first
 * control). Radios and checkboxes focus their first option.
 */
export function controlFor(root: ParentNode, path: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const el of root.querySelectorAll<HTMLElement>("[data-path]")) {
    const p = el.dataset.path ?? "";
    const covers = path === p || path.startsWith(p + ".") || path.startsWith(p + "[");
    if (covers && p.length > bestLength) {
      best = el;
      bestLength = p.length;
    }
  }
  if (best && !isFocusable(best)) {
    best = best.querySelector<HTMLElement>("input, select, textarea, button") ?? best;
  }
  return best;
}

function isFocusable(el: HTMLElement): boolean {
  return el.matches("input, select, textarea, button, a[href], [tabindex]");
}

/** Focus and scroll to the control for a path; true when there was one. */
export function focusPath(root: ParentNode, path: string): boolean {
  const control = controlFor(root, path);
  if (!control) return false;
  control.focus();
  control.scrollIntoView?.({ block: "center" });
  return true;
}
