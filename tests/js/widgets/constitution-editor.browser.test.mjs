// <quorate-constitution-editor>: the widget contract, and an officer's path: from a blank
// constitution, write the partnership's details, its seats (keyboard only) and a
// composite quorum; check the preview's answer against `checkQuorum` called directly on
// the exported constitution; an invalid edit shows the error summary, whose entry opens
// the section and focuses the field; import → export gives the same constitution. From
// blank, a floor quorum with a ward spread and a chair succession (keyboard only), each
// sample meeting checked against `checkQuorum` and `checkChair`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, downloadOf, axe, dropAxeNoise, shot } from "./contract.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadPackage } from "../lib.mjs";

const TAG = "quorate-constitution-editor";

/** Open a section from the task list (going back to it first if a section is open). */
async function openSection(w, id) {
  const back = w.locator("button", { hasText: "Back to the sections" }).first();
  if (await back.isVisible()) await back.click();
  await w.locator(`#task-${id}`).click();
  await w.locator("#section-title").waitFor();
}

async function fill(w) {
  await openSection(w, "membership");
  await w.locator("#add-seat").click();
  const last = (await w.locator("[data-seat]").count()) - 1;
  await w.locator(`[data-path="membership[${last}].name"]`).fill("Chair of Clackmannanshire Third Sector Interface");
  await w.locator(`[data-path="membership[${last}].organisation"]`).fill("CTSI");
}

async function read(w) {
  return w.evaluate((el) => ({
    page: el.shadowRoot.querySelector("#section-title")?.textContent ?? "the sections",
    values: [...el.shadowRoot.querySelectorAll("input, textarea")].map((i) => (i.type === "radio" || i.type === "checkbox" ? i.checked : i.value)),
    preview: el.shadowRoot.querySelector(".preview")?.textContent.replace(/\s+/g, " ").trim(),
  }));
}

contract({
  tag: TAG,
  fill,
  read,
  ready: ".preview",
  states: {
    // Before the blank start, where the decisions cannot start yet (no seats).
    "decisions-section": async (w) => openSection(w, "decisions"),
    "absence-section": async (w) => openSection(w, "absence"),
    "notice-section": async (w) => openSection(w, "notice"),
    "blank-start": async (w) => {
      const back = w.locator("button", { hasText: "Back to the sections" }).first();
      if (await back.isVisible()) await back.click();
      await w.locator("label", { hasText: "A blank constitution" }).locator("input").check();
      await w.locator("#start-again").click();
      await w.locator(".error-summary").waitFor();
    },
    "section-with-problem": async (w) => {
      await openSection(w, "about");
      await w.locator('[data-path="id"]').fill("my partnership");
    },
    "read-only-section": async (w) => openSection(w, "openness"),
    "chair-succession": async (w) => {
      await openSection(w, "chair");
      await w.locator('fieldset[data-path="chair.whenAbsent"] label', { hasText: "Several steps" }).locator("input").check();
    },

  },
});

let b;
let pkg;
before(async () => {
  b = await openBrowser();
  pkg = await loadPackage();
});
after(() => b?.close());

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, " ").trim();

test("from blank: details, seats (keyboard only) and a composite quorum; the preview agrees with checkQuorum on the exported constitution", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  await w.locator("label", { hasText: "A blank constitution" }).locator("input").check();
  await w.locator("#start-again").click();

  // A blank constitution: its problems listed at once; the quorum needs the seats first.
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await text(summary), /Enter the partnership's name/);
  assert.match(await text(w.locator("#task-about")), /There is a problem/);
  assert.match(await text(w.locator("#task-membership")), /Not yet started/);
  assert.match(await text(w.locator("#task-quorum")), /Add the seats first.*Cannot start yet/);
  assert.equal(await w.locator("button#task-quorum").count(), 0, "a section that cannot start yet is not a control");
  await shot(w, `${TAG}-path-blank`);

  await openSection(w, "about");
  await w.locator('[data-path="name"]').fill("Example Community Planning Partnership Board");
  await w.locator('[data-path="id"]').fill("example-cpp");
  await w.locator('[data-path="source.title"]').fill("Example CPP Board: Standing Orders");
  await w.locator('[data-path="bodies[0].name"]').fill("Example CPP Board");
  await w.locator("label", { hasText: "Yes, I have completed this section" }).locator("input").check();
  await w.locator("button", { hasText: "Save and return to the sections" }).click();
  await summary.waitFor({ state: "detached" });
  assert.match(await text(w.locator("#task-about")), /Completed/);
  assert.match(await text(w.locator("#progress")), /You have completed 1 of 14 sections/);

  // The seats, keyboard only: Enter opens the section and adds a seat, typing fills it,
  // Tab moves on, an arrow changes the class.
  await w.locator("#task-membership").focus();
  await b.page.keyboard.press("Enter");
  await w.locator("#section-title").waitFor();
  await b.page.keyboard.press("Tab");
  const focused = () => b.page.evaluate(() => document.activeElement.shadowRoot.activeElement?.dataset.path ?? document.activeElement.shadowRoot.activeElement?.id);
  assert.equal(await focused(), "add-seat");
  const seats = [
    ["Leader of the Council", "Example Council", "core"],
    ["Depute Leader of the Council", "Example Council", "core"],
    ["NHS Example", "NHS Example", "core"],
    ["Police Scotland", "Police Scotland", "core"],
    ["Scottish Fire and Rescue Service", "Scottish Fire and Rescue Service", "core"],
    ["Third Sector Interface", "Example TSI", "other"],
  ];
  for (const [i, [name, organisation, cls]] of seats.entries()) {
    await b.page.keyboard.press("Enter"); // "Add a seat" / "Add another seat": focus moves to its name
    assert.equal(await focused(), `membership[${i}].name`);
    await b.page.keyboard.type(name);
    await b.page.keyboard.press("Tab");
    await b.page.keyboard.type(organisation);
    await b.page.keyboard.press("Tab"); // the ward or groups: none
    await b.page.keyboard.press("Tab"); // the class radios: "Core member" is chosen
    if (cls === "other") await b.page.keyboard.press("ArrowDown");
    if (i === 0) {
      await b.page.keyboard.press("Tab"); // the office radios
      await b.page.keyboard.press("ArrowRight"); // Chair
      for (let t = 0; t < 5; t++) await b.page.keyboard.press("Tab"); // vacant, has a vote, may chair, seat id, then "Add another seat"
    } else {
      for (let t = 0; t < 6; t++) await b.page.keyboard.press("Tab"); // office, vacant, has a vote, may chair, seat id, "Add another seat"
    }
    assert.equal(await focused(), "add-seat");
  }
  assert.equal(await w.locator("[data-seat]").count(), 6);
  await shot(w, `${TAG}-path-seats`);

  // A composite quorum: one third of the core seats, rounded up, from at least 3 organisations.
  await openSection(w, "quorum");
  await w.locator("label", { hasText: /^Yes$/ }).locator("input").first().check();
  await w.locator('[data-path="quorum.headcount.numerator"]').fill("1");
  await w.locator('[data-path="quorum.headcount.denominator"]').fill("3");
  await w.locator("label", { hasText: "Up (one half of 9 is 5)" }).locator("input").check();
  await w.locator('[data-path="quorum.headcount.plus"]').fill("0");
  await w.locator('[data-path="quorum.minOrganisations"]').fill("3");
  await w.locator('[data-path="quorum.cite"]').fill("example-cpp 4.1");
  await w.locator('[data-path="preview.present"]').fill("2");
  await shot(w, `${TAG}-path-quorum`);

  const headline = await text(w.locator("#preview-headline"));
  const result = await text(w.locator("#preview-result"));

  // The exported constitution, called directly.
  const exported = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.equal(exported.name, "example-cpp.json");
  const c = exported.body;
  assert.equal(pkg.validateConstitution(c).valid, true);
  const core = c.membership.filter((s) => s.class === "core").map((s) => s.id);
  const meeting = (n) => ({ members: c.membership.map((s) => ({ seat: s.id, status: core.slice(0, n).includes(s.id) ? "present" : "apologies" })), substitutes: [] });
  const full = pkg.checkQuorum({ constitution: c, attendance: meeting(core.length) });
  const sample = pkg.checkQuorum({ constitution: c, attendance: meeting(2) });
  assert.equal(full.required, 2, "one third of 5, rounded up");
  assert.equal(headline, `With ${full.countingSeats} seats that count, the quorum is ${full.required}. (${full.citations.join(", ")})`);
  assert.ok(result.includes(sample.summary), `the preview shows the engine's answer: ${sample.summary}`);
  assert.equal(sample.quorate, false, "2 members from one organisation: not 3 organisations");
  assert.match(result, /^Not quorate/);
  assert.ok(result.includes("example-cpp 4.1"));

  // Import → export gives the same constitution, as a bare file.
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "example-cpp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(c)) });
  await w.locator(".banner", { hasText: "Imported example-cpp.json" }).waitFor();
  const again = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.deepEqual(again.body, c);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("an invalid edit shows the error summary; its entry opens the section and focuses the field", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  await openSection(w, "quorum");
  await w.locator('[data-path="quorum.headcount.denominator"]').fill("0");
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  const message = "Quorum, headcount, denominator: must be at least 1 (it divides)";
  assert.match(await text(summary), new RegExp(`There is a problem ${message.replace(/[()]/g, "\\$&")}`));
  assert.equal(await text(w.locator("#f-quorum-headcount-denominator-error")), `Error: ${message}`, "the inline error says the same");
  assert.match(await text(w.locator(".preview")), /runs once the problems listed at the top are put right/);
  await shot(w, `${TAG}-path-error`);
  assert.deepEqual(await axe(b.page), []);

  // From the task list, the entry opens the quorum section and focuses the denominator.
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  assert.match(await text(w.locator("#task-quorum")), /There is a problem/);
  await summary.locator("button", { hasText: message }).click();
  await w.locator("#section-title", { hasText: "Quorum" }).waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "quorum.headcount.denominator");
  // Never clears what was typed; putting it right removes the problem.
  assert.equal(await w.locator('[data-path="quorum.headcount.denominator"]').inputValue(), "0");
  await w.locator('[data-path="quorum.headcount.denominator"]').fill("2");
  await summary.waitFor({ state: "detached" });
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("a preset's sections read-only for now keep their values: import → export of the preset is lossless", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' }, ".preview");
  const preset = pkg.preset("inverclyde-mou");
  await openSection(w, "priorities");
  assert.match(await text(w.locator(".section-page")), /edit this section in the JSON file for now/);
  assert.match(await text(w.locator(".section-page")), /inverclyde-mou 3/);
  await shot(w, `${TAG}-read-only`);
  // An edit elsewhere changes only its own field.
  await openSection(w, "chair");
  await w.locator('[data-path="chair.holder"]').fill("a Council representative, elected by the Board");
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.deepEqual(out.body, { ...preset, chair: { ...preset.chair, holder: "a Council representative, elected by the Board" } });
  // Inverclyde sets no quorum and no voting rule: the preview says so, as the engines do.
  assert.match(await text(w.locator(".preview")), /sets no quorum/);
  const everyone = { members: preset.membership.map((s) => ({ seat: s.id, status: "present" })), substitutes: [] };
  const vote = pkg.decideVote({ constitution: out.body, attendance: everyone, motion: { title: "A sample motion" }, votes: [] });
  assert.equal(vote.outcome, "noVotingRule");
  assert.ok((await text(w.locator("#preview-vote"))).includes(`every member present: ${vote.summary}`));
});

test("a constitution file Quorate cannot read is refused and nothing changes; one with problems is imported, to be put right", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  const before = await read(w);
  const unreadable = { ...preset, quorum: { ...preset.quorum, headcount: { kind: "fixed" } } };
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(unreadable)) });
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await text(summary), /broken\.json could not be imported: its constitution cannot be read: Quorum, headcount: missing field `count`/);
  assert.deepEqual(await read(w), before);
  // A constitution of a newer schema version is refused, never half-read.
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...preset, schemaVersion: 3 })) });
  await summary.locator("button", { hasText: "newer.json could not be imported: This constitution is in schema version 3, newer than this version of Quorate reads" }).waitFor();
  assert.deepEqual(await read(w), before);

  const unreachable = { ...preset, id: "too-many", quorum: { ...preset.quorum, headcount: { kind: "fixed", count: 99 } } };
  const expected = pkg.validateConstitution(unreachable).problems;
  assert.equal(expected.length, 1);
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "too-many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(unreachable)) });
  await summary.locator("button", { hasText: "needs 99 members present" }).waitFor();
  assert.equal(await text(summary), `There is a problem Quorum, headcount: ${expected[0].message}`);
  assert.match(await text(w.locator("#task-quorum")), /There is a problem/);
  assert.match(await text(w.locator(".preview")), /runs once the problems listed at the top are put right/);
  // Put right in the form: the quorum then applies.
  await summary.locator("button").first().click();
  await w.locator('[data-path="quorum.headcount.count"]').fill("5");
  await summary.waitFor({ state: "detached" });
  assert.match(await text(w.locator("#preview-headline")), /With 8 seats that count, the quorum is 5\./);
  // The tie at a full meeting: 4 core members for, 4 against; the Chair's casting vote (B4.1).
  const core = preset.membership.filter((s) => s.class === "core");
  const tie = pkg.decideVote({
    constitution: preset,
    attendance: { members: preset.membership.map((s) => ({ seat: s.id, status: "present" })), substitutes: [] },
    motion: { title: "A sample motion" },
    votes: core.map((s, i) => ({ seat: s.id, vote: i < 4 ? "for" : "against" })),
  });
  assert.equal(tie.outcome, "tieAwaitingCastingVote");
  assert.ok((await text(w.locator("#preview-vote"))).includes(tie.summary));
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.deepEqual(out.body, { ...unreachable, quorum: { ...unreachable.quorum, headcount: { kind: "fixed", count: 5 } } });
});

test("a number typed wrongly is kept as typed and reported at its field, and the draft keeps it over a reload", async () => {
  await b.blank();
  let w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  await openSection(w, "quorum");
  await w.locator('[data-path="quorum.headcount.plus"]').fill("one");
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await text(summary), /Quorum, headcount: invalid type: string "one"/);
  await b.page.waitForTimeout(400);
  w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  assert.equal(await w.locator('[data-path="quorum.headcount.plus"]').inputValue(), "one");
  assert.equal(await w.locator(".banner").count(), 0, "the draft is not set aside");
  await w.locator('[data-path="quorum.headcount.plus"]').fill("1");
  await summary.waitFor({ state: "detached" });
});

test("saved files open: a bare constitution file (version 0) and a schema-1 export, both of constitution schema version 1, migrated with the engine's notice; a schema-2 export exports as itself", async () => {
  const fixture = (name) => readFileSync(join(ROOT, "tests/fixtures/widgets", name), "utf8");
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const bare = fixture("constitution-editor-v0-constitution.json");
  assert.equal(JSON.parse(bare).schemaVersion, 1);
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "example-cpp.json", mimeType: "application/json", buffer: Buffer.from(bare) });
  await w.locator(".banner", { hasText: "Imported example-cpp.json" }).waitFor();
  // The migration notice, in the engine's words, told to the user plainly.
  const notices = pkg.validateConstitution(JSON.parse(bare)).notices;
  assert.equal(notices.length, 1);
  const notice = await text(w.locator("#migration-notice"));
  assert.ok(notice.includes(notices[0].text), notice);
  assert.match(notice, /written for an older version of the format \(schema version 1\)/);
  assert.match(await text(w.locator(".banner")), /read as version 2/);
  await shot(w, `${TAG}-migration-notice`);
  assert.deepEqual(await axe(b.page), []);
  // It exports as schema version 2, otherwise unchanged, and then reads without a notice.
  const asFile = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.deepEqual(asFile.body, { ...JSON.parse(bare), schemaVersion: 2 });
  assert.deepEqual(pkg.validateConstitution(asFile.body).notices, []);
  assert.equal(pkg.checkQuorum({ constitution: asFile.body, attendance: {} }).required, pkg.checkQuorum({ constitution: JSON.parse(bare), attendance: {} }).required);
  // Members in post who count: the vacant seat lowers the base.
  assert.match(await text(w.locator("#preview-headline")), /^With 4 members in post who count, the quorum is 3\./);

  const saved = fixture("constitution-editor-v1-export.json");
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "saved.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await w.locator(".banner", { hasText: "Imported saved.json" }).waitFor();
  // It opens where it was saved: the quorum section, marked completed, a sample meeting of 2.
  assert.equal(await text(w.locator("#section-title")), "Quorum");
  assert.equal(await w.locator("label", { hasText: "Yes, I have completed this section" }).locator("input").isChecked(), true);
  assert.equal(await w.locator('[data-path="preview.present"]').inputValue(), "2");
  assert.ok((await text(w.locator("#migration-notice"))).includes(pkg.validateConstitution(JSON.parse(saved).data.constitution).notices[0].text));
  const again = await downloadOf(b.page, () => w.locator("button", { hasText: "Export draft (JSON)" }).click());
  const migrated = JSON.parse(saved);
  migrated.schemaVersion = 2;
  migrated.data.constitution.schemaVersion = 2;
  assert.deepEqual(again.body, migrated);

  // What this version writes opens as itself, without a notice.
  const v2 = fixture("constitution-editor-v2-export.json");
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "saved-v2.json", mimeType: "application/json", buffer: Buffer.from(v2) });
  await w.locator(".banner", { hasText: "Imported saved-v2.json" }).waitFor();
  assert.equal(await w.locator("#migration-notice").count(), 0);
  const same = await downloadOf(b.page, () => w.locator("button", { hasText: "Export draft (JSON)" }).click());
  assert.deepEqual(same.body, JSON.parse(v2));
});

test("a notice period edited in the form changes only its own fields", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  await openSection(w, "notice");
  await w.locator('[data-path="noticePeriods[0].count"]').fill("7");
  await w.locator("fieldset[data-path='noticePeriods[1].unit'] label", { hasText: "Clear days" }).locator("input").check();
  await shot(w, `${TAG}-notice`);
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  const expected = structuredClone(preset);
  expected.noticePeriods[0].count = 7;
  expected.noticePeriods[1].unit = "clearDays";
  assert.deepEqual(out.body, expected);
  assert.equal(pkg.validateConstitution(out.body).valid, true);
  // A deadline counted from one that does not exist is the engine's problem, at its field.
  await w.locator('[data-path="noticePeriods[0].id"]').fill("papers");
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  const problems = pkg.validateConstitution({ ...expected, noticePeriods: [{ ...expected.noticePeriods[0], id: "papers" }, expected.noticePeriods[1]] }).problems;
  assert.equal(problems[0].path, "noticePeriods[1].from");
  await summary.locator("button").first().click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.closest("[data-path]").dataset.path), "noticePeriods[1].from");
});

test("notice periods after the meeting, on request and with an exception for urgency, written in the form: validated live at their fields, exported as the papers timeline reads them", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  await openSection(w, "notice");
  // "Minutes ... shall be drawn up within fourteen days from the date of that meeting".
  await w.locator("#add-notice").click();
  await w.locator('[data-path="noticePeriods[2].name"]').fill("Minutes drawn up");
  await w.locator('[data-path="noticePeriods[2].count"]').fill("14");
  await w.locator("fieldset[data-path='noticePeriods[2].unit'] label", { hasText: "Calendar days" }).locator("input").check();
  await w.locator("fieldset[data-path='noticePeriods[2].direction'] label", { hasText: "After" }).locator("input").check();
  await w.locator('[data-path="noticePeriods[2].id"]').fill("minutes");
  await w.locator('[data-path="noticePeriods[2].cite"]').fill("clackmannanshire-2019 X1");
  // No exception for urgency can be offered on a deadline after the meeting.
  assert.equal(await w.locator('[data-path="noticePeriods[2].unlessUrgent"]').count(), 0);
  // "A special meeting shall be held within 14 days of the receipt of the request".
  await w.locator("#add-notice").click();
  await w.locator('[data-path="noticePeriods[3].name"]').fill("Special meeting held");
  await w.locator('[data-path="noticePeriods[3].count"]').fill("14");
  await w.locator("fieldset[data-path='noticePeriods[3].unit'] label", { hasText: "Calendar days" }).locator("input").check();
  await w.locator("fieldset[data-path='noticePeriods[3].from'] label", { hasText: "The request for a meeting" }).locator("input").check();
  assert.equal(await w.locator("fieldset[data-path='noticePeriods[3].direction'] label", { hasText: "After" }).locator("input").isChecked(), true, "within a time of the request is after it");
  await w.locator('[data-path="noticePeriods[3].id"]').fill("specialMeeting");
  await w.locator('[data-path="noticePeriods[3].cite"]').fill("clackmannanshire-2019 X2");
  // Counted before the request: the engine's problem, at its field, live.
  await w.locator("fieldset[data-path='noticePeriods[3].direction'] label", { hasText: "Before" }).locator("input").check();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /a meeting called on request is held within the period after the request/);
  await w.locator("fieldset[data-path='noticePeriods[3].direction'] label", { hasText: "After" }).locator("input").check();
  await summary.waitFor({ state: "detached" });
  // "(except in case of urgency when shorter notice may be given)": the words are required.
  await w.locator('[data-path="noticePeriods[0].unlessUrgent"]').check();
  await summary.waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "noticePeriods[0].unlessUrgent.words", "the words take focus");
  assert.match(await summary.textContent(), /except in case of urgency/);
  await w.locator('[data-path="noticePeriods[0].unlessUrgent.words"]').fill("except in case of urgency when shorter notice may be given");
  await summary.waitFor({ state: "detached" });
  await shot(w, `${TAG}-notice-after-request-urgency`);
  await shot(w.locator(".card").first(), `${TAG}-notice-urgency-card`);
  await shot(w.locator(".card").nth(3), `${TAG}-notice-request-card`);
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  const expected = structuredClone(preset);
  expected.noticePeriods[0].unlessUrgent = { words: "except in case of urgency when shorter notice may be given", cite: [] };
  expected.noticePeriods.push(
    { id: "minutes", name: "Minutes drawn up", unit: "calendarDays", count: 14, direction: "after", from: "meeting", cite: ["clackmannanshire-2019 X1"] },
    { id: "specialMeeting", name: "Special meeting held", unit: "calendarDays", count: 14, direction: "after", from: "request", cite: ["clackmannanshire-2019 X2"] },
  );
  assert.deepEqual(out.body, expected);
  assert.equal(pkg.validateConstitution(out.body).valid, true);
  // Under it, the papers timeline has the minutes after the meeting, the latest date for a special meeting, and the exception relied on.
  const r = pkg.papersTimeline({ constitution: out.body, meeting: "2026-12-03", requested: "2026-11-16", calledOn: "2026-12-01", urgent: true });
  assert.deepEqual(
    r.deadlines.map((d) => [d.id, d.afterMeeting, d.urgency?.reliedOn ?? null, d.late]),
    [
      ["partnerPapers", false, null, true],
      ["papersIssued", false, true, false],
      ["minutes", true, null, false],
    ],
  );
  assert.equal(r.request.latest, "2026-11-27");
  assert.equal(r.request.met, false);
});

test("from blank, a floor quorum (keyboard only): one third of the voting members, or three, whichever is the greater, of the core members while co-opted members also count; the preview agrees with checkQuorum at 12 and at 6 voting members", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  await w.locator("label", { hasText: "A blank constitution" }).locator("input").check();
  await w.locator("#start-again").click();
  await w.locator(".error-summary").waitFor();
  await openSection(w, "about");
  await w.locator('[data-path="name"]').fill("Example Community Council");
  await w.locator('[data-path="id"]').fill("example-cc");
  await w.locator('[data-path="source.title"]').fill("Example Community Council: Standing Orders");
  await w.locator('[data-path="bodies[0].name"]').fill("Example Community Council");

  // 12 elected members, one co-opted member who counts when present, and an ex officio
  // elected-class seat without a vote who may not hold office.
  await openSection(w, "membership");
  const seats = [
    ...Array.from({ length: 12 }, (_, i) => [`Elected member ${i + 1}`, `Ward ${(i % 4) + 1}`, "core"]),
    ["Co-opted member", "Example Youth Forum", "other"],
    ["Ward councillor (ex officio)", "Example Council", "core"],
  ];
  for (const [i, [name, organisation, cls]] of seats.entries()) {
    await w.locator("#add-seat").click();
    await w.locator(`[data-path="membership[${i}].name"]`).fill(name);
    await w.locator(`[data-path="membership[${i}].organisation"]`).fill(organisation);
    if (cls === "other") await w.locator(`fieldset[data-path="membership[${i}].class"] label`, { hasText: "Other member" }).locator("input").check();
  }
  await w.locator('[data-path="membership[0].role"] label', { hasText: /^Chair$/ }).locator("input").check();
  await w.locator('[data-path="membership[13].votes"]').uncheck();
  await w.locator('[data-path="membership[13].mayChair"]').uncheck();
  await shot(w.locator('[data-seat="13"]'), `${TAG}-seat-without-vote`);

  // The quorum section, keyboard only.
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  const key = (k) => b.page.keyboard.press(k);
  const focused = () =>
    b.page.evaluate(() => {
      const el = document.activeElement.shadowRoot.activeElement;
      if (el?.tagName === "BUTTON") return el.textContent.replace(/\s+/g, " ").trim();
      return el?.closest("[data-path]")?.dataset.path ?? el?.id;
    });
  /** Tab (forwards) until the control at `path` has focus. */
  const tabTo = async (path) => {
    for (let i = 0; i < 40 && (await focused()) !== path; i++) await key("Tab");
    assert.equal(await focused(), path);
  };
  await w.locator("#task-quorum").focus();
  await key("Enter");
  await w.locator("#section-title", { hasText: "Quorum" }).waitFor();
  await tabTo("quorum");
  await key("ArrowLeft"); // "Yes"
  await tabTo("quorum.headcount");
  await key("ArrowDown"); // a fixed number
  await key("ArrowDown"); // the greater of several
  assert.equal(await w.locator('fieldset[data-path="quorum.headcount"] label', { hasText: "The greater of several" }).locator("input").isChecked(), true);
  // Part 1: one third, rounded up, plus 0 (typed over what is there).
  await tabTo("quorum.headcount.of[0].kind");
  assert.equal(await w.locator('fieldset[data-path="quorum.headcount.of[0].kind"] label', { hasText: "A fraction" }).locator("input").isChecked(), true);
  await tabTo("quorum.headcount.of[0].numerator");
  await b.page.keyboard.type("1");
  await tabTo("quorum.headcount.of[0].denominator");
  await b.page.keyboard.type("3");
  await tabTo("quorum.headcount.of[0].rounding");
  await key("ArrowRight"); // rounded up
  await tabTo("quorum.headcount.of[0].plus");
  await b.page.keyboard.type("0");
  // Part 2: a fixed number, 3.
  await tabTo("quorum.headcount.of[1].kind");
  await tabTo("quorum.headcount.of[1].count");
  await b.page.keyboard.type("3");
  // A third part added and removed again, by keyboard.
  await tabTo("Add another part");
  await key("Enter");
  assert.equal(await focused(), "quorum.headcount.of[2].kind");
  assert.equal(await w.locator("[data-part]").count(), 3);
  await key("Shift+Tab"); // its "Remove" button
  assert.match(await focused(), /^Remove part 3/);
  await key("Enter");
  assert.equal(await w.locator("[data-part]").count(), 2);
  assert.equal(await focused(), "Add another part");
  // Of the members in post; core and co-opted members count; the fraction of the core members only; voting members only.
  await tabTo("quorum.base");
  await key("ArrowDown");
  await tabTo("quorum.countingClasses");
  await key("Tab"); // "Other member"
  await key("Space");
  await tabTo("quorum.baseClasses");
  await key("ArrowDown"); // "No, of other kinds of seat"
  await tabTo("quorum.baseClasses[]");
  await key("Tab"); // "Other member", ticked from the counting classes
  await key("Space");
  await tabTo("quorum.votingMembersOnly");
  await key("Space");
  await tabTo("quorum.cite");
  await b.page.keyboard.type("example-cc 6.1");
  await shot(w.locator(".section-page"), `${TAG}-quorum-floor-1280`);
  await b.page.setViewportSize({ width: 320, height: 900 });
  await shot(w.locator(".section-page"), `${TAG}-quorum-floor-320`);
  await b.page.setViewportSize({ width: 1280, height: 720 });

  /** The exported constitution, and the engine's answers on it, against what the preview shows. */
  const check = async (expected) => {
    const c = (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
    assert.equal(c.schemaVersion, 2);
    assert.deepEqual(pkg.validateConstitution(c), { valid: true, problems: [], summary: pkg.validateConstitution(c).summary, notices: [] });
    assert.deepEqual(c.quorum, {
      headcount: { kind: "greaterOf", of: [{ kind: "fraction", numerator: 1, denominator: 3, rounding: "up", plus: 0 }, { kind: "fixed", count: 3 }] },
      base: "membersInPost",
      countingClasses: ["core", "other"],
      minOrganisations: null,
      cite: ["example-cc 6.1"],
      baseClasses: ["core"],
      votingMembersOnly: true,
    });
    const inPost = c.membership.filter((s) => !s.vacant);
    const counting = inPost.filter((s) => s.votes !== false).map((s) => s.id);
    const attendance = (n) => ({
      members: c.membership.map((s) => ({ seat: s.id, status: counting.slice(0, n).includes(s.id) || (s.votes === false && !s.vacant) ? "present" : "apologies" })),
      substitutes: [],
    });
    const full = pkg.checkQuorum({ constitution: c, attendance: attendance(counting.length) });
    assert.equal(full.required, expected.required);
    assert.equal(full.countingSeats, expected.voting);
    assert.equal(await text(w.locator("#preview-headline")), `With ${full.countingSeats} voting core members in post, the quorum is ${full.required}. (${full.citations.join(", ")})`);
    const sample = pkg.checkQuorum({ constitution: c, attendance: attendance(full.required) });
    assert.equal(sample.quorate, true);
    const result = await text(w.locator("#preview-result"));
    assert.ok(result.includes(sample.summary), `the preview shows the engine's answer: ${sample.summary}`);
    // The seat without a vote attends and does not count: the engine's reason, shown.
    const voteless = sample.people.find((p) => p.person.name === "Ward councillor (ex officio)");
    assert.equal(voteless.counts, false);
    assert.ok(result.includes(voteless.reason.text), voteless.reason.text);
    assert.match(await text(w.locator("#preview-voteless")), /1 seat has no vote: Ward councillor \(ex officio\)/);
    return c;
  };
  await check({ voting: 12, required: 4 });
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  assert.match(await text(w.locator("#task-quorum")), /the greater of 1\/3, rounded up and 3 of the members in post, voting members only/);

  // Six elected members leave: 6 voting members in post, and the floor of three applies.
  await openSection(w, "membership");
  for (let i = 6; i < 12; i++) await w.locator(`[data-path="membership[${i}].vacant"]`).check();
  await check({ voting: 6, required: 3 });
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("a headcount nested beyond one level is shown read-only and kept; who may take the chair, limited to some kinds of seat, is the engine's answer", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  // "One half of the core members rounded down plus one, but never more than the greater of 3 and one quarter".
  const nested = {
    ...preset,
    id: "nested",
    quorum: {
      ...preset.quorum,
      headcount: {
        kind: "lesserOf",
        of: [
          preset.quorum.headcount,
          { kind: "greaterOf", of: [{ kind: "fixed", count: 3 }, { kind: "fraction", numerator: 1, denominator: 4, rounding: "up", plus: 0 }] },
        ],
      },
    },
  };
  assert.equal(pkg.validateConstitution(nested).valid, true);
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "nested.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(nested)) });
  await w.locator(".banner", { hasText: "Imported nested.json" }).waitFor();
  await openSection(w, "quorum");
  assert.equal(await w.locator('fieldset[data-path="quorum.headcount"] label', { hasText: "The lesser of several" }).locator("input").isChecked(), true);
  assert.equal(await w.locator('[data-path="quorum.headcount.of[0].numerator"]').inputValue(), "1");
  const part2 = await text(w.locator('[data-part="quorum.headcount.of[1]"]'));
  assert.match(part2, /the greater of 3 and 1\/4, rounded up/);
  assert.match(part2, /shown read-only and kept as it is/);
  assert.equal(await w.locator('[data-part="quorum.headcount.of[1]"] input').count(), 0, "no control edits the nested part");
  // An edit to the first part keeps the nested one exactly.
  await w.locator('[data-path="quorum.headcount.of[0].plus"]').fill("2");
  const full = pkg.checkQuorum({ constitution: { ...nested, quorum: { ...nested.quorum, headcount: { ...nested.quorum.headcount, of: [{ ...preset.quorum.headcount, plus: 2 }, nested.quorum.headcount.of[1]] } } }, attendance: {} });
  assert.ok((await text(w.locator("#preview-headline"))).includes(`the quorum is ${full.required}.`));

  // Only core members may take the chair.
  await openSection(w, "chair");
  await w.locator('fieldset[data-path="chair.eligibleClasses"] label', { hasText: "Only members of some kinds of seat" }).locator("input").check();
  assert.equal(await w.locator('[data-path="chair.eligibleClasses[]"] input').first().isChecked(), true, "core members, to start with");
  const out = (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
  assert.deepEqual(out.quorum.headcount.of[1], nested.quorum.headcount.of[1]);
  assert.deepEqual(out.chair, { ...preset.chair, eligibleClasses: ["core"] });
  assert.equal(out.quorum.headcount.of[0].plus, 2);
  assert.equal(pkg.validateConstitution(out).valid, true);
  const chairSeat = out.membership.find((s) => s.role === "chair");
  const counting = out.membership.filter((s) => out.quorum.countingClasses.includes(s.class) && !s.vacant && s.id !== chairSeat.id).map((s) => s.id);
  const present = Number(await w.locator('[data-path="preview.present"]').inputValue()) || pkg.checkQuorum({ constitution: out, attendance: {} }).required;
  const chairReport = pkg.checkChair({
    constitution: out,
    attendance: { members: out.membership.map((s) => ({ seat: s.id, status: counting.slice(0, present).includes(s.id) ? "present" : "apologies" })), substitutes: [] },
  });
  assert.ok((await text(w.locator(".preview"))).includes(chairReport.reason.text), chairReport.reason.text);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("motions (schema version 2): \"every motion and amendment shall be moved and seconded\" and a roll call \"if at least three members present so request\", validated live and exported as written", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  await openSection(w, "decisions");
  const radio = (path, label) => w.locator(`fieldset[data-path='${path}'] label`, { hasText: label }).locator("input");
  await radio("decisions.moverAndSeconder", "Motions and amendments").check();
  // The clause is required: the engine's problem, at its field, until it is given.
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  const missing = pkg.validateConstitution({ ...preset, decisions: { ...preset.decisions, moverAndSeconder: { amendments: true, cite: [] } } }).problems;
  assert.deepEqual(missing.map((p) => p.path), ["decisions.moverAndSeconder.cite"]);
  assert.ok((await summary.textContent()).includes(missing[0].message));
  await w.locator('[data-path="decisions.moverAndSeconder.cite"]').fill("clackmannanshire-2019 B4.1");
  await radio("decisions.rollCall", "When a number of members ask").check();
  await w.locator('[data-path="decisions.rollCall.cite"]').fill("clackmannanshire-2019 B4.1");
  // More members asking than have a vote: refused live, at the number.
  await w.locator('[data-path="decisions.rollCall.requestedBy"]').fill("40");
  await summary.waitFor();
  const tooMany = pkg.validateConstitution({ ...preset, decisions: { ...preset.decisions, moverAndSeconder: { amendments: true, cite: ["clackmannanshire-2019 B4.1"] }, rollCall: { when: "onRequest", requestedBy: 40, cite: ["clackmannanshire-2019 B4.1"] } } }).problems;
  assert.deepEqual(tooMany.map((p) => p.path), ["decisions.rollCall.requestedBy"]);
  assert.ok((await summary.textContent()).includes(tooMany[0].message));
  await shot(w, `${TAG}-motions-error`);
  await w.locator('[data-path="decisions.rollCall.requestedBy"]').fill("3");
  await summary.waitFor({ state: "detached" });
  await shot(w, `${TAG}-motions`);
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  const expected = structuredClone(preset);
  expected.decisions.moverAndSeconder = { amendments: true, cite: ["clackmannanshire-2019 B4.1"] };
  expected.decisions.rollCall = { when: "onRequest", requestedBy: 3, cite: ["clackmannanshire-2019 B4.1"] };
  assert.deepEqual(out.body, expected);
  assert.equal(pkg.validateConstitution(out.body).valid, true);
  // Back to "does not say": the fields go, and the export is the preset again.
  await radio("decisions.moverAndSeconder", "No, the constitution does not say so").check();
  await radio("decisions.rollCall", "The constitution does not say").check();
  const back = await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click());
  assert.deepEqual(back.body, preset);
});

test("from blank: a floor quorum with a ward spread and a chair succession (keyboard only); a sample meeting short of a ward and one that meets the spread, each the engine's answer; export → import → export is lossless", async () => {
  // "The quorum shall be one third of the members, or three members, whichever is the
  // greater, and shall include at least one member from each ward." "In the absence of the
  // Chair, the Vice Chair shall preside; failing both, a member chosen by a simple majority
  // of those present."
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  await w.locator("label", { hasText: "A blank constitution" }).locator("input").check();
  await w.locator("#start-again").click();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  await openSection(w, "about");
  await w.locator('[data-path="name"]').fill("Example Area Partnership");
  await w.locator('[data-path="id"]').fill("example-ap");
  await w.locator('[data-path="source.title"]').fill("Example Area Partnership: Standing Orders");
  await w.locator('[data-path="bodies[0].name"]').fill("Example Area Partnership");

  // Two members from each of three wards; the first is the Chair, the third the Vice Chair.
  await openSection(w, "membership");
  const seats = ["Ward 1", "Ward 1", "Ward 2", "Ward 2", "Ward 3", "Ward 3"].map((ward, i) => [`${ward} member ${i % 2 ? "B" : "A"}`, ward]);
  for (const [i, [name, ward]] of seats.entries()) {
    await w.locator("#add-seat").click();
    await w.locator(`[data-path="membership[${i}].name"]`).fill(name);
    await w.locator(`[data-path="membership[${i}].organisation"]`).fill("Example Area Partnership");
    await w.locator(`[data-path="membership[${i}].groups"]`).fill(ward);
  }
  await w.locator('[data-path="membership[0].role"] label', { hasText: /^Chair$/ }).locator("input").check();
  await w.locator('[data-path="membership[2].role"] label', { hasText: /^Vice Chair$/ }).locator("input").check();
  await shot(w.locator('[data-seat="0"]'), `${TAG}-seat-in-a-ward`);
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  assert.match(await text(w.locator("#task-membership")), /6 seats: 6 core members; in 3 groups/);

  const key = (k) => b.page.keyboard.press(k);
  const type = (t) => b.page.keyboard.type(t);
  const focused = () =>
    b.page.evaluate(() => {
      const el = document.activeElement.shadowRoot.activeElement;
      if (el?.tagName === "BUTTON") return el.textContent.replace(/\s+/g, " ").trim();
      return el?.closest("[data-path]")?.dataset.path ?? el?.id;
    });
  const tabTo = async (path, back = false) => {
    for (let i = 0; i < 60 && (await focused()) !== path; i++) await key(back ? "Shift+Tab" : "Tab");
    assert.equal(await focused(), path);
  };

  // The quorum, keyboard only: the greater of one third and three; at least one from each ward.
  await w.locator("#task-quorum").focus();
  await key("Enter");
  await w.locator("#section-title", { hasText: "Quorum" }).waitFor();
  await tabTo("quorum");
  await key("ArrowLeft"); // "Yes"
  await tabTo("quorum.headcount");
  await key("ArrowDown");
  await key("ArrowDown"); // the greater of several
  await tabTo("quorum.headcount.of[0].numerator");
  await type("1");
  await tabTo("quorum.headcount.of[0].denominator");
  await type("3");
  await tabTo("quorum.headcount.of[0].plus");
  await type("0");
  await tabTo("quorum.headcount.of[1].count");
  await type("3");
  await tabTo("quorum.cite");
  await type("example-ap 7.1");
  await tabTo("Add a requirement");
  await key("Enter");
  assert.equal(await focused(), "quorum.spread[0].kind", "the new requirement's kind has focus");
  // Each ward the seats name is ticked, at least 1 from each: written in the JSON already.
  assert.deepEqual(
    await w.locator('fieldset[data-path="quorum.spread[0].groups"] label').allTextContents(),
    ["Ward 1", "Ward 2", "Ward 3"],
  );
  assert.equal(await w.locator('fieldset[data-path="quorum.spread[0].groups"] input:checked').count(), 3);
  await tabTo("quorum.spread[0].atLeast");
  assert.equal(await w.locator('[data-path="quorum.spread[0].atLeast"]').inputValue(), "1");
  // Live validation: two from each ward would need every member of a ward; three cannot be met.
  await key("Control+a");
  await type("3");
  await summary.waitFor();
  const short = "Quorum, requirement 1, group 1: needs 3 from Ward 1, but the membership has only 2 seats there that count";
  assert.match(await text(summary), new RegExp(short));
  await shot(w, `${TAG}-spread-error`);
  await summary.locator("button", { hasText: short }).click();
  assert.equal(await focused(), "quorum.spread[0].groups", "the summary's link focuses the groups");
  await tabTo("quorum.spread[0].atLeast");
  await key("Control+a");
  await type("1");
  await summary.waitFor({ state: "detached" });
  await tabTo("quorum.spread[0].cite");
  assert.equal(await w.locator('[data-path="quorum.spread[0].cite"]').inputValue(), "example-ap 7.1", "the quorum's clause, to start with");
  await shot(w.locator(".section-page"), `${TAG}-spread-1280`);
  await b.page.setViewportSize({ width: 320, height: 900 });
  await shot(w.locator(".spread"), `${TAG}-spread-320`);
  await b.page.setViewportSize({ width: 1280, height: 720 });

  // The preview says the rule, with its clause.
  assert.equal(await text(w.locator("#preview-headline")), "With 6 seats that count, the quorum is 3. (example-ap 7.1)");
  assert.equal(await text(w.locator("#preview-spread")), "The quorum also needs at least 1 member from each of Ward 1, Ward 2 and Ward 3. (example-ap 7.1)");

  /** The exported constitution, and the engine's answer on a meeting of the first `n` seats. */
  const exported = async () => (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
  const meeting = (c, ids) => ({ members: c.membership.map((s) => ({ seat: s.id, status: ids.includes(s.id) ? "present" : "apologies" })), substitutes: [] });
  const sampleOf = async (n) => {
    await w.locator('[data-path="preview.present"]').fill(String(n));
    const c = await exported();
    return { c, report: pkg.checkQuorum({ constitution: c, attendance: meeting(c, c.membership.slice(0, n).map((s) => s.id)) }) };
  };

  // Three present, two from Ward 1 and one from Ward 2: enough, but none from Ward 3.
  const fails = await sampleOf(3);
  assert.equal(fails.report.quorate, false);
  assert.equal(fails.report.count, 3);
  assert.deepEqual(fails.report.spread.map((s) => [s.met, s.short.map((f) => f.name)]), [[false, ["Ward 3"]]]);
  let result = await text(w.locator("#preview-result"));
  assert.ok(result.startsWith(fails.report.summary), `the preview shows the engine's answer once: ${result}`);
  assert.ok(!/Quorate Quorate|Not quorate Not quorate/.test(result), result);
  assert.ok(result.includes(fails.report.spread[0].reason.text), fails.report.spread[0].reason.text);
  assert.ok(result.includes("example-ap 7.1"));
  await shot(w.locator(".preview"), `${TAG}-preview-spread-fails`);
  // Five present: each ward has one at least.
  const passes = await sampleOf(5);
  assert.equal(passes.report.quorate, true);
  assert.deepEqual(passes.report.spread.map((s) => s.met), [true]);
  result = await text(w.locator("#preview-result"));
  assert.ok(result.startsWith(passes.report.summary), result);
  assert.ok(result.includes(passes.report.spread[0].reason.text));
  await shot(w.locator(".preview"), `${TAG}-preview-spread-met`);

  // The chair, keyboard only: several steps, tried in order.
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  await w.locator("#task-chair").focus();
  await key("Enter");
  await w.locator("#section-title", { hasText: "Chair" }).waitFor();
  await tabTo("chair.holder");
  await type("the Chair, elected by the Partnership");
  await tabTo("chair.cite");
  await type("example-ap 5.1");
  await tabTo("chair.whenAbsent");
  await key("ArrowDown");
  await key("ArrowDown"); // several steps
  assert.equal(await w.locator("li.step").count(), 2, "the Vice Chair, then the members choosing, to start with");
  // No clause yet for either step: the summary says so, and its link focuses the step's clauses.
  await summary.waitFor();
  const noClause = "Chair's absence, step 1, clauses: must cite at least one clause";
  assert.match(await text(summary), new RegExp(noClause));
  await shot(w.locator(".section-page"), `${TAG}-succession-no-clause`);
  await summary.locator("button", { hasText: noClause }).click();
  assert.equal(await focused(), "chair.succession[0].cite");
  await type("example-ap 5.3");
  await tabTo("chair.succession[1].method");
  await type("by a simple majority of those present");
  await tabTo("chair.succession[1].cite");
  await type("example-ap 5.3");
  await summary.waitFor({ state: "detached" });
  // A step added goes before the members choosing: the member for Ward 3, chosen from the seats.
  await tabTo("Add a step");
  await key("Enter");
  assert.equal(await focused(), "chair.succession[1].kind");
  await tabTo("chair.succession[1].seat");
  await type("Ward 3 member A");
  assert.equal(await w.locator('[data-path="chair.succession[1].seat"]').inputValue(), "seat-5");
  await tabTo("chair.succession[1].cite");
  assert.equal(await w.locator('[data-path="chair.succession[1].cite"]').inputValue(), "", "the Chair's absence cites no clause, so neither does the new step");
  await type("example-ap 5.4");
  const inWords = () => text(w.locator("#chair-in-words"));
  assert.equal(
    await inWords(),
    "With the Chair absent, the Vice Chair takes the chair; failing that, Ward 3 member A takes the chair; failing that, the members present choose one of their number by a simple majority of those present.",
  );
  // Moved up, then down again, by its buttons: focus follows the step.
  await tabTo("Move up step 2", true);
  await key("Enter");
  assert.equal(await focused(), "Move down step 1", "at the top, its other button");
  assert.match(await inWords(), /^With the Chair absent, Ward 3 member A takes the chair; failing that, the Vice Chair takes the chair;/);
  await shot(w.locator(".steps"), `${TAG}-succession-moved`);
  await key("Enter");
  assert.equal(await focused(), "Move down step 2", "the same button, on the step moved");
  assert.match(await inWords(), /^With the Chair absent, the Vice Chair takes the chair; failing that, Ward 3 member A/);
  // And removed.
  await tabTo("Remove step 2");
  await key("Enter");
  assert.equal(await focused(), "Add a step");
  assert.equal(await w.locator("li.step").count(), 2);
  await shot(w.locator(".section-page"), `${TAG}-succession-1280`);
  await b.page.setViewportSize({ width: 320, height: 900 });
  await shot(w.locator(".steps"), `${TAG}-succession-320`);
  await b.page.setViewportSize({ width: 1280, height: 720 });

  // The export: the rules as written, valid, and the preview's chair the engine's.
  const c = await exported();
  assert.deepEqual(pkg.validateConstitution(c).problems, []);
  assert.deepEqual(c.quorum, {
    headcount: { kind: "greaterOf", of: [{ kind: "fraction", numerator: 1, denominator: 3, rounding: "down", plus: 0 }, { kind: "fixed", count: 3 }] },
    base: "seats",
    countingClasses: ["core"],
    minOrganisations: null,
    cite: ["example-ap 7.1"],
    spread: [{ kind: "eachGroup", groups: ["Ward 1", "Ward 2", "Ward 3"], atLeast: 1, cite: ["example-ap 7.1"] }],
  });
  assert.deepEqual(c.membership.map((s) => s.groups), [["Ward 1"], ["Ward 1"], ["Ward 2"], ["Ward 2"], ["Ward 3"], ["Ward 3"]]);
  assert.deepEqual(c.chair, {
    holder: "the Chair, elected by the Partnership",
    cite: ["example-ap 5.1"],
    whenAbsent: "succession",
    absenceCite: [],
    succession: [
      { kind: "office", role: "viceChair", cite: ["example-ap 5.3"] },
      { kind: "membersChoose", method: "by a simple majority of those present", cite: ["example-ap 5.3"] },
    ],
  });
  assert.equal(
    await text(w.locator("#preview-succession")),
    "With the Chair absent, the Vice Chair takes the chair; failing that, the members present choose one of their number by a simple majority of those present. (example-ap 5.3)",
  );
  // The sample meeting without the Chair: the next five seats, the Vice Chair among them.
  const chairReport = pkg.checkChair({ constitution: c, attendance: meeting(c, c.membership.slice(1, 6).map((s) => s.id)) });
  assert.equal(chairReport.chairedBy?.name, "Ward 2 member A");
  const chairText = await text(w.locator("#preview-chair"));
  assert.ok(chairText.includes(chairReport.reason.text), chairReport.reason.text);
  for (const step of chairReport.succession.filter((s) => s.outcome !== "notReached")) assert.ok(chairText.includes(step.reason.text), step.reason.text);
  await shot(w.locator(".preview"), `${TAG}-preview-succession`);
  await w.locator("button", { hasText: "Back to the sections" }).first().click();
  assert.match(await text(w.locator("#task-quorum")), /the greater of 1\/3, rounded down and 3 of the seats that count; at least 1 member from each of Ward 1, Ward 2 and Ward 3/);
  assert.match(await text(w.locator("#task-chair")), /With the Chair absent, the Vice Chair takes the chair; failing that/);
  await shot(w, `${TAG}-spread-succession-tasks`);
  assert.deepEqual(await axe(b.page), []);

  // Export → import → export: the same constitution.
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "example-ap.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(c)) });
  await w.locator(".banner", { hasText: "Imported example-ap.json" }).waitFor();
  assert.deepEqual(await exported(), c);
  await openSection(w, "chair");
  assert.equal(await w.locator("li.step").count(), 2, "the steps open in the form");
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("spread requirements of the other kinds: including one organisation, and several different organisations; each said in the preview and checked by the engine", async () => {
  // "… including at least one member from the health board"; "drawn from at least three different organisations".
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".preview");
  const preset = pkg.preset("clackmannanshire-2019");
  await openSection(w, "quorum");
  await w.locator("#add-spread").click();
  const kinds = w.locator('fieldset[data-path="quorum.spread[0].kind"]');
  // The preset's seats name no groups: said so, where groups would be chosen.
  assert.match(await text(w.locator('[data-path="quorum.spread[0]"]')), /No seat has a ward or group yet/);
  await kinds.locator("label", { hasText: "Some from one group or organisation" }).locator("input").check();
  await w.locator('fieldset[data-path="quorum.spread[0].from"] label', { hasText: "An organisation" }).locator("input").check();
  await w.locator('[data-path="quorum.spread[0].organisation"]').selectOption("NHS Forth Valley");
  await shot(w.locator(".spread"), `${TAG}-spread-including`);
  let out = (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
  assert.deepEqual(out.quorum.spread, [{ kind: "including", organisation: "NHS Forth Valley", group: null, atLeast: 1, cite: ["clackmannanshire-2019 B2.1"] }]);
  assert.deepEqual(pkg.validateConstitution(out).problems, []);
  assert.equal(await text(w.locator("#preview-spread")), "The quorum also needs at least 1 member from NHS Forth Valley. (clackmannanshire-2019 B2.1)");
  // The sample meeting of the first five core members has NHS Forth Valley's: the engine's answer shown.
  const core = preset.membership.filter((s) => s.class === "core").map((s) => s.id);
  const sample = (c, n) => pkg.checkQuorum({ constitution: c, attendance: { members: c.membership.map((s) => ({ seat: s.id, status: core.slice(0, n).includes(s.id) ? "present" : "apologies" })), substitutes: [] } });
  let report = sample(out, 5);
  assert.equal(report.spread[0].met, true);
  assert.ok((await text(w.locator("#preview-result"))).startsWith(report.summary));
  // Several different organisations: at least 3 of those counted.
  await kinds.locator("label", { hasText: "Members of several different organisations" }).locator("input").check();
  await w.locator('[data-path="quorum.spread[0].atLeast"]').fill("3");
  await w.locator('[data-path="preview.present"]').fill("5");
  out = (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
  assert.deepEqual(out.quorum.spread, [{ kind: "organisations", atLeast: 3, cite: ["clackmannanshire-2019 B2.1"] }]);
  assert.equal(await text(w.locator("#preview-spread")), "The quorum also needs members from at least 3 different organisations. (clackmannanshire-2019 B2.1)");
  // Four from the Council and one from NHS Forth Valley: enough in number, from two organisations, not three.
  report = sample(out, 5);
  assert.equal(report.quorate, false);
  assert.equal(report.moreNeeded, 0);
  assert.equal(report.spread[0].met, false);
  const result = await text(w.locator("#preview-result"));
  assert.ok(result.startsWith(report.summary), result);
  assert.ok(result.includes(report.spread[0].reason.text));
  await shot(w.locator(".preview"), `${TAG}-preview-organisations`);
  // Removed: the rule reads as the preset again.
  await w.locator("#spread-0-remove").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "add-spread");
  out = (await downloadOf(b.page, () => w.locator("button", { hasText: "Export constitution (JSON)" }).click())).body;
  assert.deepEqual(out.quorum, preset.quorum);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});
