// The documentation site's snippet builder: pick a tool and a constitution, copy the
// HTML. (Widgets need none of this.) No inline styles or scripts: the strict CSP holds.
for (const form of document.querySelectorAll("form[data-builder]")) {
  const out = form.querySelector("[data-snippet]");
  const status = form.querySelector("[data-status]");
  const snippet = () => {
    const data = new FormData(form);
    const tag = String(data.get("tool"));
    const src = String(data.get("src")).trim() || "/quorate/quorate-widgets.js";
    return `<script type="module" src="${src.replace(/"/g, "&quot;")}"></script>
<${tag} preset="${data.get("preset")}">
  <p>This tool needs JavaScript.</p>
</${tag}>`;
  };
  const show = () => {
    out.textContent = snippet();
    status.textContent = "";
  };
  form.addEventListener("input", show);
  form.addEventListener("change", show);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.querySelector("[data-copy]").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(snippet());
      status.textContent = "Copied the HTML.";
    } catch {
      getSelection()?.selectAllChildren(out);
      status.textContent = "Selected the HTML: press Ctrl+C (or ⌘C) to copy it.";
    }
  });
  show();
}
