// `ordo serve` (worker on, as `npm start` runs) for the sustained bench, forked with an IPC
// channel: it answers the bench's "backlog" question from its own database connection,
// which is the only way in to an embedded PGlite while it serves.
import { loadConfig } from '../dist/config.js';
import { startServer } from '../dist/server.js';

const server = await startServer(loadConfig(process.env));

/** Jobs due and not finished, and outbox messages not yet dispatched. */
async function backlog() {
  const { rows } = await (server.database.pglite ?? server.database.pool).query(
    `SELECT (SELECT count(*) FROM jobs WHERE status IN ('queued', 'running') AND run_at <= now())::int AS jobs,
            (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS outbox`,
  );
  return rows[0];
}

process.on('message', async (message) => {
  if (message === 'backlog') process.send({ backlog: await backlog() });
});
process.on('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
process.send({ port: server.app.server.address().port });
