import type { Source } from '@meridian-cx/core';

/**
 * Where the status rules come from: the leading help desk's documentation (cited by reasons).
 *
 * @example
 * STATUS_SOURCE.url; // 'https://support.zendesk.com/hc/en-us/articles/4408894213018'
 * @since 0.1.0
 */
export const STATUS_SOURCE: Source = {
  title: 'Zendesk help: About ticket statuses',
  url: 'https://support.zendesk.com/hc/en-us/articles/4408894213018',
};

/**
 * Where custom statuses and their categories come from.
 *
 * @since 0.1.0
 */
export const CUSTOM_STATUS_SOURCE: Source = {
  title: 'Zendesk API reference: Custom ticket statuses',
  url: 'https://developer.zendesk.com/api-reference/ticketing/tickets/custom_ticket_statuses/',
};
