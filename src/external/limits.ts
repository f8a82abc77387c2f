/** No answer from the external-link cache is trusted for longer than this, whatever max-age-hours says. */
export const MAX_CACHE_AGE_HOURS = 24 * 30;
