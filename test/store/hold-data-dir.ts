// A second process for the busy data dir test: opens the embedded store in the directory given,
// says "ready", and holds it until killed.
import { openSqlStore } from "../../src/store/sql/index.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-data-dir.ts <dataDir>");
await openSqlStore({ dataDir });
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
