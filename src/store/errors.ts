/**
 * The database cannot be used as it is (not SQLite, damaged, or made by newer code). The message is
 * one sentence for the operator naming the file and what to do; start-up stops and the file is left
 * exactly as it was.
 */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
