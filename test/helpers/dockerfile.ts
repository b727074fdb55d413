// Runs a Dockerfile's steps outside a container, for a machine with no container engine: each
// stage is a folder standing in for the image's root, COPY copies from the build context or
// from an earlier stage's folder, RUN runs in the stage's working directory with the stage's
// ENV, and the image's own paths (WORKDIR and below) are mapped into the stage's folder. What
// cannot be reproduced without a container is listed, not faked: the base image (this
// machine's Node stands in for it), USER, file ownership (chown is a no-op) and VOLUME; a RUN's
// cache mount is this machine's own npm cache.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { DockerfileParser, type Instruction } from "dockerfile-ast";

export interface Stage {
  readonly name: string;
  /** The folder standing in for the image's root. */
  readonly root: string;
  /** The working directory, inside root. */
  workdir: string;
  readonly env: Record<string, string>;
}

export interface Image {
  readonly stages: readonly Stage[];
  /** The final stage: what runs. */
  readonly runtime: Stage;
  readonly cmd: readonly string[];
  readonly healthcheck: readonly string[];
  readonly user?: string;
  readonly exposed: readonly string[];
}

/** Builds every stage of `dockerfile` from `context` into folders under `into`. */
export function buildOutsideContainer(
  dockerfile: string,
  context: string,
  into: string,
  runEnv: Record<string, string> = {},
): Image {
  const parsed = DockerfileParser.parse(dockerfile);
  const shims = noOpShims(join(into, ".shims"));
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  for (const step of parsed.getInstructions()) {
    const keyword = step.getKeyword();
    if (keyword === "FROM") {
      const name = parsed.getFROMs()[stages.length]?.getBuildStage() ?? String(stages.length);
      stage = { name, root: join(into, name), workdir: "/", env: {} };
      stages.push(stage);
      mkdirSync(stage.root, { recursive: true });
    } else if (stage) {
      runStep(stage, step, { context, stages, shims, runEnv });
    }
  }
  const runtime = stages.at(-1);
  if (!runtime) throw new Error("the Dockerfile has no FROM");
  return {
    stages,
    runtime,
    cmd: jsonForm(parsed.getCMDs().at(-1)?.getArgumentsContent()),
    healthcheck: jsonForm(
      parsed
        .getHEALTHCHECKs()
        .at(-1)
        ?.getArgumentsContent()
        ?.replace(/^CMD\s+/, ""),
    ),
    exposed: parsed
      .getInstructions()
      .filter((i) => i.getKeyword() === "EXPOSE")
      .map((i) => i.getArgumentsContent() ?? ""),
    ...userOf(parsed.getInstructions()),
  };
}

interface StepContext {
  readonly context: string;
  readonly stages: readonly Stage[];
  readonly shims: string;
  readonly runEnv: Record<string, string>;
}

function runStep(stage: Stage, step: Instruction, c: StepContext): void {
  const args = step.getArguments().map((a) => a.getValue());
  switch (step.getKeyword()) {
    case "WORKDIR":
      stage.workdir = inImage("/", args[0] ?? "/");
      mkdirSync(join(stage.root, stage.workdir), { recursive: true });
      return;
    case "ENV":
      for (const p of parsedEnv(step)) stage.env[p.name] = p.value;
      return;
    case "COPY":
      copy(stage, step, args, c);
      return;
    case "RUN":
      execFileSync("sh", ["-c", mapped(stage, step.getArgumentsContent() ?? "")], {
        cwd: join(stage.root, stage.workdir),
        env: {
          ...process.env,
          ...c.runEnv,
          ...hostEnv(stage),
          PATH: `${c.shims}:${process.env.PATH}`,
        },
        stdio: "pipe",
      });
      return;
  }
}

function copy(stage: Stage, step: Instruction, args: string[], c: StepContext): void {
  const from = (
    step as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }
  )
    .getFlags()
    .find((f) => f.getName() === "from")
    ?.getValue();
  const source = from ? c.stages.find((s) => s.name === from) : undefined;
  if (from && !source) throw new Error(`COPY --from=${from}: no such stage`);
  const dest = args.at(-1) ?? ".";
  for (const src of args.slice(0, -1)) {
    const origin = source ? join(source.root, src) : join(c.context, src);
    const target = join(stage.root, inImage(stage.workdir, dest));
    const into = dest.endsWith("/") ? join(target, src.split("/").at(-1) ?? src) : target;
    cpSync(origin, into, { recursive: true });
  }
}

/** An image path, absolute inside the image. */
function inImage(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/** The stage's ENV with image paths mapped into its folder. */
export function hostEnv(stage: Stage): Record<string, string> {
  return Object.fromEntries(Object.entries(stage.env).map(([k, v]) => [k, mapped(stage, v)]));
}

/** Image paths under the working directory's top folder (/app) point into the stage's folder. */
function mapped(stage: Stage, text: string): string {
  const top = `/${stage.workdir.split("/").filter(Boolean)[0] ?? ""}`;
  return top === "/"
    ? text
    : text.replaceAll(new RegExp(`(?<![\\w.])${top}(?=/|\\b)`, "g"), join(stage.root, top));
}

function parsedEnv(step: Instruction): { name: string; value: string }[] {
  const env = step as unknown as {
    getProperties(): { getName(): string; getValue(): string | null }[];
  };
  return env.getProperties().map((p) => ({ name: p.getName(), value: p.getValue() ?? "" }));
}

function jsonForm(text: string | null | undefined): string[] {
  if (!text) return [];
  const value: unknown = JSON.parse(text.replace(/\\\n/g, " "));
  if (!Array.isArray(value)) throw new Error(`not the JSON (exec) form: ${text}`);
  return value.map(String);
}

function userOf(steps: Instruction[]): { user?: string } {
  const user = steps
    .filter((s) => s.getKeyword() === "USER")
    .at(-1)
    ?.getArgumentsContent();
  return user ? { user } : {};
}

/** chown does nothing here: ownership is the image's, not this machine's. */
function noOpShims(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "chown"), "#!/bin/sh\nexit 0\n");
  chmodSync(join(dir, "chown"), 0o755);
  return dir;
}
