import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** An import of one source file by another, both as paths relative to the project root with '/'. */
export interface ImportEdge {
  from: string;
  to: string;
  /** Erased when compiled (`import type`, `export type`, `import('…').T`), so it cannot take part in a run-time cycle. */
  typeOnly: boolean;
}

export interface Violation {
  from: string;
  to: string;
  rule: string;
}

/** Files that wire modules together; they alone may import a module's routes, jobs and the like. */
const compositionRoots = ['src/app.ts', 'src/worker.ts', 'src/main.ts', 'src/server.ts', 'src/modules.ts'];
const doors = new Set(['service.ts', 'contract.ts']);

function isTest(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /(^|\/)test-[^/]*\.ts$/.test(file);
}

function isCompositionRoot(file: string): boolean {
  return compositionRoots.includes(file) || file.startsWith('src/seed/');
}

/** The module a file belongs to (`orders` for src/modules/orders/cancel.ts), or undefined. */
export function moduleOf(file: string): string | undefined {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1];
}

function isDoor(file: string): boolean {
  const module = moduleOf(file);
  return module !== undefined && doors.has(file.slice(`src/modules/${module}/`.length));
}

function listSources(root: string, dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listSources(root, file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

interface Specifier {
  text: string;
  typeOnly: boolean;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  return node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly));
}

function specifiersOf(sourceFile: ts.SourceFile): Specifier[] {
  const found: Specifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ text: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ text: node.moduleSpecifier.text, typeOnly: isTypeOnlyExport(node) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ text: argument.text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ text: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Resolves a relative ESM specifier (`./service.js`) to the source file it names, if it is one of ours. */
function resolveSpecifier(from: string, specifier: string, known: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), `${target}.ts`, `${target}/index.ts`];
  return candidates.find((candidate) => known.has(candidate));
}

/** Every import between the non-test source files under src/. */
export function readImportGraph(root: string): ImportEdge[] {
  const files = listSources(root, 'src').filter((file) => !isTest(file));
  const known = new Set(files);
  return files.flatMap((from) => {
    const text = fs.readFileSync(path.join(root, from), 'utf8');
    const sourceFile = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, false);
    const edges = new Map<string, ImportEdge>();
    for (const specifier of specifiersOf(sourceFile)) {
      const to = resolveSpecifier(from, specifier.text, known);
      if (to === undefined) continue;
      const typeOnly = specifier.typeOnly && (edges.get(to)?.typeOnly ?? true);
      edges.set(to, { from, to, typeOnly });
    }
    return [...edges.values()];
  });
}

/** The rule an import breaks by itself, whatever else the graph holds. */
function brokenRule({ from, to }: ImportEdge): string | undefined {
  const target = moduleOf(to);
  if (target === undefined) return undefined;
  if (from.startsWith('src/platform/')) return 'platform imports no module';
  if (moduleOf(from) === target || isCompositionRoot(from) || isDoor(to)) return undefined;
  return 'another module is imported only through its service.ts or contract.ts';
}

/** Strongly connected components with more than one node (Tarjan), each in a stable order. */
function cycles(nodes: string[], next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const neighbour of next.get(node) ?? []) {
      if (!index.has(neighbour)) {
        connect(neighbour);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(neighbour)!));
      } else if (onStack.has(neighbour)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(neighbour)!));
      }
    }
    if (lowLink.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) connect(node);
  return components;
}

function adjacency(edges: Array<[string, string]>): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  return next;
}

function fileCycleViolations(allEdges: ImportEdge[]): Violation[] {
  const edges = allEdges.filter((edge) => !edge.typeOnly);
  const pairs = edges.map(({ from, to }): [string, string] => [from, to]);
  const nodes = [...new Set(pairs.flat())];
  return cycles(nodes, adjacency(pairs)).flatMap((component) => {
    const members = new Set(component);
    const rule = `import cycle between files (${component.join(', ')})`;
    return edges.filter(({ from, to }) => members.has(from) && members.has(to)).map(({ from, to }) => ({ from, to, rule }));
  });
}

function moduleCycleViolations(edges: ImportEdge[]): Violation[] {
  const crossing = edges.filter(({ from, to }) => {
    const source = moduleOf(from);
    const target = moduleOf(to);
    return source !== undefined && target !== undefined && source !== target;
  });
  const pairs = crossing.map(({ from, to }): [string, string] => [moduleOf(from)!, moduleOf(to)!]);
  const nodes = [...new Set(pairs.flat())];
  return cycles(nodes, adjacency(pairs)).flatMap((component) => {
    const members = new Set(component);
    const rule = `import cycle between modules (${component.join(', ')})`;
    return crossing.filter(({ from, to }) => members.has(moduleOf(from)!) && members.has(moduleOf(to)!)).map(({ from, to }) => ({ from, to, rule }));
  });
}

/**
 * Every broken rule in an import graph, one entry per offending import and rule. Type-only imports
 * count for the doors and for cycles between modules, not for cycles between files.
 */
export function findViolations(edges: ImportEdge[]): Violation[] {
  const direct = edges.flatMap((edge) => {
    const rule = brokenRule(edge);
    return rule === undefined ? [] : [{ from: edge.from, to: edge.to, rule }];
  });
  const all = [...direct, ...moduleCycleViolations(edges), ...fileCycleViolations(edges)];
  return all.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.rule.localeCompare(b.rule));
}

export function formatViolation({ from, to, rule }: Violation): string {
  return `${from} → ${to}: ${rule}`;
}
