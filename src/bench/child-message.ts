import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with `child`'s next IPC message of type `type` (sending `request` first, if any); rejects when
 * the child exits or stays silent for `timeoutMs`. Every bench that runs the bot in its own process talks
 * to it this way.
 */
export function nextMessage<M extends { type: string }, T extends M['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
  request?: unknown,
): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`bot process sent no "${type}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: M) => {
      if (message.type === type) done(undefined, message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) =>
      done(new Error(`bot process exited (code ${code}) before "${type}"`));
    function done(error?: Error, message?: Extract<M, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else if (message) resolve(message);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (request !== undefined) child.send(request as object);
  });
}
