// Building DOM without HTML strings: user text only ever becomes text nodes.

/** `h("p", { class: "x", onclick }, "text", child)`: attributes, listeners, children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k in el && typeof v !== "string") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** Citations as a short list of <cite> elements. */
export function cites(list) {
  if (!list?.length) return null;
  return h("span", { class: "cites" }, "(", ...list.flatMap((c, i) => [i ? ", " : "", h("cite", {}, c)]), ")");
}

/** A stylesheet link for a shadow root (works under a strict style-src 'self' policy). */
export function stylesheet(name) {
  return h("link", { rel: "stylesheet", href: new URL(`./${name}`, import.meta.url).href });
}
