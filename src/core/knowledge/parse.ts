// Turns one knowledge document into checked data: YAML syntax first, then the schema of its
// kind. Every problem names the file, the path inside it and, where YAML knows, the line.
import { type Document, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import * as schema from "./schema.js";
import { cuesFile } from "./schema-cues.js";
import type { KnowledgeDocument, KnowledgeProblem } from "./types.js";

export type PathSegment = string | number;

const kinds = {
  areas: schema.areasFile,
  providers: schema.providersFile,
  categories: schema.categoriesFile,
  models: schema.modelsFile,
  "decision-tree": schema.decisionTreeFile,
  services: schema.servicesFile,
  misconceptions: schema.misconceptionsFile,
  tips: schema.tipsFile,
  terms: schema.termsFile,
  cues: cuesFile,
  sources: schema.sourcesFile,
} as const;

export type FileKind = keyof typeof kinds;
export type FileData<K extends FileKind> = z.infer<(typeof kinds)[K]>;

/** Which schema a file follows, from where it sits: `areas.yaml`, `services/aws.yaml`, … */
export function kindOf(path: string): FileKind | undefined {
  const parts = path.split("/");
  const name = parts.at(-1)?.replace(/\.ya?ml$/, "") ?? "";
  const folder = parts.length > 1 ? parts.at(-2) : undefined;
  const key = folder ?? name;
  return key in kinds ? (key as FileKind) : undefined;
}

export interface ParsedFile<K extends FileKind = FileKind> {
  readonly path: string;
  readonly kind: K;
  readonly data: FileData<K>;
  /** The problem at a path inside this file, with its line. */
  problemAt(path: readonly PathSegment[], message: string): KnowledgeProblem;
}

export type ParseResult =
  | { ok: true; file: ParsedFile }
  | { ok: false; problems: KnowledgeProblem[] };

export function parseKnowledgeDocument(doc: KnowledgeDocument): ParseResult {
  const kind = kindOf(doc.path);
  if (!kind) {
    return {
      ok: false,
      problems: [{ file: doc.path, path: "", message: "is not a known kind of knowledge file" }],
    };
  }
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(doc.text, { lineCounter, uniqueKeys: true });
  if (yamlDoc.errors.length > 0) {
    return {
      ok: false,
      problems: yamlDoc.errors.map((e) => ({
        file: doc.path,
        line: e.linePos?.[0].line,
        path: "",
        message: `YAML syntax: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const value: unknown = yamlDoc.toJS();
  const problemAt = (path: readonly PathSegment[], message: string): KnowledgeProblem => ({
    file: doc.path,
    line: lineOf(yamlDoc, lineCounter, path),
    path: describePath(value, path),
    message,
  });
  const checked = kinds[kind].safeParse(value);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) =>
        problemAt(issue.path as PathSegment[], issue.message),
      ),
    };
  }
  return { ok: true, file: { path: doc.path, kind, data: checked.data, problemAt } };
}

/** The line of the deepest node that exists along `path` (1-based). */
function lineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

/** `services[aws-rds].responsibilities.patching`: array items are named by their id when they have one. */
export function describePath(root: unknown, path: readonly PathSegment[]): string {
  let out = "";
  let node: unknown = root;
  for (const segment of path) {
    if (typeof segment === "number") {
      const item = Array.isArray(node) ? node[segment] : undefined;
      const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
      out += `[${id ?? segment}]`;
      node = item;
    } else {
      out += out ? `.${segment}` : segment;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
