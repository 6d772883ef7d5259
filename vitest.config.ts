import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests boot a real discord.js client (some in a child process under tsx) against the
    // sandbox; on a 2-core machine running the whole suite a cold start can pass 30 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
