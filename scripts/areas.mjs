// What each widget page loads: the widgets' per-tool entries (www/dist/<tag>.js) and the
// WebAssembly module of their area (www/dist/quorate-<area>_bg.wasm), derived from the
// full module by scripts/split-wasm.mjs. One list, read by the build, the size check and
// the tests.

/** Every area carries the constitution (`preset`, `presets`, `validateConstitution`). */
export const CONSTITUTION = ["preset", "presets", "validateConstitution"];

/** The package's exports by area (each export in exactly one). */
export const AREAS = {
  meeting: ["checkQuorum", "checkChair", "checkAgenda", "decideVote", "attendanceReport", "draftMinute"],
  calendar: [
    "bankHolidays",
    "isWorkingDay",
    "addWorkingDays",
    "workingDaysBetween",
    "papersTimeline",
    "meetingSchedule",
    "scheduleIcs",
  ],
  // The member tools: conduct (interests and the register), gifts, openness.
  members: [
    "checkGift",
    "checkOpenness",
    "conflictQuestions",
    "assessConflict",
    "validateRegister",
    "checkAgendaAgainstRegister",
    "registerToCsv",
    "registerFromCsv",
  ],
  priorities: ["priorityCriteria", "scorePriorities", "combineScorecards", "scorecardsToCsv", "scorecardsFromCsv"],
};

/**
 * The area of a module export, or "constitution" (kept in every area), or null when no
 * area lists it. The resident classes' methods (`constitutionhandle_checkQuorum`,
 * `scoringsession_setScore`, `combinedsession_setWeight`) go with the export they mirror: a meeting page's handle has
 * the meeting methods, and the scoring session is the priorities'.
 */
export function areaOf(name) {
  const handle = /^constitutionhandle_(.+)$/.exec(name);
  if (handle) {
    const method = handle[1];
    if (method === "from" || method === "id") return "constitution";
    if (method === "scoringSession" || method === "combinedSession") return "priorities";
    name = method;
  }
  if (name.startsWith("scoringsession_") || name.startsWith("combinedsession_")) return "priorities";
  if (CONSTITUTION.includes(name)) return "constitution";
  return Object.keys(AREAS).find((area) => AREAS[area].includes(name)) ?? null;
}

/** Each widget: its tag, its class and the file under www/src that defines it, its area. */
export const WIDGETS = [
  { tag: "quorate-meeting", className: "Meeting", source: "./widgets/meeting.js", area: "meeting" },
  { tag: "quorate-quorum-check", className: "QuorumCheck", source: "./widgets/quorum-check.js", area: "meeting" },
  { tag: "quorate-attendance", className: "AttendanceRegister", source: "./widgets/attendance.js", area: "meeting" },
  { tag: "quorate-papers-timeline", className: "PapersTimeline", source: "./widgets/papers-timeline.js", area: "calendar" },
  { tag: "quorate-interests", className: "Interests", source: "./widgets/interests.js", area: "members" },
  { tag: "quorate-conflict-check", className: "ConflictCheck", source: "./widgets/conflict-check.js", area: "members" },
  { tag: "quorate-gift-check", className: "GiftCheck", source: "./widgets/gift-check.js", area: "members" },
  { tag: "quorate-private-check", className: "PrivateCheck", source: "./widgets/private-check.js", area: "members" },
  { tag: "quorate-priority-scorer", className: "PriorityScorer", source: "./widgets/priority-scorer.js", area: "priorities" },
  // The constitution editor's preview runs meetings (checkQuorum, checkChair).
  { tag: "quorate-constitution-editor", className: "ConstitutionEditor", source: "./widgets/constitution-editor.js", area: "meeting" },
];

/** The module file of an area, beside the widget scripts. */
export const areaModule = (area) => `quorate-${area}_bg.wasm`;

/** The source of a widget's own entry (www/dist/<tag>.js, quorate/widgets/<name>): its element only, defined safely. */
export const widgetEntry = ({ tag, className, source }) =>
  `import { define } from "./base/define.js";\nimport { ${className} } from ${JSON.stringify(source)};\ndefine(${JSON.stringify(tag)}, ${className});\nexport { ${className} };\nexport { VERSION } from "./base/define.js";\n`;
