#!/usr/bin/env node
// `srm`: the bot on the command line, over the same core as the chat adapters. It loads no
// chat SDK, so a question costs one process start and one knowledge load.
import { Srm } from "../../core/srm.js";
import { shippedClassifier } from "../../knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../../knowledge/files.js";
import { exitQuietlyOnClosedPipe } from "./closed-pipe.js";
import { buildProgram, type SrmFactory } from "./program.js";

exitQuietlyOnClosedPipe();

const makeSrm: SrmFactory = async (dir) =>
  new Srm(await loadKnowledgeDir(dir), Date.now, shippedClassifier());
await buildProgram(makeSrm).parseAsync();
