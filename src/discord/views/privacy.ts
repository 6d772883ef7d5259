import { ButtonStyle } from 'discord-api-types/v10';
import { customId } from '../custom-id.js';
import { button, buttonRows, type MessageView } from './payload.js';

export const PRIVACY_COMMAND = 'privacy';
export const PrivacyAction = { confirmDelete: 'delete', cancel: 'cancel' } as const;
/** The export's file name. */
export const EXPORT_FILE = 'my-data.json';

/** Asks for confirmation before deleting; the buttons carry the member id so only they can confirm. */
export function confirmDeleteView(userId: string): MessageView {
  return {
    content:
      '**Delete everything this bot keeps about you?** Every answer, review card, streak, draft and setting, in every server. This cannot be undone. (Tip: `/privacy export` first to keep a copy.)',
    components: buttonRows([
      button(
        customId(PRIVACY_COMMAND, PrivacyAction.confirmDelete, userId),
        'Delete my data',
        ButtonStyle.Danger,
      ),
      button(customId(PRIVACY_COMMAND, PrivacyAction.cancel, userId), 'Cancel', ButtonStyle.Secondary),
    ]),
  };
}

/** After deletion: how many rows went. */
export function deletedView(rows: number): MessageView {
  return {
    content: `Done: ${rows} record${rows === 1 ? '' : 's'} about you were deleted. If you use the bot again, it starts from nothing.`,
    components: [],
  };
}

export function cancelledView(): MessageView {
  return { content: 'Nothing was deleted.', components: [] };
}

/** The text beside the export file. */
export function exportView(attempts: number): MessageView {
  return {
    content: `Here is everything stored about you (${attempts} attempt${attempts === 1 ? '' : 's'}), as JSON.`,
  };
}

/** The reply to `/privacy settings`. */
export function settingsView(prefs: { leaderboardOptOut: boolean; progressPublic: boolean }): MessageView {
  return {
    content: [
      `Leaderboard: **${prefs.leaderboardOptOut ? 'off' : 'on'}** (${prefs.leaderboardOptOut ? 'you never appear on it' : 'you appear with your points'}).`,
      `Progress: **${prefs.progressPublic ? 'public' : 'private'}** (${prefs.progressPublic ? 'others can see it with /progress member:you' : 'only you can see it'}).`,
    ].join('\n'),
  };
}
