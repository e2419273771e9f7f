// Safe registration: a page that loads the widget script twice (or two copies of
// Quorate) keeps working. The first definition of a tag wins; a different version of
// Quorate already holding the tag is reported once on the console, never thrown.
export const VERSION = "0.1.0";

type Versioned = CustomElementConstructor & { quorateVersion?: string };

export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (element as Versioned).quorateVersion = VERSION;
    customElements.define(tag, element);
  } else if (existing.quorateVersion !== VERSION) {
    console.info(`<${tag}> is already defined by Quorate ${existing.quorateVersion ?? "(unknown version)"}; keeping that one.`);
  }
}
