// What the stack commands say besides the matrix, the same words on Slack and Teams. Each
// platform passes how it escapes text (names typed by people are echoed back) and how it shows
// a command to type.
import { problemSentence } from "../../render/matrix/errors.js";
import { columnLabel } from "../../render/matrix/labels.js";
import { MAX_CHAT_STACK, type StackReply } from "./stack-command.js";

export interface StackTextStyle {
  /** Escapes text for the platform's markup: user names, knowledge-base names. */
  readonly escape: (text: string) => string;
  /** Shows a command to type ("`/srm matrix`" on Slack). */
  readonly command: (words: string) => string;
}

/** The lines of a reply other than the matrix itself. */
export function stackReplyLines(
  reply: Exclude<StackReply, { kind: "matrix" }>,
  style: StackTextStyle,
): string[] {
  const { escape: esc, command: cmd } = style;
  const example = `${cmd("stack ec2 rds s3")} (separate names with spaces by commas: ${cmd("stack eks fargate, rds, blob storage")})`;
  switch (reply.kind) {
    case "saved":
    case "stack": {
      const names = reply.services
        .map((s) => `${esc(s.subject.name)} (${esc(columnLabel(s))})`)
        .join(", ");
      const count = `${reply.services.length} service${reply.services.length === 1 ? "" : "s"}`;
      return reply.kind === "saved"
        ? [
            `Saved this channel's stack, ${count}: ${names}.`,
            `${cmd("matrix")} shows who owns what across it, and the daily tip now prefers tips about it.`,
          ]
        : [
            `This channel's stack, ${count}: ${names}.`,
            `${cmd("matrix")} shows who owns what across it; ${cmd("stack NAMES")} replaces it and ${cmd("stack clear")} removes it.`,
          ];
    }
    case "cleared":
      return ["This channel has no saved stack any more."];
    case "none":
      return reply.command === "stack"
        ? [`This channel has no saved stack yet. Save one with ${example}.`]
        : [
            `Name the services, e.g. ${cmd("matrix ec2 rds s3")}, or save this channel's stack first with ${example}.`,
          ];
    case "error": {
      const lines = reply.error.problems.map((p) => esc(problemSentence(p)));
      if (reply.saved)
        return [
          "This channel's saved stack names services I no longer know. Save it again:",
          ...lines,
        ];
      return reply.command === "stack" ? ["Nothing was saved.", ...lines] : lines;
    }
    case "too-many":
      return [
        `A stack in chat holds at most ${MAX_CHAT_STACK} services${reply.count === undefined ? "" : `; that names ${reply.count}`}. Nothing was saved; the command-line srm matrix takes any number.`,
      ];
  }
}
