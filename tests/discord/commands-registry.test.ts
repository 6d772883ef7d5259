import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';

const dir = join(import.meta.dirname, '..', '..', 'commands');

/** Discord's limits for chat-input command definitions. */
const LIMITS = { commands: 100, name: 32, description: 100, options: 25, choices: 25, total: 4000 };
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

describe('command registry', () => {
  it('lists every file in commands/ in index.ts', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(index, `${file} is not imported by commands/index.ts`).toContain(
        `from './${file.replace(/\.ts$/, '.js')}'`,
      );
    }
  });

  it('has unique lowercase names', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(name.toLowerCase());
  });

  it('every definition serialises within Discord limits', () => {
    expect(commands.length).toBeLessThanOrEqual(LIMITS.commands);
    for (const command of commands) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(NAME);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(LIMITS.description);
      const options = json.options ?? [];
      expect(options.length).toBeLessThanOrEqual(LIMITS.options);
      let total = json.name.length + json.description.length;
      for (const option of options) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(LIMITS.description);
        total += option.name.length + option.description.length;
        if ('choices' in option && option.choices) {
          expect(option.choices.length).toBeLessThanOrEqual(LIMITS.choices);
          for (const c of option.choices) total += c.name.length + String(c.value).length;
        }
        if (
          option.type === ApplicationCommandOptionType.String &&
          'autocomplete' in option &&
          option.autocomplete
        ) {
          expect(
            command.autocomplete,
            `/${json.name} has an autocomplete option but no handler`,
          ).toBeDefined();
        }
      }
      expect(total).toBeLessThanOrEqual(LIMITS.total);
    }
  });

  it('every command has a line for /help', () => {
    for (const command of commands)
      expect((command.help ?? command.data.toJSON().description).length).toBeGreaterThan(0);
  });

  it('every button or select that answers with a modal says so, so the router never defers it', () => {
    // Under a burst the router defers slow buttons; a modal must be the first response, so a deferred
    // Answer button could never open its form (a whole class pressing Answer at once would get nothing).
    for (const command of commands) {
      for (const [action, handler] of Object.entries(command.components ?? {})) {
        if (handler.kind === 'modal' || !handler.run.toString().includes('showModal(')) continue;
        expect(handler.opensModal, `${command.data.name}:${action} shows a modal`).toBe(true);
      }
    }
  });
});
