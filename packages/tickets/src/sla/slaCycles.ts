import type { SlaFulfilment } from '../types.js';
import { KIND, type SlaMarks } from './slaMarks.js';

/** Cycles as mark indices, flat: start, end, start, end… (end `-1` while open). */
export type Cycles = number[];

/** The raw cycles of each clock family. */
export type CycleFamilies = {
  readonly first: Cycles;
  readonly next: Cycles;
  readonly update: Cycles;
  readonly whole: Cycles;
};

/** The fulfilment options with their defaults (the help desk's documented SLA behaviour). */
export type FulfilmentOptions = {
  readonly solve: 'fulfil' | 'keep-running';
  readonly internalNotesAreUpdates: boolean;
};

/**
 * A policy's fulfilment options with defaults filled in.
 *
 * @internal Not part of the public surface.
 */
export function fulfilmentOf(f: SlaFulfilment | undefined): FulfilmentOptions {
  return {
    solve: f?.solve ?? 'fulfil',
    internalNotesAreUpdates: f?.internalNotesAreUpdates ?? false,
  };
}

const isStopped = (c: string) => c === 'solved' || c === 'closed';

function close(list: Cycles, at: number): void {
  const i = list.length - 1;
  if (i >= 0 && list[i] === -1) list[i] = at;
}

function isOpen(list: Cycles): boolean {
  const i = list.length - 1;
  return i >= 0 && list[i] === -1;
}

/**
 * When each clock family starts and ends, from the marks, under a policy's fulfilment options.
 * Sources (Zendesk help, "Calculating first reply time", support.zendesk.com/hc/en-us/articles/
 * 4408821871642, checked 2026-11-30): "A customer email creates a ticket. Timing starts when the
 * ticket is created and ends at the first public agent comment." "An agent creates a ticket.
 * Timing starts when the ticket is created and ends at the agent's next public comment." A ticket
 * an agent opens on the customer's behalf with a private note starts first reply at the
 * customer's first public comment (the audit of #16, from the help desk's SLA documentation).
 *
 * @internal Not part of the public surface.
 */
export function slaCycles(marks: SlaMarks, options: FulfilmentOptions): CycleFamilies {
  const first: Cycles = [];
  const next: Cycles = [];
  const update: Cycles = [];
  const whole: Cycles = [];
  const keepRunning = options.solve === 'keep-running';
  const notes = options.internalNotesAreUpdates;
  let awaitingFirst = false; // opened for the customer: first reply waits for their comment
  let prevCategory: string | null = null;
  for (let k = 0; k < marks.nowIndex; k++) {
    const kind = marks.kind[k] as number;
    const category = marks.category[k] as string;
    const stopped = isStopped(category);
    switch (kind) {
      case KIND.openedByCustomer:
        first.push(k, -1);
        whole.push(k, -1);
        break;
      case KIND.openedByAgent:
        // The opening comment is public: it starts the update clocks; first reply waits for the
        // agent's next public comment.
        first.push(k, -1);
        whole.push(k, -1);
        update.push(k, -1);
        break;
      case KIND.openedForCustomer:
        awaitingFirst = true;
        whole.push(k, -1);
        break;
      case KIND.agentPublic:
        awaitingFirst = false;
        close(first, k);
        close(next, k);
        close(update, k);
        if (!stopped) update.push(k, -1);
        break;
      case KIND.agentPrivate:
      case KIND.internalNote:
        if (notes) {
          close(update, k);
          if (!stopped) update.push(k, -1);
        }
        break;
      case KIND.customerPublic:
        if (awaitingFirst) {
          awaitingFirst = false;
          first.push(k, -1);
        } else if (!isOpen(first) && !isOpen(next)) next.push(k, -1);
        break;
    }
    const wasStopped = prevCategory !== null && isStopped(prevCategory);
    if (stopped && !wasStopped) {
      if (!keepRunning || category === 'closed') {
        close(first, k);
        close(next, k);
      }
      close(update, k);
      if (whole.length > 0) whole[1] = k;
    } else if (stopped && keepRunning && category === 'closed' && prevCategory !== 'closed') {
      // Closed is final: nothing can fulfil a reply clock that kept running through the solve.
      close(first, k);
      close(next, k);
    } else if (!stopped && wasStopped && whole.length > 0) {
      whole[1] = -1;
    }
    prevCategory = category;
  }
  return { first, next, update, whole };
}
