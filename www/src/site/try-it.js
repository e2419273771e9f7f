// The examples page's script (www/examples.html; bundled into www/dist/try-it.js by
// scripts/build-examples.mjs): each form's Run button calls its function of the package
// with the textarea's JSON (JSON.parse: nothing is evaluated, the strict CSP holds) and
// shows the answer with its citations, or the coded error. Everything runs here.
import init, * as api from "quorate";

const ready = init({ module_or_path: new URL("./quorate_bg.wasm", import.meta.url) });

/** `{ ok }` or `{ error: { code, message, path? } }`, as the scenario runners shape an answer. */
function run(fn, form) {
  let input;
  if (!form.hasAttribute("data-no-input")) {
    const text = form.elements.input.value;
    try {
      input = JSON.parse(text);
    } catch (e) {
      return { error: { code: "NOT_JSON", message: `The input is not JSON: ${e instanceof Error ? e.message : String(e)}` }, local: "Not run: the input is not JSON" };
    }
  }
  try {
    return { ok: form.hasAttribute("data-no-input") ? api[fn]() : api[fn](input) };
  } catch (e) {
    const error = { code: e?.code ?? "ERROR", message: e instanceof Error ? e.message : String(e) };
    if (e?.path !== undefined) error.path = e.path;
    if (e?.problems !== undefined) error.problems = e.problems;
    return { error };
  }
}

function item(text) {
  const li = document.createElement("li");
  const code = document.createElement("code");
  code.textContent = text;
  li.append(code);
  return li;
}

function show(form, fn, answer) {
  const box = form.querySelector("[data-result]");
  const status = box.querySelector("[data-status]");
  const cites = box.querySelector("[data-cites]");
  const output = box.querySelector("[data-output]");
  box.hidden = false;
  cites.replaceChildren();
  box.classList.toggle("refused", Boolean(answer.error));
  if (answer.error) {
    const { code, message, path } = answer.error;
    status.textContent = answer.local ?? `Refused: ${code}`;
    const p = document.createElement("p");
    p.textContent = path ? `${message} (field: ${path})` : message;
    cites.append(p);
    output.textContent = JSON.stringify(answer.error, null, 2);
  } else {
    const result = answer.ok;
    const list = Array.isArray(result?.citations) ? result.citations : null;
    status.textContent = `The answer of ${fn}`;
    const p = document.createElement("p");
    if (list && list.length) {
      p.textContent = `Clauses cited (${list.length}):`;
      const ul = document.createElement("ul");
      ul.className = "cites";
      ul.append(...list.map(item));
      cites.append(p, ul);
    } else {
      p.textContent = list ? "This answer cites no clause." : "This answer is data, with no citations of its own.";
      cites.append(p);
    }
    output.textContent = JSON.stringify(result, null, 2);
  }
  status.focus();
}

for (const form of document.querySelectorAll("form[data-try]")) {
  const fn = form.dataset.try;
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await ready;
    } catch (err) {
      show(form, fn, { error: { code: "ENGINE_NOT_LOADED", message: `The engine could not load here: ${err instanceof Error ? err.message : String(err)}` }, local: "Not run: the engine did not load" });
      return;
    }
    show(form, fn, run(fn, form));
  });
  form.querySelector("[data-reset]")?.addEventListener("click", () => {
    const area = form.elements.input;
    area.value = area.dataset.example;
    area.focus();
  });
}
