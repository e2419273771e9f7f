// The demo site's own script: a preset switch for each demo, and the embed snippet
// beside it kept in step. (Widgets need none of this; it only drives the demo pages.)
for (const form of document.querySelectorAll("form.preset-switch")) {
  const target = document.getElementById(form.dataset.for);
  const snippet = document.getElementById(`${form.dataset.for}-snippet`);
  form.addEventListener("change", () => {
    const preset = new FormData(form).get("preset");
    target.setAttribute("preset", preset);
    if (snippet) snippet.textContent = snippet.textContent.replace(/preset="[^"]*"/, `preset="${preset}"`);
  });
}
