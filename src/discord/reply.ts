import type { MessageView } from './views/payload.js';

/**
 * A view as a complete replacement for an existing message: fields the view leaves out are
 * cleared instead of kept (Discord keeps any field an edit or update omits).
 */
export function asWholeMessage(
  view: MessageView,
): Required<MessageView> & { allowedMentions: { parse: [] } } {
  return {
    content: view.content ?? '',
    embeds: view.embeds ?? [],
    components: view.components ?? [],
    allowedMentions: { parse: [] },
  };
}
