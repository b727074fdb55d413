// `srm … | head`: when the reader closes the pipe early, stop quietly instead of crashing with
// an unhandled EPIPE error; the reader already has all it wanted.
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
