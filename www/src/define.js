// Safe registration: loading the script twice (or two copies of Quorate) must not throw.
export const VERSION = "0.1.0";

export function define(tag, element) {
  const existing = customElements.get(tag);
  if (!existing) {
    element.quorateVersion = VERSION;
    customElements.define(tag, element);
  } else if (existing.quorateVersion !== VERSION) {
    console.warn(`<${tag}> is already defined by Quorate ${existing.quorateVersion ?? "(unknown)"}; keeping it.`);
  }
}
