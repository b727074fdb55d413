// The server started as a child process prints "listening on HOST:PORT" once it listens (PORT=0
// takes any free port): the port, read from its log, or the reason it exited first.
import type { ChildProcess } from "node:child_process";

export function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      const at = /listening on [\d.:]+:(\d+)/.exec(output);
      if (at) resolve(Number(at[1]));
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}
