import { hash } from '@node-rs/argon2';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Argon2 hashes made once per run, by password (see hash-once.ts). */
    passwordHashes?: Record<string, string>;
  }
}

/** The password of every user `as(role)` creates, and of the browser tests' sign-ins. */
export const testPassword = 'correct horse battery';

/** Vitest global setup: hashes the harness's password once for the whole run. */
export default async function hashTestPasswordOnce(project: TestProject): Promise<void> {
  project.provide('passwordHashes', { [testPassword]: await hash(testPassword) });
}
