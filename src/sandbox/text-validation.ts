import type { LimitViolation } from './limits.js';

/** A UTF-16 surrogate without its partner: half an emoji, as text cut by code-unit index leaves it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Discord refuses text that is not valid Unicode or holds NUL, in message text and in custom ids alike
 * (400 Invalid Form Body). Walks every string in a body and names where each bad one is.
 */
export function textEncodingViolations(value: unknown, path = ''): LimitViolation[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      return [
        { path: path || 'value', message: 'Contains an unpaired UTF-16 surrogate (half a character).' },
      ];
    }
    if (value.includes('\u0000')) return [{ path: path || 'value', message: 'Contains a NUL character.' }];
    return [];
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => textEncodingViolations(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => textEncodingViolations(v, path ? `${path}.${k}` : k));
  }
  return [];
}
