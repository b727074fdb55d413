// Work that must not hold a request or a shutdown forever: raced against a timer, which is
// cleared as soon as the work settles.

export const TIMED_OUT = Symbol("timed out");

/** The work's result, or TIMED_OUT after `ms`; a rejection after the deadline is ignored. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
