// The core's one entry point for every adapter: a message (and a conversation key) in, a typed
// answer out. It owns the matcher's vocabulary and the conversations' short memory.
import { LRUCache } from "lru-cache";
import { buildAnswer } from "./answers/build.js";
import type { Answer } from "./answers/types.js";
import { type Clock, ConversationMemory } from "./conversations.js";
import type { Knowledge } from "./knowledge/types.js";
import type { IntentAreaClassifier } from "./learn/classifier.js";
import { englishWords } from "./match/english-words.js";
import { type ConversationContext, interpret, type Understood } from "./match/interpret.js";
import { buildVocabulary, type Vocabulary } from "./match/vocabulary.js";

export interface AskResult {
  readonly answer: Answer;
  readonly understood: Understood;
}

/** The same question asked again the same day, outside a conversation, gets the same answer. */
const ANSWER_CACHE_ENTRIES = 2_000;
const DAY_MS = 86_400_000;
/** Longer messages are rarely asked twice word for word: not worth their memory. */
const MAX_CACHED_QUESTION = 500;

export class Srm {
  private readonly vocab: Vocabulary;
  private readonly memory: ConversationMemory;
  // Popular questions (`/srm tip`, `/srm help`, the same who-owns asked across a company) skip
  // the matcher. An answer depends only on the words, the conversation's context (a service,
  // an area, an intent: few kinds) and the day (the tip of the day changes at midnight UTC).
  private readonly answers: LRUCache<string, AskResult> | undefined;

  constructor(
    readonly kb: Knowledge,
    private readonly clock: Clock = Date.now,
    /** The learned layer; without it the rules alone read questions. */
    private readonly classifier?: IntentAreaClassifier,
    /** Answers kept for questions asked again; 0 keeps none (a benchmark of the matcher). */
    answerCacheEntries = ANSWER_CACHE_ENTRIES,
  ) {
    this.answers = answerCacheEntries > 0 ? new LRUCache({ max: answerCacheEntries }) : undefined;
    this.vocab = buildVocabulary(kb);
    this.memory = new ConversationMemory(clock);
  }

  /**
   * Builds now what is otherwise built on the first question that needs it (the English word
   * list, the duty index, the learned model): a server calls it at start, so its first request
   * is as fast as the rest; a one-shot command line does not.
   */
  warm(): void {
    englishWords();
    this.vocab.duties.warm();
    this.ask("who replicates an ebs volume inside its availability zone");
  }

  /** Answers one message; with a conversation key, follow-ups may lean on the last question. */
  ask(message: string, conversationKey?: string): AskResult {
    const context = conversationKey ? this.memory.get(conversationKey) : undefined;
    const result = this.readCached(message, context);
    const next = contextOf(result.understood);
    if (conversationKey && next) this.memory.set(conversationKey, next);
    return result;
  }

  private readCached(message: string, context: ConversationContext | undefined): AskResult {
    const key = `${Math.floor(this.clock() / DAY_MS)}\0${contextKey(context)}\0${message}`;
    const cached = this.answers?.get(key);
    if (cached) return cached;
    const result = this.read(message, context);
    if (message.length <= MAX_CACHED_QUESTION) this.answers?.set(key, result);
    return result;
  }

  private read(message: string, context: ConversationContext | undefined): AskResult {
    const understood = interpret(this.kb, this.vocab, message, context, this.classifier);
    const answer = buildAnswer(this.kb, understood, { now: new Date(this.clock()) });
    return { answer, understood };
  }
}

function contextKey(context: ConversationContext | undefined): string {
  if (!context) return "";
  const s = context.subject;
  return `${context.intent} ${s ? `${s.kind}:${s.id}:${s.variant ?? ""}` : ""} ${context.area ?? ""}`;
}

function contextOf(u: Understood): ConversationContext | undefined {
  const i = u.interpretation;
  switch (i.intent) {
    case "who-owns":
      return { intent: i.intent, subject: i.subject, area: i.area };
    case "checklist":
    case "explain":
      return { intent: i.intent, subject: i.subject };
    case "myth":
      return {
        intent: i.intent,
        ...(i.subject ? { subject: i.subject } : {}),
        ...(i.area ? { area: i.area } : {}),
      };
    case "compare":
      return { intent: i.intent, subject: i.subjects[0] };
    default:
      return undefined;
  }
}
