// Reads the learned layer's model from disk (the core does no I/O), when it is first needed.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type ClassifierModel,
  type IntentAreaClassifier,
  LazyClassifier,
} from "../core/learn/classifier.js";

/** The shipped model: written by `npm run train`, read on first use. */
export const DEFAULT_MODEL = fileURLToPath(
  new URL("../../models/classifier.json", import.meta.url),
);

/** The shipped learned layer; a missing model file is a clear error at start, not mid-question. */
export function shippedClassifier(file: string = DEFAULT_MODEL): IntentAreaClassifier {
  if (!existsSync(file)) throw new Error(`no classifier model at ${file}: run \`npm run train\``);
  return new LazyClassifier(() => {
    const model = JSON.parse(readFileSync(file, "utf8")) as ClassifierModel;
    if (model.format !== 1) throw new Error(`${file}: unknown classifier model format`);
    return model;
  });
}
