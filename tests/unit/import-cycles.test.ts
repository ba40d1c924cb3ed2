import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// No module may reach itself through its imports (issue 9). A circle such as lib/auth/auth.ts →
// lib/data/sign-in → … → lib/auth/session.ts → lib/auth/auth.ts works until the day an import order changes,
// then a value is `undefined` at load time. Imports are resolved as TypeScript resolves them (tsconfig paths
// included); `import type` is erased at build time and cannot form a runtime circle, so it is left out.
// db/schema is exempt: its tables name each other in foreign keys and relations, which Drizzle resolves lazily.

const root = process.cwd();
const SCANNED = ["app", "components", "lib", "db", "proxy.ts"];
const EXEMPT = [path.join(root, "db", "schema") + path.sep];

const { options } = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config,
  ts.sys,
  root,
);

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((child) => {
    if (child.name === "node_modules" || child.name.startsWith(".")) return [];
    const rel = path.join(entry, child.name);
    if (child.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(child.name) &&
      !/\.(test|spec)\.tsx?$/.test(child.name) &&
      !child.name.endsWith(".d.ts")
      ? [path.join(root, rel)]
      : [];
  });
}

/** Specifiers of the imports and re-exports that exist at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause !== undefined &&
          !clause.name &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier))
        specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) {
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = runtimeImports(file).flatMap((specifier) => {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule
        ?.resolvedFileName;
      return resolved && known.has(path.resolve(resolved)) ? [path.resolve(resolved)] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const relative = (file: string) => path.relative(root, file);

describe("import circles", () => {
  const files = SCANNED.flatMap(sourceFiles);
  const graph = importGraph(files);

  it("the scan sees the app and resolves aliased imports", () => {
    expect(files.length).toBeGreaterThan(100);
    const session = path.join(root, "lib/auth/session.ts");
    expect(graph.get(session)).toContain(path.join(root, "lib/auth/auth.ts"));
  });

  it("finds a circle when there is one", () => {
    const a = "/x/a.ts";
    const b = "/x/b.ts";
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b]]);
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });

  it("there are none outside db/schema", () => {
    const offending = circles(graph)
      .filter((component) => !component.every((file) => EXEMPT.some((dir) => file.startsWith(dir))))
      .map((component) => component.map(relative));
    expect(offending).toEqual([]);
  });
});
