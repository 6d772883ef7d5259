/** The offline Discord sandbox: a local gateway + REST endpoint the real discord.js client connects to. */
export { FILE_LIMITS, formatSize, type SandboxFile } from './files.js';
export { startSandbox } from './sandbox.js';
export type {
  InteractionResult,
  OptionValues,
  Sandbox,
  SandboxMessage,
  SandboxOptions,
  SandboxUser,
} from './types.js';
