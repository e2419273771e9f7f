// @custom-elements-manifest/analyzer: custom-elements.json from the widgets' JSDoc
// (@attr, @prop, @fires, @cssprop, @csspart) and their Lit decorators. Run by
// scripts/build-widgets.mjs into www/dist/; the file ships in the package (its
// `customElements` field) and www/widgets/ is generated from it.
import { readFileSync } from "node:fs";

/** Tags come from the safe `define("tag", Class)` calls, which the analyzer does not know. */
function quorateDefinitions() {
  return {
    name: "quorate-definitions",
    packageLinkPhase({ customElementsManifest }) {
      const entry = readFileSync("www/src/quorate-widgets.ts", "utf8");
      const tags = new Map([...entry.matchAll(/^define\("([^"]+)", (\w+)\);$/gm)].map((m) => [m[2], m[1]]));
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== "class") continue;
          // Only the public surface: the base's protected plumbing and private state are not.
          d.members = (d.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith("#"));
          // `emit(name, …)` dispatches whatever it is given: the real events are the @fires.
          d.events = (d.events ?? []).filter((e) => e.name !== "name");
          const tag = tags.get(d.name);
          if (!tag) continue;
          d.tagName = tag;
          d.customElement = true;
          mod.exports = [...(mod.exports ?? []), { kind: "custom-element-definition", name: tag, declaration: { name: d.name, module: `/${mod.path}` } }];
          tags.delete(d.name);
        }
      }
      if (tags.size) throw new Error(`custom-elements.json: no class found for ${[...tags.values()].join(", ")}`);
    },
  };
}

export default {
  globs: ["www/src/base/element.ts", "www/src/widgets/*.ts"],
  outdir: "www/dist",
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [quorateDefinitions()],
};
