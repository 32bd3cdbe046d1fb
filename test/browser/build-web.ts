import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Browser tests exercise the console as built: build it first, so a test never runs an
 * old bundle. Vite takes the mode from NODE_ENV, which vitest sets to "test"; the
 * console must be the production build users get.
 */
export default async function buildWebConsole(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
