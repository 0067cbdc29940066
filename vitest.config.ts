import { defineConfig } from 'vitest/config';

// Tests live in tests/ only: `npm run build` writes compiled JavaScript to dist/, which must
// never be picked up as a second copy of the suite (vitest 4 no longer excludes dist/ itself).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
  },
});
