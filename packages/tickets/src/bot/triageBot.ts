import { type Reason, reason } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { BotTurnSchema } from '../schemas.js';
import type { BotTurn } from '../types.js';
import { parseAt } from '../validation/parseAt.js';

const TranscriptSchema = z.array(BotTurnSchema);
const OptionsSchema = z.object({
  maxFailedTurns: z.optional(
    z
      .int({ error: 'maxFailedTurns is a whole number ≥ 1.' })
      .check(z.minimum(1, 'maxFailedTurns is ≥ 1.')),
  ),
  sensitiveIntents: z.optional(z.array(z.string())),
  humanRequest: z.optional(
    z.array(
      z.custom<RegExp>((v) => v instanceof RegExp, 'humanRequest holds regular expressions.'),
    ),
  ),
});

/** Options of {@link triageBot}. */
export type TriageOptions = {
  /** Escalate after this many bot turns that did not understand. Default: 2. */
  readonly maxFailedTurns?: number;
  /** Intents that always go to a human. Default: refund, complaint, legal. */
  readonly sensitiveIntents?: readonly string[];
  /** Patterns that mean "let me talk to a person". Default: a few in English, Spanish, Portuguese, German, French, Polish. */
  readonly humanRequest?: readonly RegExp[];
};

/** The bot's verdict: keep going, or hand over to a human with the transcript. */
export type TriageDecision = {
  readonly escalate: boolean;
  readonly reasons: readonly Reason[];
  /** The transcript to hand over (every turn), present when escalating. */
  readonly transcript: readonly BotTurn[];
};

const DEFAULT_SENSITIVE = ['refund', 'complaint', 'legal'];
const DEFAULT_HUMAN = [
  /\b(human|real person|agent|representative|operator)\b/i,
  /\b(persona|humano|agente)\b/i,
  /\b(atendente|pessoa)\b/i,
  /\b(mensch|mitarbeiter)\b/i,
  /\b(conseiller|humain)\b/i,
  /(człowiek|konsultant)/i,
];

/**
 * Decide whether a bot conversation must go to a human: the customer asks for one, the bot failed
 * too many turns, or the intent is sensitive (refund, complaint, legal). The hand-off carries the
 * whole transcript.
 *
 * @param transcript - The turns so far, in order.
 * @param options - Failed-turn limit, sensitive intents, human-request patterns.
 * @returns Escalate or not, the reasons, and the transcript (instants canonical).
 * @throws {ValidationError} `tickets/invalid-input`, naming every path that is wrong.
 * @example
 * triageBot([{ from: 'customer', text: 'I want a refund', at: '2026-03-02T10:00:00Z', intent: 'refund' }]).escalate; // true
 * @since 0.1.0
 */
export function triageBot(
  transcript: readonly BotTurn[],
  options: TriageOptions = {},
): TriageDecision {
  const turns = parseAt(TranscriptSchema, transcript, 'input', ['transcript']);
  const opts = parseAt(OptionsSchema, options, 'input', ['options']);
  const maxFailed = opts.maxFailedTurns ?? 2;
  const sensitive = new Set(opts.sensitiveIntents ?? DEFAULT_SENSITIVE);
  const human = opts.humanRequest ?? DEFAULT_HUMAN;
  const reasons: Reason[] = [];
  let failed = 0;
  for (const turn of turns) {
    if (turn.from === 'customer') {
      if (turn.intent === 'human' || human.some((re) => re.test(turn.text))) {
        reasons.push(reason('bot.human-requested', { at: turn.at }));
      }
      if (turn.intent !== undefined && sensitive.has(turn.intent)) {
        reasons.push(reason('bot.sensitive-intent', { intent: turn.intent, at: turn.at }));
      }
    } else if (turn.understood === false) {
      failed++;
      if (failed === maxFailed)
        reasons.push(reason('bot.failed-turns', { failed, max: maxFailed, at: turn.at }));
    }
  }
  if (reasons.length === 0) {
    return {
      escalate: false,
      reasons: [reason('bot.continue', { failed, max: maxFailed })],
      transcript: [],
    };
  }
  return { escalate: true, reasons, transcript: turns };
}
