import { describeValue } from '@meridian-cx/core';
import { failure } from '../failures.js';
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
  // An id is a string: a number or an object is no channel's id (it is not coerced to "5").
  const key = typeof id === 'string' ? id : undefined;
  const found =
    key === undefined
      ? undefined
      : ((typeof custom === 'object' && custom !== null && Object.hasOwn(custom, key)
          ? custom[key]
          : undefined) ??
        (Object.hasOwn(CHANNELS, key)
          ? (CHANNELS as Readonly<Record<string, ChannelTraits>>)[key]
          : undefined));
  if (found === undefined) throw failure('tickets/unknown-channel', { id: describeValue(id) });
  return found;
}
