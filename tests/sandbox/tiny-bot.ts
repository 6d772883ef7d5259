import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Sandbox } from '../../src/sandbox/index.js';

const TERMS = ['depolarization', 'repolarization', 'hyperpolarization', 'diffusion', 'osmosis'];

/** The commands the tiny bot registers, built with discord.js's own builders. */
export const tinyCommands = [
  new SlashCommandBuilder().setName('ping').setDescription('Replies pong'),
  new SlashCommandBuilder()
    .setName('define')
    .setDescription('Look up a term')
    .addStringOption((o) =>
      o.setName('term').setDescription('The term').setRequired(true).setAutocomplete(true),
    ),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, then edits and follows up'),
  new SlashCommandBuilder().setName('silent').setDescription('Never answers'),
  new SlashCommandBuilder().setName('toolong').setDescription('Sends too much text'),
  new SlashCommandBuilder().setName('pick').setDescription('Shows a select menu'),
  new SlashCommandBuilder().setName('announce').setDescription('Posts in the channel, replies with a file'),
  new SlashCommandBuilder()
    .setName('class')
    .setDescription('Class tools')
    .addSubcommand((s) =>
      s
        .setName('assign')
        .setDescription('Assign a question')
        .addStringOption((o) => o.setName('question').setDescription('Question id').setRequired(true))
        .addIntegerOption((o) => o.setName('days').setDescription('Days to finish')),
    ),
  new SlashCommandBuilder()
    .setName('bounded')
    .setDescription('Options with limits')
    .addStringOption((o) =>
      o
        .setName('text')
        .setDescription('Text')
        .setRequired(true)
        .setMinLength(2)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addIntegerOption((o) => o.setName('count').setDescription('How many').setMinValue(1).setMaxValue(5))
    .addNumberOption((o) => o.setName('ratio').setDescription('A ratio').setMinValue(0).setMaxValue(1)),
  new SlashCommandBuilder()
    .setName('many')
    .setDescription('Autocomplete with too many choices')
    .addStringOption((o) => o.setName('q').setDescription('Query').setAutocomplete(true)),
];

/**
 * A deliberately small bot written against the real discord.js Client, so the sandbox is tested with what the
 * library actually sends: replies, embeds, buttons, a select menu, a modal, a deferred reply with a follow-up.
 */
export async function startTinyBot(sandbox: Sandbox): Promise<{ client: Client; stop(): Promise<void> }> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.restUrl } });
  client.on(Events.InteractionCreate, async (interaction) => {
    if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused().toLowerCase();
      if (interaction.commandName === 'bounded') {
        await interaction.respond([{ name: `typed ${typed.length}`, value: 'x' }]);
        return;
      }
      if (interaction.commandName === 'many') {
        const choices = Array.from({ length: 30 }, (_, i) => ({ name: `choice ${i}`, value: `c${i}` }));
        await interaction.respond(choices).catch(() => {});
        return;
      }
      await interaction.respond(TERMS.filter((t) => t.includes(typed)).map((t) => ({ name: t, value: t })));
      return;
    }
    if (interaction.isChatInputCommand()) {
      switch (interaction.commandName) {
        case 'ping':
          await interaction.reply('pong');
          return;
        case 'define': {
          const term = interaction.options.getString('term', true);
          const embed = new EmbedBuilder()
            .setTitle(term)
            .setDescription(`All about ${term}.`)
            .addFields({ name: 'Key point', value: 'The inside becomes less negative.' })
            .setFooter({ text: 'AP Biology' });
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(`tips:${term}`)
              .setLabel('Exam tips')
              .setStyle(ButtonStyle.Primary),
            new ButtonBuilder()
              .setCustomId(`answer:${term}`)
              .setLabel('Answer')
              .setStyle(ButtonStyle.Secondary),
          );
          await interaction.reply({ embeds: [embed], components: [row] });
          return;
        }
        case 'slow':
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          await new Promise((r) => setTimeout(r, 100));
          await interaction.editReply('done thinking');
          await interaction.followUp({ content: 'and one more thing', flags: MessageFlags.Ephemeral });
          return;
        case 'silent':
          return;
        case 'toolong':
          try {
            await interaction.reply('x'.repeat(2001));
          } catch {
            await interaction.reply({ content: 'that was too long', flags: MessageFlags.Ephemeral });
          }
          return;
        case 'announce': {
          if (interaction.channel?.isSendable()) {
            await interaction.channel.send({ content: 'Quiz at noon', allowedMentions: { parse: [] } });
          }
          const response = await interaction.reply({
            content: 'posted',
            withResponse: true,
            files: [{ attachment: Buffer.from('notes'), name: 'notes.txt' }],
          });
          await interaction.followUp(`reply id ${response.resource?.message?.id}`);
          return;
        }
        case 'pick': {
          const menu = new StringSelectMenuBuilder()
            .setCustomId('pick-unit')
            .setPlaceholder('Choose a unit')
            .addOptions({ label: 'Cells', value: 'unit-2' }, { label: 'Signalling', value: 'unit-4' });
          await interaction.reply({
            content: 'Pick a unit',
            components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
          });
          return;
        }
        case 'bounded':
          await interaction.reply(
            `text ${interaction.options.getString('text', true).length} count ${interaction.options.getInteger('count')} ratio ${interaction.options.getNumber('ratio')}`,
          );
          return;
        case 'class': {
          const question = interaction.options.getString('question', true);
          const days = interaction.options.getInteger('days') ?? 7;
          const teacher = interaction.memberPermissions?.has('ManageGuild') ?? false;
          await interaction.reply(
            `${interaction.options.getSubcommand()} ${question} in ${days} days (teacher: ${teacher})`,
          );
          return;
        }
      }
    }
    if (interaction.isButton()) {
      const [kind, term] = interaction.customId.split(':');
      if (kind === 'tips') {
        await interaction.update({ content: `Tips for ${term}`, embeds: [], components: [] });
      } else if (kind === 'answer' || kind === 'retry') {
        const input = new TextInputBuilder()
          .setCustomId('text')
          .setLabel('Explain')
          .setStyle(TextInputStyle.Paragraph);
        // Try again pre-fills the answer the member sent last, which the reply's first line holds.
        const last = kind === 'retry' ? interaction.message.content.replace(/^You wrote: /, '') : '';
        if (last) input.setValue(last);
        const modal = new ModalBuilder()
          .setCustomId(`modal:${term}`)
          .setTitle('Your answer')
          .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
        await interaction.showModal(modal);
      }
      return;
    }
    if (interaction.isStringSelectMenu()) {
      await interaction.update({ content: `You picked ${interaction.values.join(', ')}`, components: [] });
      return;
    }
    if (interaction.isModalSubmit()) {
      const text = interaction.fields.getTextInputValue('text');
      const term = interaction.customId.split(':')[1];
      const retry = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(`retry:${term}`)
          .setLabel('Try again')
          .setStyle(ButtonStyle.Secondary),
      );
      await interaction.reply({
        content: `You wrote: ${text}`,
        components: [retry],
        flags: MessageFlags.Ephemeral,
      });
    }
  });
  client.once(Events.ClientReady, async (ready) => {
    await ready.application.commands.set(
      tinyCommands.map((c) => c.toJSON()),
      sandbox.guildId,
    );
  });
  await client.login(sandbox.token);
  await sandbox.waitForBot();
  // Commands are registered from the ready handler; wait until the sandbox has them.
  for (let i = 0; i < 200 && sandbox.registeredCommands(sandbox.guildId).length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    client,
    async stop() {
      await client.destroy();
    },
  };
}
