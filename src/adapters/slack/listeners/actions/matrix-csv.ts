// "Download CSV" under a matrix: the matrix is rebuilt from the knowledge base for the column
// ids the button carries (never from the message), rendered as CSV and uploaded to the channel
// through Slack's external upload flow (files.uploadV2: files.getUploadURLExternal, the bytes
// POSTed to the upload URL Slack returned, then files.completeUploadExternal).
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { MATRIX_CSV_ACTION } from "../../../../render/matrix/block-kit.js";
import { renderMatrixCsv } from "../../../../render/matrix/csv.js";
import { MAX_CHAT_STACK, matrixOfIds } from "../../../channel/stack-command.js";
import { slowDown } from "../../../rate-limits.js";
import type { SlackDeps } from "../../context.js";
import { placeOf, tellUser } from "./card.js";

/** A column id is the service id and perhaps a variant: no longer than this. */
const MAX_ID = 257;

export function registerMatrixCsv(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    MATRIX_CSV_ACTION,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const place = placeOf(body);
      // An upload is three Web API calls: a click counts against the asker's rate limit.
      const wait = await deps.limits.wait(`${place.team}:${body.user.id}`, place.team);
      if (wait !== undefined) return tellUser(respond, slowDown(wait));
      // The value came back from a client: only a bounded list of exact ids is read.
      const ids = (action.value ?? "").split(" ").filter((id) => id !== "");
      const matrix =
        ids.length > 0 && ids.length <= MAX_CHAT_STACK && ids.every((id) => id.length <= MAX_ID)
          ? matrixOfIds(deps.srm.kb, ids)
          : undefined;
      if (matrix?.kind !== "matrix") {
        return tellUser(respond, "This matrix is out of date. Ask `/srm matrix` again.");
      }
      try {
        await client.files.uploadV2({
          channel_id: place.channel,
          file: Buffer.from(renderMatrixCsv(matrix), "utf8"),
          filename: "srm-matrix.csv",
          title: `Responsibility matrix: ${ids.join(", ")}`,
        });
      } catch (error) {
        deps.logger.warn({ err: String(error) }, "matrix CSV upload failed");
        await tellUser(
          respond,
          "I could not upload the CSV to this channel. Invite me to it (`/invite @srm`) and try again.",
        );
      }
    },
  );
}
