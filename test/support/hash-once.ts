import { inject, vi } from 'vitest';

/**
 * Vitest setup file: argon2 is slow by design and most test users share a password, so a
 * password hashed with the default options is hashed once per file (the harness's own once
 * per run) and the same hash reused. Every hash is still a real one that verify checks.
 */
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
  const hashes = new Map(Object.entries(inject('passwordHashes') ?? {}).map(([password, hash]) => [password, Promise.resolve(hash)]));
  const hashOnce: typeof argon2.hash = (password, options, abortSignal) => {
    if (typeof password !== 'string' || options || abortSignal) return argon2.hash(password, options, abortSignal);
    let hash = hashes.get(password);
    if (!hash) {
      hash = argon2.hash(password);
      hashes.set(password, hash);
    }
    return hash;
  };
  return { ...argon2, hash: hashOnce };
});
