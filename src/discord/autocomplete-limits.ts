/**
 * Discord's autocomplete limits, in one place for every command that suggests choices (the
 * sandbox checks replies against its own copy in src/sandbox/limits.ts, as Discord would).
 */

/** Discord shows at most 25 autocomplete choices. */
export const MAX_CHOICES = 25;
/** Discord's limit for a choice's name and value, in characters. */
export const CHOICE_MAX = 100;
