// The daily-tip core, free of any chat SDK: parse the command, decide what is due, post once.
export {
  type ParsedTipsCommand,
  parseTipsCommand,
  TIPS_USAGE,
  type TipsCommand,
} from "./command.js";
export { nextTipTime, tipDue } from "./due.js";
export { canonicalTimezone, localTime } from "./local-time.js";
export { classifyPostError, type PostResult } from "./post-result.js";
export { DEFAULT_RETRY, type RetryPolicy, type Sleep } from "./retry.js";
export { cryptoRandom, nextTip, shuffle, takeNextTip } from "./rotation.js";
export {
  DEFAULT_LEASE_MS,
  type PostTip,
  type RunDueTipsOptions,
  runDueTips,
  type TipOutcome,
  type TipRun,
  type TipsLogger,
} from "./run-due.js";
export { startTipScheduler, type TipScheduler, type TipSchedulerOptions } from "./scheduler.js";
export { tipsStatusText } from "./status.js";
