// What the page may send, checked before anything runs: each endpoint's body as a zod schema.
// The Slack and Teams parts keep the platforms' own shapes (a block_actions payload, an
// Action.Submit data object), cut down to the fields the handlers read.
import { z } from "zod";

/** The page's random id: one conversation, and the key its checklist ticks are kept under. */
const session = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "a session id is 8 to 64 letters, digits, _ or -");

const messageId = z.string().regex(/^[\w.-]{1,64}$/, "a message id is 1 to 64 word characters");

export const askRequest = z.object({
  session,
  text: z
    .string()
    .max(4000, "a question is at most 4,000 characters")
    .refine((t) => t.trim() !== "", "type a question"),
});

const slackAction = z.object({
  type: z.enum(["button", "checkboxes"]),
  action_id: z.string().min(1).max(255),
  block_id: z.string().max(255).optional(),
  value: z.string().max(2000).optional(),
  selected_options: z
    .array(z.object({ value: z.string().max(150) }))
    .max(10)
    .optional(),
});

/** Slack's block_actions payload, as a click on a message sends it. */
const blockActions = z.object({
  type: z.literal("block_actions"),
  // Drawn into "Shared by <@id>": only the shape of a Slack user id.
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]{1,31}$/, "a Slack user id") }),
  container: z.object({
    type: z.literal("message"),
    message_ts: messageId,
    is_ephemeral: z.boolean(),
  }),
  actions: z.array(slackAction).length(1, "one action per click"),
});

export const slackActionRequest = z.object({ session, payload: blockActions });

/** An Action.Submit's data as Teams sends it: the command, and any input values beside it. */
export const teamsSubmitRequest = z.object({
  session,
  data: z.looseObject({ srm: z.string().min(1).max(4000) }),
});

export type AskRequest = z.infer<typeof askRequest>;
export type SlackActionRequest = z.infer<typeof slackActionRequest>;
export type SlackActionPayload = SlackActionRequest["payload"];
export type SlackActionItem = SlackActionPayload["actions"][number];
export type TeamsSubmitRequest = z.infer<typeof teamsSubmitRequest>;
