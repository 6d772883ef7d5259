/** The terminal client for the sandbox: plain-text rendering and the `npm run play` loop. */
export { type PlayCommand, PlayParseError, parseLine, tokenize } from './parse.js';
export { type PlayOptions, runPlay } from './play.js';
export { renderChoices, renderMessage, renderModal } from './render.js';
export { PlaySession } from './session.js';
