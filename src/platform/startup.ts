/**
 * A start-up failure the operator fixes with a setting or a command (database missing,
 * port taken): the CLI prints its message as one line, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
