// <quorate-conflict-check>: the widget contract, and a member's paths through the
// self-assessment to every outcome of assessConflict (one of them keyboard only), the
// check-answers Change path, copy and print, and the agenda's task list from a register
// on this device and from files. Every outcome shown is compared with the engine's own
// report (the package, loaded in Node) for the same answers, never a copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, shot, axe, dropAxeNoise, PAYLOADS } from "./contract.mjs";
import { loadPackage } from "../lib.mjs";

const TAG = "quorate-conflict-check";
const q = await loadPackage();
const CLACKS = 'preset="clackmannanshire-2019"';
const INVERCLYDE = 'preset="inverclyde-mou"';

const heading = (w) => w.locator(".question-heading");
const flat = (s) => (s ?? "").replace(/\s+/g, " ").trim();

/** Answer the question on screen: a radio by its label, or text; then Continue. */
async function answer(w, value) {
  if (["Yes", "No", "I'm not sure"].includes(value)) await w.getByRole("radio", { name: value, exact: true }).check();
  else await w.locator("#flow-input").fill(value);
  await w.locator("button.flow-submit").click();
}

/** From the start page: the item, then each answer in turn, to check answers. */
async function walk(w, { member = "Cllr Jane Smith", item = "5", title = "Town Centre Fund: applications", answers }) {
  await w.locator("#member").fill(member);
  await w.locator("#item").fill(item);
  await w.locator("#item-title").fill(title);
  await w.locator("#start").click();
  for (const a of answers) {
    await heading(w).waitFor();
    await answer(w, a);
  }
  await w.locator(".check-answers-heading").waitFor();
}

async function restart(w) {
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await w.locator("#start").waitFor();
}

/** What the engine says for the answers on the path the widget shows. */
function expected(preset, answers, { member = "Cllr Jane Smith", item = "5", itemTitle = "Town Centre Fund: applications", category } = {}) {
  return q.assessConflict({ constitution: preset, member, item, itemTitle, ...(category ? { category } : {}), answers });
}

/** The answers the check-answers list shows, read from the page. */
async function listed(w) {
  return w.locator(".check-answers-list > div").evaluateAll((rows) => rows.map((r) => [r.querySelector("dt").textContent.trim(), r.querySelector("dd").textContent.trim()]));
}

async function assertOutcome(w, report) {
  const shown = flat(await w.locator('[part="result"]').textContent());
  assert.ok(shown.includes(flat(report.summary)), `shows the summary: ${report.summary}`);
  for (const r of report.reasons) {
    assert.ok(shown.includes(flat(r.text)), `explains: ${r.text}`);
    for (const c of r.cite) assert.ok(shown.includes(c), `with ${c}`);
  }
  const minute = w.locator("#minute");
  if (report.declaration) assert.equal(await minute.textContent(), report.declaration);
  else assert.equal(await minute.count(), 0, "nothing to minute");
  assert.match(await w.locator(".citations").textContent(), new RegExp(report.citations[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.match(await w.locator('[role="status"][aria-live]').textContent(), /\S/, "the verdict is announced");
}

const DIRECTOR = "a director of Clacks Business Ltd, which has applied for funding under this item";
const STAGE2_NO = ["No", "No", "No", "No", "No"]; // own organisation only, then the four factors
const PATHS = {
  noConnection: { preset: "clackmannanshire-2019", answers: ["No", "No"], engine: { connection: "no", approached: "no" } },
  seekAdviceConnection: { preset: "clackmannanshire-2019", answers: ["I'm not sure", "No"], engine: { connection: "unsure", approached: "no" } },
  noInterest: {
    preset: "clackmannanshire-2019",
    answers: ["Yes", DIRECTOR, ...STAGE2_NO, "No", "Yes", "No"],
    engine: { connection: "yes", connectionDescription: DIRECTOR, ownOrganisationOnly: "no", personalBenefit: "no", loyalty: "no", giftFromInterestedParty: "no", obligation: "no", objectiveTest: "no", transparency: "yes", approached: "no" },
  },
  declareAndWithdraw: {
    preset: "clackmannanshire-2019",
    answers: ["Yes", DIRECTOR, ...STAGE2_NO, "Yes", "No"],
    engine: { connection: "yes", connectionDescription: DIRECTOR, ownOrganisationOnly: "no", personalBenefit: "no", loyalty: "no", giftFromInterestedParty: "no", obligation: "no", objectiveTest: "yes", approached: "no" },
  },
  declareWithDispensation: {
    preset: "inverclyde-mou",
    answers: ["Yes", DIRECTOR, ...STAGE2_NO, "Yes", "Yes", "No"],
    engine: { connection: "yes", connectionDescription: DIRECTOR, ownOrganisationOnly: "no", personalBenefit: "no", loyalty: "no", giftFromInterestedParty: "no", obligation: "no", objectiveTest: "yes", dispensation: "yes", approached: "no" },
  },
  seekAdviceDispensation: {
    preset: "inverclyde-mou",
    answers: ["Yes", DIRECTOR, ...STAGE2_NO, "Yes", "I'm not sure", "No"],
    engine: { connection: "yes", connectionDescription: DIRECTOR, ownOrganisationOnly: "no", personalBenefit: "no", loyalty: "no", giftFromInterestedParty: "no", obligation: "no", objectiveTest: "yes", dispensation: "unsure", approached: "no" },
  },
};

const REGISTER = {
  member: "Cllr Jane Smith",
  organisation: "Clackmannanshire Council",
  entries: [
    { id: "r1", category: "remuneration", description: "Director, Clacks Business Ltd (paid)", organisations: ["Clacks Business Ltd"], keywords: [] },
    { id: "r2", category: "housesLandAndBuildings", description: "House on Mar Street, Alloa", organisations: [], keywords: ["Mar Street"] },
  ],
};
const AGENDA = "1. Welcome and apologies\n4. Town Centre Fund: Clacks Business Ltd application\n5. Mar Street car park\n6. Any other business";

async function saveInterestsDraft(page, register = REGISTER) {
  await page.evaluate((data) => {
    const draft = { quorate: "draft", widget: "quorate-interests", schemaVersion: 1, savedAt: new Date().toISOString(), data };
    localStorage.setItem("quorate:quorate-interests:default:clackmannanshire-2019", JSON.stringify(draft));
  }, { register, seat: "", sections: {}, agenda: "" });
}

// ---- the contract ----

async function fill(w) {
  await w.locator("#member").fill("Cllr Jane Smith");
  await w.locator("#item").fill("4");
  await w.locator("#item-title").fill("Town Centre Fund");
  await w.locator("#agenda").fill(AGENDA);
}

async function read(w) {
  return w.evaluate((el) => {
    const r = el.shadowRoot;
    return {
      member: r.querySelector("#member")?.value,
      item: r.querySelector("#item")?.value,
      title: r.querySelector("#item-title")?.value,
      agenda: r.querySelector("#agenda")?.value,
      question: r.querySelector(".question-heading")?.textContent.trim(),
    };
  });
}

const states = {
  question: async (w) => {
    await restart(w);
    await w.locator("#start").click();
    await heading(w).waitFor();
  },
  error: async (w) => {
    await w.locator("button.flow-submit").click();
    await w.locator(".error-summary").waitFor();
  },
  text: async (w) => {
    await answer(w, "Yes");
    await w.locator("#flow-input").waitFor();
  },
  "check-answers": async (w) => {
    await restart(w);
    await walk(w, { answers: PATHS.declareAndWithdraw.answers });
  },
  "outcome-declare-and-withdraw": async (w) => {
    await w.locator("button.flow-submit").click();
    await w.locator(".outcome").waitFor();
  },
  "outcome-no-interest": async (w) => {
    await restart(w);
    await walk(w, { answers: PATHS.noInterest.answers });
    await w.locator("button.flow-submit").click();
    await w.locator(".outcome").waitFor();
  },
  "outcome-seek-advice": async (w) => {
    await restart(w);
    await walk(w, { answers: PATHS.seekAdviceConnection.answers });
    await w.locator("button.flow-submit").click();
    await w.locator(".outcome").waitFor();
  },
  "task-list": async (w) => {
    await restart(w);
    await w.locator('input[type="file"][data-path="register-file"]').setInputFiles({
      name: "register.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ kind: "quorate-interests", schemaVersion: 1, quorateVersion: "0.1.0", constitution: "clackmannanshire-2019", data: { register: REGISTER } })),
    });
    await w.locator("#agenda").fill(AGENDA);
    await w.locator("#check-agenda").click();
    await w.locator(".completed-count").waitFor();
  },
};

contract({ tag: TAG, fill, read, states, ready: ".private" });

// ---- a member's paths ----

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

for (const [name, path] of Object.entries(PATHS)) {
  test(`a member's path to ${name} (${path.preset}): one question at a time, in the constitution's words, to the engine's outcome`, async () => {
    await b.blank();
    const w = await b.show({ tag: TAG, attrs: `preset="${path.preset}"` }, "#start");
    const questions = q.conflictQuestions({ constitution: path.preset }).questions;
    await w.locator("#member").fill("Cllr Jane Smith");
    await w.locator("#item").fill("5");
    await w.locator("#item-title").fill("Town Centre Fund: applications");
    await w.locator("#start").click();
    const given = {};
    for (const a of path.answers) {
      const next = expected(path.preset, given).next;
      assert.equal(next.length > 0, true);
      const asked = next[0];
      await heading(w).waitFor();
      assert.equal(flat(await heading(w).textContent()), flat(asked.text), "the engine's question, one at a time");
      const hint = flat(await w.locator("#flow-hint").textContent());
      if (asked.help) assert.ok(hint.includes(flat(asked.help)), "its help as the hint");
      for (const c of asked.cite) assert.ok(hint.includes(c), `its clause ${c}`);
      const stage = questions.find((v) => v.id === asked.id)?.stage;
      assert.match(await w.locator(".question-caption").textContent(), new RegExp(`Stage \\d of 3: ${stage}`));
      if (asked.kind === "yesNoUnsure") assert.equal(await w.getByRole("radio", { name: "I'm not sure", exact: true }).count(), 1, "I'm not sure is offered");
      given[asked.id] = asked.kind === "text" ? a : asked.options.find((o) => o.label === a).value;
      await answer(w, a);
    }
    await w.locator(".check-answers-heading").waitFor();
    assert.deepEqual(given, path.engine, "the path walked is the one the engine asks");
    const report = expected(path.preset, given);
    assert.equal(report.status, "complete");
    assert.deepEqual(
      await listed(w),
      report.answered.map((a) => [a.text, a.id === "connectionDescription" ? a.answer : labelFor(a.answer)]),
    );
    await shot(w, `${TAG}-check-answers-${name}`);
    const event = b.page.evaluate(() => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })));
    await w.locator("button.flow-submit").click();
    await w.locator(".outcome").waitFor();
    const detail = await event;
    assert.equal(detail.report.outcome, report.outcome);
    assert.deepEqual(detail.report.citations, report.citations);
    await assertOutcome(w, report);
    await shot(w, `${TAG}-outcome-${name}`);
    assert.deepEqual(await axe(b.page), []);
    dropAxeNoise(b.log.problems);
    assert.deepEqual(b.log.problems.splice(0), []);
  });
}

function labelFor(answer) {
  return { yes: "Yes", no: "No", "not sure": "I'm not sure" }[answer] ?? answer;
}

test("keyboard only: declare and withdraw, from the start page to the minute", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  const focused = () =>
    b.page.evaluate(() => {
      const el = document.activeElement?.shadowRoot?.activeElement;
      return { id: el?.id, cls: el?.className, value: el?.value, tag: el?.tagName };
    });
  await b.page.locator("h1").click();
  await b.page.keyboard.press("Tab");
  assert.equal((await focused()).id, "member");
  await b.page.keyboard.type("Cllr Jane Smith");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("5");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("Town Centre Fund");
  await b.page.keyboard.press("Tab");
  assert.equal((await focused()).id, "start");
  await b.page.keyboard.press("Enter");
  await heading(w).waitFor();
  assert.equal((await focused()).cls, "question-heading", "focus moves to the question");
  // Each question: Tab to the radios (Back link first), arrows choose, Enter continues.
  const choose = async (label) => {
    const h = flat(await heading(w).textContent());
    // From the question's heading: past the Back link to the field.
    for (let i = 0; i < 3 && !["INPUT", "TEXTAREA"].includes((await focused()).tag); i++) await b.page.keyboard.press("Tab");
    if (label === DIRECTOR) {
      await b.page.keyboard.type(label);
    } else {
      // The first radio of the group takes focus; Space checks it, arrows move on.
      const order = ["yes", "no", "unsure"];
      const want = { Yes: "yes", No: "no", "I'm not sure": "unsure" }[label];
      await b.page.keyboard.press("Space");
      for (let i = 0; i < order.indexOf(want); i++) await b.page.keyboard.press("ArrowDown");
      assert.equal((await focused()).value, want);
    }
    await b.page.keyboard.press("Tab");
    assert.equal((await focused()).cls, "flow-submit");
    await b.page.keyboard.press("Enter");
    await w.locator(".question-heading, .check-answers-heading").first().waitFor();
    if (await heading(w).count()) assert.notEqual(flat(await heading(w).textContent()), h, "on to the next question");
  };
  for (const a of PATHS.declareAndWithdraw.answers) await choose(a);
  await w.locator(".check-answers-heading").waitFor();
  assert.equal((await focused()).cls, "check-answers-heading");
  // Back link, then the Change links, then the button.
  let f;
  for (let i = 0; i < 40; i++) {
    await b.page.keyboard.press("Tab");
    f = await focused();
    if (f.cls === "flow-submit") break;
  }
  await b.page.keyboard.press("Enter");
  await w.locator(".outcome").waitFor();
  await assertOutcome(w, expected("clackmannanshire-2019", PATHS.declareAndWithdraw.engine, { itemTitle: "Town Centre Fund" }));
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("Continue with no answer: the error summary takes focus, the field says it too, and the summary's link focuses the radios", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  await w.locator("#start").click();
  await heading(w).waitFor();
  await w.locator("button.flow-submit").click();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /There is a problem\s*Select yes, no or I'm not sure/);
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), "error-summary");
  assert.match(await w.locator("#flow-error").textContent(), /Select yes, no or I'm not sure/);
  assert.match(await w.locator("fieldset.question").getAttribute("aria-describedby"), /flow-error/);
  await shot(w, `${TAG}-error`);
  assert.deepEqual(await axe(b.page), []);
  await summary.locator("button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.value), "yes");
  await answer(w, "Yes");
  // A text question left blank.
  await w.locator("button.flow-submit").click();
  await summary.waitFor();
  assert.match(await summary.textContent(), /Enter what the connection is, in a few words/);
  await answer(w, "  ");
  assert.match(await summary.textContent(), /Enter what the connection is/, "spaces are not an answer");
  await answer(w, DIRECTOR);
  assert.equal(await summary.count(), 0, "the error goes once answered");
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("Back goes one question back with the answer kept; Change on check answers returns to check answers, through any new question", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  await w.locator("#member").fill("Cllr Jane Smith");
  await w.locator("#item").fill("5");
  await w.locator("#item-title").fill("Town Centre Fund: applications");
  await w.locator("#start").click();
  await answer(w, "Yes");
  await answer(w, DIRECTOR);
  await w.locator("button.back").click();
  assert.equal(await w.locator("#flow-input").inputValue(), DIRECTOR, "the answer is kept");
  await w.locator("button.back").click();
  assert.equal(await w.getByRole("radio", { name: "Yes", exact: true }).isChecked(), true);
  await w.locator("button.back").click();
  await w.locator("#start").waitFor(); // the first question's back link leads to the start page
  await w.locator("#start").click();
  for (const a of PATHS.declareAndWithdraw.answers) await answer(w, a);
  await w.locator(".check-answers-heading").waitFor();
  const before = await listed(w);
  // Change the description: straight back to check answers.
  await w.locator('[data-change="connectionDescription"]').click();
  assert.equal(await w.locator("#flow-input").inputValue(), DIRECTOR);
  await answer(w, "a trustee of Clacks Business Ltd");
  await w.locator(".check-answers-heading").waitFor();
  assert.equal((await listed(w)).find(([t]) => /what is the connection/i.test(t))[1], "a trustee of Clacks Business Ltd");
  // Change the objective test to No: the transparency question is new, then check answers.
  await w.locator('[data-change="objectiveTest"]').click();
  await answer(w, "No");
  const transparency = expected("clackmannanshire-2019", { ...PATHS.declareAndWithdraw.engine, objectiveTest: "no" }).next[0];
  assert.equal(transparency.id, "transparency");
  assert.equal(flat(await heading(w).textContent()), flat(transparency.text));
  await answer(w, "Yes");
  await w.locator(".check-answers-heading").waitFor();
  const after = await listed(w);
  assert.equal(after.length, before.length + 1);
  await w.locator("button.flow-submit").click();
  const report = expected("clackmannanshire-2019", { ...PATHS.declareAndWithdraw.engine, connectionDescription: "a trustee of Clacks Business Ltd", objectiveTest: "no", transparency: "yes" });
  assert.equal(report.outcome, "noInterest");
  await assertOutcome(w, report);
  // From the outcome, "Change your answers" leads to check answers again.
  await w.locator("#change-answers").click();
  await w.locator(".check-answers-heading").waitFor();
  assert.deepEqual(await listed(w), after);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("the minute wording: Copy puts it on the clipboard and says Copied; where the clipboard is refused, the text is selected; Print prints", async () => {
  await b.blank();
  await b.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  await walk(w, { answers: PATHS.declareAndWithdraw.answers });
  await w.locator("button.flow-submit").click();
  const report = expected("clackmannanshire-2019", PATHS.declareAndWithdraw.engine);
  await w.locator("#copy").click();
  await w.locator(".copy-status", { hasText: "Copied" }).waitFor();
  assert.equal(await b.page.evaluate(() => navigator.clipboard.readText()), report.declaration);
  await shot(w, `${TAG}-copied`);
  await b.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
  });
  await w.locator("#copy").click();
  await w.locator(".copy-status", { hasText: "selected" }).waitFor();
  assert.equal(await b.page.evaluate(() => getSelection().toString()), report.declaration);
  await b.page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await w.locator("#print").click();
  assert.equal(await b.page.evaluate(() => window.__printed), 1);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("script typed into the connection stays text in the check answers and the minute", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  const answers = [...PATHS.declareAndWithdraw.answers];
  answers[1] = PAYLOADS[0];
  await walk(w, { member: PAYLOADS[1], title: PAYLOADS[2], answers });
  await w.locator("button.flow-submit").click();
  await w.locator("#minute").waitFor();
  assert.ok((await w.locator("#minute").textContent()).includes(PAYLOADS[0]));
  assert.equal(await w.evaluate((el) => el.shadowRoot.querySelectorAll("img, script, svg").length), 0);
  assert.equal(await b.page.evaluate(() => window.__pwned), undefined);
});

test("an agenda against the register on this device: the task list, each flagged item's connection filled in, worked through one by one", async () => {
  await b.blank();
  await saveInterestsDraft(b.page);
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  const agendaItems = AGENDA.split("\n").map((l) => {
    const [, id, title] = /^(\d+)\. (.*)$/.exec(l);
    return { id, title };
  });
  const check = q.checkAgendaAgainstRegister({ constitution: "clackmannanshire-2019", register: REGISTER, agenda: agendaItems });
  assert.ok(check.touched >= 2);
  await w.locator("#check-agenda").click();
  assert.match(await w.locator(".error-summary").textContent(), /Use the register of interests on this device.*Enter the agenda's item titles/s);
  await w.locator("#use-device").click();
  assert.match(await w.locator(".register-chosen").textContent(), /Cllr Jane Smith.*2 entries/);
  await w.locator("#agenda").fill(AGENDA);
  await w.locator("#check-agenda").click();
  await w.locator(".completed-count").waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id), "agenda-title");
  const tasks = w.locator("button.task");
  assert.equal(await tasks.count(), check.items.length);
  const flagged = check.items.filter((i) => i.touched);
  // Flagged items first, in agenda order, each with why.
  for (const [n, item] of flagged.entries()) {
    const text = flat(await tasks.nth(n).textContent());
    assert.ok(text.includes(`${item.item}. ${item.title}`));
    assert.ok(text.includes(flat(item.reasons[0].text)));
    assert.match(text, /Not yet started/);
  }
  assert.match(await w.locator(".completed-count").textContent(), new RegExp(`${flagged.length} items of ${check.items.length} name an interest in your register. You have checked 0 of ${flagged.length}`));
  await shot(w, `${TAG}-task-list`);
  assert.deepEqual(await axe(b.page), []);

  // The first flagged item: the connection found is shown first, to be confirmed.
  const first = flagged[0];
  await tasks.nth(0).click();
  await heading(w).waitFor();
  assert.equal(await w.getByRole("radio", { name: "Yes", exact: true }).isChecked(), true, "the connection stage is filled in from the register");
  assert.match(await w.locator(".question-caption").textContent(), new RegExp(`${first.item}\\. `));
  await w.locator("button.flow-submit").click();
  assert.equal(await w.locator("#flow-input").inputValue(), first.start.answers.connectionDescription);
  await shot(w, `${TAG}-agenda-item`);
  await w.locator("button.flow-submit").click();
  for (const a of [...STAGE2_NO, "Yes", "No"]) await answer(w, a);
  await w.locator(".check-answers-heading").waitFor();
  await w.locator("button.flow-submit").click();
  const report = expected("clackmannanshire-2019", { ...first.start.answers, ownOrganisationOnly: "no", personalBenefit: "no", loyalty: "no", giftFromInterestedParty: "no", obligation: "no", objectiveTest: "yes", approached: "no" }, {
    member: first.start.member,
    item: first.start.item,
    itemTitle: first.start.itemTitle,
    category: first.start.category,
  });
  assert.equal(report.outcome, "declareAndWithdraw");
  await assertOutcome(w, report);
  await w.locator("#leave", { hasText: "Back to the agenda" }).click();
  await w.locator(".completed-count").waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id), `task-${check.items.indexOf(first)}`, "focus returns to the item");
  assert.match(await tasks.nth(0).locator(".status").textContent(), /Declare and withdraw/);
  assert.match(await w.locator(".completed-count").textContent(), new RegExp(`You have checked 1 of ${flagged.length}`));

  // The second is started, then left: In progress, and kept across a reload.
  await tasks.nth(1).click();
  await w.locator("button.flow-submit").click();
  await w.locator("button.back").first().click(); // back to the connection
  await w.locator("button.back").first().click(); // back to the agenda
  await w.locator(".completed-count").waitFor();
  assert.equal(await tasks.nth(1).locator(".status").textContent(), "In progress");
  await b.page.waitForTimeout(400);
  const again = await b.show({ tag: TAG, attrs: CLACKS }, ".completed-count");
  assert.match(await again.locator("button.task").nth(0).locator(".status").textContent(), /Declare and withdraw/);
  assert.equal(await again.locator("button.task").nth(1).locator(".status").textContent(), "In progress");
  await b.page.setViewportSize({ width: 320, height: 800 });
  assert.ok((await again.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1);
  await shot(again, `${TAG}-task-list-320px`);
  assert.deepEqual(await axe(b.page), []);
  await b.page.setViewportSize({ width: 1280, height: 720 });
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("an agenda from files: the register's JSON export and a text file of titles; a file that is not a register is refused", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, "#start");
  assert.equal(await w.locator("#use-device").count(), 0, "no register on this device");
  const file = w.locator('input[type="file"][data-path="register-file"]');
  await file.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ kind: "quorate-meeting", schemaVersion: 1, data: {} })) });
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /notes\.json could not be imported: Choose a file exported by <quorate-interests>/);
  await file.setInputFiles({
    name: "register-of-interests-cllr-jane-smith.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ kind: "quorate-interests", schemaVersion: 1, quorateVersion: "0.1.0", constitution: "clackmannanshire-2019", data: { register: REGISTER, seat: "", sections: {}, agenda: "" } })),
  });
  assert.match(await w.locator(".register-chosen").textContent(), /from register-of-interests-cllr-jane-smith\.json/);
  await w.locator('input[type="file"][data-path="agenda-file"]').setInputFiles({ name: "agenda.txt", mimeType: "text/plain", buffer: Buffer.from(AGENDA) });
  await w.locator(".banner", { hasText: "Read 4 agenda items from agenda.txt" }).waitFor();
  assert.equal(await w.locator("#agenda").inputValue(), AGENDA);
  await w.locator("#check-agenda").click();
  await w.locator(".completed-count").waitFor();
  assert.equal(await w.locator("button.task").count(), 4);
  assert.match(flat(await w.locator("button.task").nth(0).textContent()), /4\. Town Centre Fund/);
  await w.locator("#new-agenda").click();
  await w.locator("#start").waitFor();
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("<quorate-interests>' 'Start the conflict check' on the same page leads into the check of that item", async () => {
  await b.blank();
  await b.page.evaluate((data) => {
    const draft = { quorate: "draft", widget: "quorate-interests", schemaVersion: 1, savedAt: new Date().toISOString(), data };
    localStorage.setItem("quorate:quorate-interests:default:clackmannanshire-2019", JSON.stringify(draft));
  }, { register: REGISTER, seat: "", sections: {}, agenda: AGENDA });
  const interests = await b.show({ tag: "quorate-interests", attrs: CLACKS }, '[part="agenda-item"]');
  await b.page.evaluate(() => {
    const c = document.createElement("quorate-conflict-check");
    c.setAttribute("preset", "clackmannanshire-2019");
    document.querySelector("main").append(c);
  });
  const w = b.page.locator(TAG);
  await w.locator("#start").waitFor();
  const item = interests.locator('[part="agenda-item"]', { hasText: "Item 4:" });
  await item.locator("button", { hasText: "Start the conflict check" }).click();
  await item.locator(".request-status", { hasText: "The conflict check has item 4" }).waitFor();
  await heading(w).waitFor();
  assert.equal(await w.getByRole("radio", { name: "Yes", exact: true }).isChecked(), true);
  assert.match(await w.locator(".question-caption").textContent(), /4\. Town Centre Fund/);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});
