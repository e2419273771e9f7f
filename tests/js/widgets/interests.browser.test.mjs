// <quorate-interests>: the widget contract, and a member's path through the register
// of interests, its CSV and JSON round trips and the agenda check. Every answer is
// compared with the engine's own report (the package, loaded in Node), never a copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, shot, downloadOf, axe, dropAxeNoise } from "./contract.mjs";
import { loadPackage } from "../lib.mjs";

const TAG = "quorate-interests";
const q = await loadPackage();

const at = (w, path) => w.locator(`[data-path="${path}"]`);

async function openSection(w, name) {
  await w.locator("button.task", { hasText: name }).click();
  await w.locator("#category-title").waitFor();
}

async function typeEntry(w, { description, organisations = [], keywords = [] }) {
  await w.locator("#entry-description").fill(description);
  await w.locator("#entry-organisations").fill(organisations.join("\n"));
  await w.locator("#entry-keywords").fill(keywords.join("\n"));
  await w.locator("#save-entry").click();
}

async function addEntry(w, entry) {
  await w.locator("#add-entry").click();
  await typeEntry(w, entry);
  await w.locator("#add-entry").waitFor();
}

async function finish(w, answer) {
  await w.locator("label.choice", { hasText: answer === "yes" ? "Yes" : "No," }).locator("input").check();
  await w.locator("#finish").click();
  await w.locator(".task-list").waitFor();
}

/** The state the widget keeps, read from its JSON export (the engine's register inside). */
async function exported(page, w) {
  return (await downloadOf(page, () => w.locator("button", { hasText: "Export register (JSON)" }).click())).body;
}

async function fill(w) {
  await at(w, "register.member").fill("Cllr Jane Smith");
  await at(w, "register.organisation").selectOption("council-leader");
  await openSection(w, "Remuneration");
  await addEntry(w, { description: "Councillor, Clackmannanshire Council", organisations: ["Clackmannanshire Council"] });
  await finish(w, "yes");
  await at(w, "agenda").fill("1. Welcome and apologies\n4. Clackmannanshire Council budget");
}

async function read(w) {
  return w.evaluate((el) => {
    const r = el.shadowRoot;
    return {
      member: r.querySelector('[data-path="register.member"]')?.value,
      seat: r.querySelector('[data-path="register.organisation"]')?.value,
      tasks: [...r.querySelectorAll("button.task")].map((b) => b.textContent.replace(/\s+/g, " ").trim()),
      completed: r.querySelector(".completed-count")?.textContent,
      agenda: r.querySelector('[data-path="agenda"]')?.value,
      agendaSummary: r.querySelector(".agenda-summary")?.textContent ?? null,
    };
  });
}

contract({
  tag: TAG,
  fill,
  read,
  ready: ".task-list",
  states: {
    section: (w) => openSection(w, "Remuneration"),
    "entry-error": async (w) => {
      await w.locator("#add-entry").click();
      await w.locator("#save-entry").click();
      await w.locator(".error-summary").waitFor();
    },
    "agenda-result": async (w) => {
      await w.locator("button", { hasText: "Cancel" }).click();
      await w.locator("button.back").click();
      await w.locator(".agenda-summary").waitFor();
    },
  },
});

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

const HOSTILE = '=HYPERLINK("http://evil.example/?x=1","click me"), Flat 2, "The Old Mill", Alloa\nLet to a tenant; rent paid to me, "quoted", too\n=1+2';

test("a member's path: three sections, a problem in the summary, CSV and JSON round trips, the agenda check", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".task-list");
  await shot(w, `${TAG}-path-empty`);
  await at(w, "register.member").fill("Cllr Jane Smith");
  await at(w, "register.organisation").selectOption("clacks-business");

  // Other roles: two entries, completed.
  await openSection(w, "Other roles");
  await addEntry(w, { description: "Director (unpaid), Clacks Business Ltd", organisations: ["Clacks Business Ltd", "Clacks Business"] });
  await addEntry(w, { description: "Board member, Forth Valley College", organisations: ["Forth Valley College"] });
  assert.equal(await w.locator('[part="entry"]').count(), 2);
  await shot(w, `${TAG}-path-section`);
  await finish(w, "yes");
  assert.equal(
    await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id),
    "task-otherRoles",
    "back on the task list, focus returns to the section's row",
  );

  // Contracts: nothing to register, completed.
  await openSection(w, "Contracts");
  await finish(w, "yes");

  // Houses, land and buildings: a hostile description, not yet completed.
  await openSection(w, "Houses, land and buildings");
  await addEntry(w, { description: HOSTILE, keywords: ["Mar Place"] });
  await finish(w, "no");

  // Non-financial interests: the engine's problems, in the summary, each focusing its field.
  const before = (await exported(b.page, w)).data.register;
  await openSection(w, "Non-financial interests");
  await w.locator("#add-entry").click();
  await typeEntry(w, { description: "   ", keywords: ["A"] });
  const candidate = {
    ...before,
    entries: [...before.entries, { id: "r4", category: "nonFinancialInterests", description: "   ", organisations: [], keywords: ["A"] }],
  };
  const problems = q.validateRegister({ constitution: "clackmannanshire-2019", register: candidate }).problems;
  assert.deepEqual(
    problems.map((p) => p.path),
    ["register.entries[3].description", "register.entries[3].keywords[0]"],
  );
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "error-summary");
  const links = summary.locator("button");
  assert.equal(await links.count(), problems.length);
  for (const [i, p] of problems.entries()) assert.ok((await links.nth(i).textContent()).includes(p.message), `summary shows "${p.message}"`);
  assert.equal(await w.locator(".field-error").first().textContent().then((t) => t.replace("Error:", "").trim()), (await links.nth(0).textContent()).trim());
  await shot(w, `${TAG}-path-error`);
  await links.nth(0).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), problems[0].path);
  await links.nth(1).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "register.entries[3].keywords");
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
  await typeEntry(w, { description: "Trustee, Alloa Community Enterprises", organisations: ["Alloa Community Enterprises"], keywords: ["Alloa Trust"] });
  await w.locator("#add-entry").waitFor();
  assert.equal(await summary.count(), 0, "the summary goes once the entry is right");
  await w.locator("button.back").click();

  // The task list, against the engine's report.
  const state = (await exported(b.page, w)).data;
  const register = state.register;
  const report = q.validateRegister({ constitution: "clackmannanshire-2019", register });
  assert.equal(report.valid, true);
  const rows = await w.locator("button.task").allTextContents();
  assert.equal(rows.length, 9);
  for (const [i, c] of report.categories.entries()) {
    assert.ok(rows[i].includes(c.label), `row ${i + 1} is ${c.label}`);
    if (c.entries) assert.ok(rows[i].includes(`${c.entries} ${c.entries === 1 ? "entry" : "entries"}`));
  }
  const status = (label) => w.locator("button.task", { hasText: label }).locator(".status").textContent();
  assert.equal(await status("Other roles"), "Completed");
  assert.equal(await status("Contracts"), "Completed");
  assert.match(rows[2], /No interests to register/);
  assert.equal(await status("Houses, land and buildings"), "In progress");
  assert.equal(await status("Non-financial interests"), "In progress");
  assert.equal(await status("Remuneration"), "Incomplete");
  assert.equal(await w.locator(".completed-count").textContent(), "You have completed 2 of 9 sections.");
  assert.equal(register.organisation, "Clacks Business");
  assert.equal(register.entries.find((e) => e.category === "housesLandAndBuildings").description, HOSTILE);
  for (const r of report.reasons) assert.ok((await w.locator(".panel").textContent()).includes(r.text));
  await shot(w, `${TAG}-path-tasks`);

  // JSON: export → clear → import restores everything (sections included).
  const json = await downloadOf(b.page, () => w.locator("button", { hasText: "Export register (JSON)" }).click());
  await w.locator("button", { hasText: "Clear my answers" }).click();
  assert.equal(await at(w, "register.member").inputValue(), "");
  await at(w, "import").setInputFiles({ name: json.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json.body)) });
  await w.locator(".banner", { hasText: "Imported" }).waitFor();
  assert.deepEqual((await exported(b.page, w)).data, state);
  assert.equal(await w.locator(".completed-count").textContent(), "You have completed 2 of 9 sections.");

  // CSV: the engine's own text; import gives back the same register.
  const csv = await downloadOf(b.page, () => w.locator("button", { hasText: "Export register (CSV)" }).click(), { text: true });
  assert.match(csv.name, /\.csv$/);
  assert.equal(csv.body, q.registerToCsv(register).csv);
  assert.ok(csv.body.includes("HYPERLINK") && !/,"?=HYPERLINK/.test(csv.body), "the cell does not start with a formula");
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await at(w, "import-csv").setInputFiles({ name: csv.name, mimeType: "text/csv", buffer: Buffer.from(csv.body) });
  await w.locator(".banner", { hasText: "Imported 4 entries" }).waitFor();
  const back = (await exported(b.page, w)).data;
  assert.deepEqual(back.register, register, "CSV export → import is lossless");
  assert.deepEqual(q.registerFromCsv({ csv: csv.body }), register);
  assert.equal(back.seat, "clacks-business");
  assert.equal(await at(w, "register.organisation").inputValue(), "clacks-business");

  // A CSV that is not a register is refused, naming what is wrong.
  await at(w, "import-csv").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("name,thing\nx,y\n") });
  await summary.waitFor();
  assert.match(await summary.textContent(), /bad\.csv could not be imported: .*"member"/);
  await summary.locator("button").first().click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "import-csv");

  // The agenda check, against the engine's report.
  const text = "1. Welcome and apologies\n4. Town Centre Regeneration Fund: application from Clacks Business Ltd\n5. Resurfacing of Mar Place\n6. Community safety";
  await at(w, "agenda").fill(text);
  const agenda = q.checkAgendaAgainstRegister({
    constitution: "clackmannanshire-2019",
    register,
    agenda: [
      { id: "1", title: "Welcome and apologies" },
      { id: "4", title: "Town Centre Regeneration Fund: application from Clacks Business Ltd" },
      { id: "5", title: "Resurfacing of Mar Place" },
      { id: "6", title: "Community safety" },
    ],
  });
  assert.equal(agenda.touched, 2);
  assert.equal(await w.locator(".agenda-summary").textContent(), agenda.summary);
  const items = w.locator('[part="agenda-item"]');
  assert.equal(await items.count(), agenda.items.length);
  for (const [i, item] of agenda.items.entries()) {
    const shown = (await items.nth(i).textContent()).replace(/\s+/g, " ");
    assert.ok(shown.includes(`Item ${item.item}: ${item.title}`));
    assert.equal(shown.includes("Names your register"), item.touched);
    for (const r of item.reasons) {
      assert.ok(shown.includes(r.text.replace(/\s+/g, " ")), `item ${item.item} explains: ${r.text}`);
      for (const c of r.cite) assert.ok(shown.includes(c), `with ${c}`);
    }
    if (item.start.answers.connectionDescription) assert.ok(shown.includes(item.start.answers.connectionDescription.replace(/\s+/g, " ")));
  }
  const clacks = agenda.items.find((i) => i.item === "4");
  assert.ok(clacks.touched && clacks.matches.some((m) => m.found.some((f) => f.term === "Clacks Business Ltd")));
  await shot(w, `${TAG}-path-agenda`);

  // Going on to the conflict check: the typed event carries assessConflict's input.
  const item4 = items.nth(1);
  const heard = b.page.evaluate(
    () =>
      new Promise((ok) =>
        document.addEventListener(
          "quorate-conflict-check-request",
          (e) => {
            e.preventDefault();
            ok(e.detail);
          },
          { once: true },
        ),
      ),
  );
  await item4.locator("button", { hasText: "Start the conflict check" }).click();
  const detail = await heard;
  assert.deepEqual(detail, { constitution: "clackmannanshire-2019", ...clacks.start });
  assert.equal(typeof q.assessConflict(detail).status, "string", "the request is assessConflict's input as it stands");
  assert.match(await item4.locator(".request-status").textContent(), /The conflict check has item 4/);
  await items.nth(2).locator("button", { hasText: "Start the conflict check" }).click();
  assert.match(await items.nth(2).locator(".request-status").textContent(), /There is no conflict check on this page to take item 5/);

  // At 320 px.
  await b.page.setViewportSize({ width: 320, height: 800 });
  await shot(w, `${TAG}-path-agenda-320px`);
  await shot(w.locator('[part="task-list"]'), `${TAG}-path-tasks-320px`);
  await shot(items.nth(2), `${TAG}-path-agenda-item-320px`);
  await openSection(w, "Other roles");
  await shot(w, `${TAG}-path-section-320px`);
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1);
  await b.page.setViewportSize({ width: 1280, height: 720 });
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

for (const preset of ["clackmannanshire-2019", "inverclyde-mou"]) {
  test(`${preset}: the engine's notes and clauses, its seats, and an item naming a registered company is flagged`, async () => {
    await b.blank();
    const w = await b.show({ tag: TAG, attrs: `preset="${preset}"` }, ".task-list");
    const rules = q.preset(preset);
    const options = await at(w, "register.organisation").locator("option").allTextContents();
    assert.equal(options.length, rules.membership.length + 1, "one option per seat, and 'Choose your seat'");
    await at(w, "register.member").fill("Ms K Brown");
    await openSection(w, "Remuneration");
    await addEntry(w, { description: "Director, Greenock Widgets Ltd", organisations: ["Greenock Widgets Ltd"] });
    await finish(w, "yes");
    await at(w, "agenda").fill("Contract award to Greenock Widgets Ltd\nMinutes of the last meeting");
    const register = (await exported(b.page, w)).data.register;
    const report = q.validateRegister({ constitution: preset, register });
    const agenda = q.checkAgendaAgainstRegister({
      constitution: preset,
      register,
      agenda: [
        { id: "1", title: "Contract award to Greenock Widgets Ltd" },
        { id: "2", title: "Minutes of the last meeting" },
      ],
    });
    const text = (await w.locator(".panel").textContent()).replace(/\s+/g, " ");
    for (const n of [...report.notes, ...report.reasons, ...agenda.notes]) assert.ok(text.includes(n.text.replace(/\s+/g, " ")), `shows: ${n.text}`);
    for (const c of new Set([...report.citations, ...agenda.citations])) assert.ok(text.includes(c), `cites ${c}`);
    assert.equal(await w.locator(".agenda-summary").textContent(), agenda.summary);
    assert.equal(agenda.items[0].touched, true);
    assert.equal(await w.locator('[part="agenda-item"]').first().locator(".tag").textContent(), "Names your register");
    assert.equal(await w.locator('[part="agenda-item"]').nth(1).locator(".tag").textContent(), "Nothing from your register");
    await shot(w, `${TAG}-${preset}-agenda`);
    assert.deepEqual(b.log.problems.splice(0), []);
  });
}

test("keyboard only: name, seat, a section with an entry, completed", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".task-list");
  const focused = () => b.page.evaluate(() => {
    const el = document.activeElement?.shadowRoot?.activeElement;
    return el ? el.dataset.path ?? el.id ?? el.textContent : null;
  });
  await b.page.locator("h1").click();
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "register.member");
  await b.page.keyboard.type("Cllr Alex Green");
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "register.organisation");
  await b.page.keyboard.press("ArrowDown");
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "sections.remuneration");
  await b.page.keyboard.press("Enter");
  assert.equal(await focused(), "category-title");
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "add-entry");
  await b.page.keyboard.press("Enter");
  assert.equal(await focused(), "register.entries[0].description");
  await b.page.keyboard.type("Councillor, Clackmannanshire Council");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("Clackmannanshire Council");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "save-entry");
  await b.page.keyboard.press("Enter");
  assert.equal(await focused(), "card-0");
  for (let i = 0; i < 4; i++) await b.page.keyboard.press("Tab"); // Change, Remove, Add another entry, Yes
  await b.page.keyboard.press("Space");
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "finish");
  await b.page.keyboard.press("Enter");
  assert.equal(await focused(), "sections.remuneration");
  assert.equal(await w.locator("button.task", { hasText: "Remuneration" }).locator(".status").textContent(), "Completed");
  assert.equal(await at(w, "register.organisation").inputValue(), q.preset("clackmannanshire-2019").membership[0].id);
  const register = (await exported(b.page, w)).data.register;
  assert.deepEqual(register, {
    member: "Cllr Alex Green",
    organisation: q.preset("clackmannanshire-2019").membership[0].organisation,
    entries: [{ id: "r1", category: "remuneration", description: "Councillor, Clackmannanshire Council", organisations: ["Clackmannanshire Council"], keywords: [] }],
  });
});

test("a saved register with a problem: the section says so, and the summary opens the entry at its field", async () => {
  await b.blank();
  const register = {
    member: "Cllr Jane Smith",
    entries: [
      { id: "r1", category: "remuneration", description: "Councillor, Clackmannanshire Council", organisations: ["Clackmannanshire Council"], keywords: [] },
      { id: "r2", category: "sharesAndSecurities", description: "Shares in Forth Widgets plc", organisations: ["Forth; Widgets plc"], keywords: [] },
    ],
  };
  const problems = q.validateRegister({ constitution: "clackmannanshire-2019", register }).problems;
  assert.deepEqual(problems.map((p) => p.path), ["register.entries[1].organisations[0]"]);
  await b.page.evaluate((data) => {
    const draft = { quorate: "draft", widget: "quorate-interests", schemaVersion: 1, savedAt: new Date().toISOString(), data };
    localStorage.setItem("quorate:quorate-interests:default:clackmannanshire-2019", JSON.stringify(draft));
  }, { register, seat: "", sections: { remuneration: "yes" }, agenda: "" });
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".task-list");
  assert.equal(await w.locator("button.task", { hasText: "Shares and securities" }).locator(".status").textContent(), "There is a problem");
  assert.equal(await w.locator("button.task", { hasText: "Remuneration" }).locator(".status").textContent(), "Completed");
  const summary = w.locator(".error-summary");
  assert.ok((await summary.textContent()).includes(problems[0].message));
  assert.equal(await b.page.evaluate(() => document.activeElement === document.body), true, "no focus taken on load");
  await shot(w, `${TAG}-draft-problem`);
  await summary.locator("button").first().click();
  await w.locator("#entry-organisations").waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "register.entries[1].organisations");
  assert.equal(await w.locator("#entry-organisations").inputValue(), "Forth; Widgets plc");
  await w.locator("#entry-organisations").fill("Forth Widgets plc");
  await w.locator("#save-entry").click();
  await w.locator("#add-entry").waitFor();
  assert.equal(await summary.count(), 0);
  await w.locator("button.back").click();
  assert.equal(await w.locator("button.task", { hasText: "Shares and securities" }).locator(".status").textContent(), "In progress");
  assert.equal(await w.locator(".agenda-summary").count(), 0);
  assert.equal(
    (await exported(b.page, w)).data.register.entries[1].organisations[0],
    "Forth Widgets plc",
  );
});
