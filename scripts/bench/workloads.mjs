// The bench workloads (scripts/bench.sh): fixed, generated inputs for every export, at a
// realistic size and at 100× the work where the export's input has a size to grow
// (the limits allowing). Deterministic: every run, native and WebAssembly, gets the same
// JSON. Exports whose input has no size to grow (a date, a preset id) use their first
// valid scenario case, at one size.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const CLACKS = "clackmannanshire-2019";

function lcg(seed) {
  let s = BigInt(seed);
  return (n) => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((s >> 33n) % BigInt(n));
  };
}

function roster(seats) {
  return {
    seats: Array.from({ length: seats }, (_, i) => ({
      id: `s${i}`,
      name: `Member ${i}`,
      organisation: `Org ${i % Math.max(3, Math.floor(seats / 3))}`,
      class: i % 5 === 4 ? "other" : "core",
      ...(i === 0 ? { role: "chair" } : i === 1 ? { role: "viceChair" } : {}),
    })),
  };
}

function attendance(seats, rand) {
  return {
    members: Array.from({ length: seats }, (_, i) => ({
      seat: `s${i}`,
      status: rand(10) < 8 ? "present" : rand(2) ? "apologies" : "absent",
    })),
    substitutes: [],
  };
}

function items(n, seats, rand) {
  return Array.from({ length: n }, (_, k) => ({
    id: `${k + 1}`,
    title: `Item ${k + 1}`,
    conflicts: rand(3) === 0 ? [`s${rand(seats)}`] : [],
  }));
}

function meeting(seats, n) {
  const rand = lcg(seats * 1000 + n);
  return { constitution: CLACKS, roster: roster(seats), attendance: attendance(seats, rand), items: items(n, seats, rand) };
}

function attendanceYear(seats, meetings) {
  const rand = lcg(seats + meetings);
  return {
    constitution: CLACKS,
    roster: roster(seats),
    meetings: Array.from({ length: meetings }, (_, m) => ({
      date: `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-1${m % 9}`,
      attendance: attendance(seats, rand),
    })),
  };
}

function scoring(candidates, scorers) {
  const preset = JSON.parse(readFileSync(new URL("../../core/presets/inverclyde-mou.json", import.meta.url), "utf8"));
  const criteria = preset.priorities.criteria.criteria.map((c) => c.id);
  const rand = lcg(candidates * 100 + scorers);
  const cards = [];
  for (let s = 0; s < scorers; s++) {
    for (let c = 0; c < candidates; c++) {
      cards.push({
        scorer: `Scorer ${s}`,
        organisation: `Org ${s % 15}`,
        candidate: `c${c}`,
        collaborativeGain: rand(10) < 8 ? "yes" : "dontKnow",
        scores: criteria.map((criterion) => ({ criterion, score: rand(20) === 0 ? null : rand(5) })),
      });
    }
  }
  return {
    constitution: "inverclyde-mou",
    candidates: Array.from({ length: candidates }, (_, c) => ({ id: `c${c}`, name: `Candidate ${c}` })),
    scorecards: cards,
  };
}

function register(entries, agendaItems) {
  const rand = lcg(entries + agendaItems);
  const orgs = Array.from({ length: 40 }, (_, i) => `Organisation ${i}`);
  const categories = ["remuneration", "otherRoles", "housesLandAndBuildings", "nonFinancialInterests", "closeFamilyMembers"];
  return {
    constitution: CLACKS,
    register: {
      member: "Cllr Jane Smith",
      organisation: "Clackmannanshire Council",
      entries: Array.from({ length: entries }, (_, i) => ({
        id: `r${i}`,
        category: categories[i % categories.length],
        description: `Entry ${i}: trustee of ${orgs[rand(40)]}`,
        organisations: [orgs[rand(40)]],
        keywords: rand(2) ? [`keyword ${rand(100)}`] : [],
      })),
    },
    agenda: Array.from({ length: agendaItems }, (_, k) => ({
      id: `${k + 1}`,
      title: `Item ${k + 1}: report from ${orgs[rand(40)]}`,
      organisations: rand(2) ? [orgs[rand(40)]] : [],
    })),
  };
}

/** The first valid scenario input of every export, by export name. */
function scenarioInputs(root) {
  const out = {};
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".json")) {
        const doc = JSON.parse(readFileSync(p, "utf8"));
        const ok = doc.cases.filter((c) => "expect" in c);
        // The largest valid case stands for the export (a complete self-assessment).
        for (const c of ok) {
          const size = JSON.stringify(c.input).length;
          if (!out[doc.function] || size > out[doc.function].size) out[doc.function] = { input: c.input, size };
        }
      }
    }
  };
  walk(join(root, "tests/scenarios"));
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.input]));
}

/** [{ export, size, label, input }] */
export function workloads(root) {
  const scenario = scenarioInputs(root);
  const list = [];
  const add = (name, size, label, input) => list.push({ export: name, size, label, input });
  const m30 = meeting(30, 20);
  const m3000 = meeting(300, 200); // 10× seats × 10× items
  for (const [size, label, m] of [
    ["realistic", "30 seats, 20 items", m30],
    ["100x", "300 seats, 200 items", m3000],
  ]) {
    add("checkQuorum", size, label, { constitution: m.constitution, roster: m.roster, attendance: m.attendance });
    add("checkChair", size, label, { constitution: m.constitution, roster: m.roster, attendance: m.attendance });
    add("checkAgenda", size, label, m);
    const voters = m.attendance.members.filter((a) => a.status === "present");
    add("decideVote", size, label, {
      constitution: m.constitution,
      roster: m.roster,
      attendance: m.attendance,
      motion: { title: "Approve the report" },
      votes: voters.map((a, i) => ({ seat: a.seat, vote: i % 3 === 2 ? "against" : "for" })),
    });
  }
  add("attendanceReport", "realistic", "a year of 12 meetings, 30 seats", attendanceYear(30, 12));
  add("attendanceReport", "100x", "120 meetings, 300 seats", attendanceYear(300, 120));
  add("scorePriorities", "realistic", "12 candidates × 15 scorers × 22 criteria", scoring(12, 15));
  add("scorePriorities", "realistic-large", "30 × 25 × 22", scoring(30, 25));
  add("scorePriorities", "100x", "120 × 150 × 22", scoring(120, 150));
  const r = register(50, 20);
  // A register holds at most 200 entries (limits.rs): 100× the entry-item pairs is 200 × 500.
  const R = register(200, 500);
  add("checkAgendaAgainstRegister", "realistic", "50 entries against 20 items", r);
  add("checkAgendaAgainstRegister", "100x", "200 entries against 500 items", R);
  add("validateRegister", "realistic", "50 entries", { constitution: r.constitution, register: r.register });
  add("validateRegister", "100x", "200 entries (the most a register holds: 4×)", { constitution: R.constitution, register: R.register });
  add("registerToCsv", "realistic", "50 entries", r.register);
  add("registerToCsv", "100x", "200 entries (4×)", R.register);
  for (const [name, input] of Object.entries(scenario)) {
    if (!list.some((w) => w.export === name)) add(name, "realistic", "the largest valid scenario case", input);
  }
  return list;
}
