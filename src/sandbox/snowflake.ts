/** Discord's epoch (2015-01-01) in ms; snowflakes count from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Makes snowflakes that sort by creation time like Discord's, as decimal strings (they exceed 2^53).
 * One generator per sandbox so ids never repeat within a run.
 */
export class SnowflakeGenerator {
  private increment = 0n;

  /** A fresh snowflake for "now". */
  next(): string {
    const ms = BigInt(Date.now()) - DISCORD_EPOCH;
    this.increment = (this.increment + 1n) & 0xfffn;
    return ((ms << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/**
 * A snowflake derived only from a name, so a member called "ana" has the same id in every sandbox run and a
 * database from an earlier `npm run play` still recognises her. Timestamp fixed at 2020-01-01.
 */
export function stableSnowflake(name: string): string {
  const fixedMs = 1_577_836_800_000n - DISCORD_EPOCH;
  // FNV-1a over the name; 22 low bits are plenty for a handful of play-test members.
  let hash = 0x811c9dc5;
  for (const ch of name) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((fixedMs << 22n) | BigInt(hash & 0x3fffff)).toString();
}
