// Renderers of the stack views: the responsibility matrix and the stack's checklist.
export {
  renderStackChecklistCsv,
  renderStackChecklistJson,
  renderStackChecklistMarkdown,
  renderStackChecklistText,
} from "./checklist.js";
export { csvField, csvLines, renderMatrixCsv } from "./csv.js";
export { problemSentence, stackErrorLines } from "./errors.js";
export { type MatrixJson, matrixJson, renderMatrixJson } from "./json.js";
export {
  columnId,
  columnLabel,
  ownerShort,
  providerSide,
  shortId,
} from "./labels.js";
export { markdownTable, markdownText, renderMatrixMarkdown } from "./markdown.js";
export { columnNotes, type SummaryLine, summaryLines } from "./notes.js";
export { type MatrixTextOptions, renderMatrixText } from "./text.js";
