import { MeridianError } from '@meridian-cx/core';
import { ticketsMessages } from '../messages.js';
import type { ChannelTraits } from '../types.js';
import { CHANNELS } from './channels.data.js';

/**
 * The traits of a channel: synchronous or not, attachments, maximum length, public, the
 * customer-service window, SMS segmentation, and where each fact comes from. Pass your own
 * channels to extend or override the built-in ones.
 *
 * @param id - The channel id.
 * @param custom - Extra or overriding channels, by id. Default: none.
 * @returns The channel's traits.
 * @throws {MeridianError} `tickets/unknown-channel` for an id nobody defined.
 * @example
 * channelTraits('whatsapp').customerServiceWindowHours; // 24
 * @since 0.1.0
 */
export function channelTraits(
  id: string,
  custom: Readonly<Record<string, ChannelTraits>> = {},
): ChannelTraits {
  const found = custom[id] ?? (CHANNELS as Readonly<Record<string, ChannelTraits>>)[id];
  if (found === undefined) {
    throw new MeridianError(
      'tickets',
      'tickets/unknown-channel',
      ticketsMessages.unknownChannel(id),
      { id },
    );
  }
  return found;
}
