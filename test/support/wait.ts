/**
 * Polls `condition` until it gives something other than false, null, undefined, 0 or '', and
 * returns that; fails after `timeoutMs`, with `failure()`'s words if given. Tests wait for
 * what they need this way, never for a fixed time.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs = 5_000, intervalMs = 20, failure }: { timeoutMs?: number; intervalMs?: number; failure?: () => string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() >= deadline) throw new Error(`waited ${timeoutMs} ms in vain${failure ? `: ${failure()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
