/**
 * The web console's API types, generated from the server's own OpenAPI document so that a
 * shape is written once (the TypeBox schema on the route) and the console cannot drift from it.
 *
 *   npm run generate:api-types   writes web/src/api/schema.gen.ts
 *   npm run check:api-types      fails when the committed file is not what the server describes now
 *
 * The app is built in this process on an empty in-memory database and asked for
 * /api/openapi.json, as a client would; nothing listens on a port.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/platform/db/connect.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';

const generatedFile = path.resolve(import.meta.dirname, '..', 'web', 'src', 'api', 'schema.gen.ts');

const header = `/*
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the route schemas, then run \`npm run generate:api-types\`.
 * CI runs \`npm run check:api-types\`, which fails when this file is stale.
 */

`;

async function readOpenApiDocument(): Promise<OpenAPI3> {
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'ordo-api-types-'));
  const database = await connectDatabase({});
  try {
    await migrateDatabase(database);
    const config = loadConfig({ ORDO_DATA_DIR: 'memory://', ORDO_FILES_DIR: filesDir, LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, database, logger: false });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
      return response.json<OpenAPI3>();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await rm(filesDir, { recursive: true, force: true });
  }
}

async function generate(): Promise<string> {
  const document = await readOpenApiDocument();
  // alphabetize: the file's order follows the paths' names, not the order routes are registered in.
  const ast = await openapiTS(document, { alphabetize: true });
  return header + astToString(ast);
}

async function main(mode: string | undefined): Promise<void> {
  const fresh = await generate();
  if (mode === '--check') {
    const committed = await readFile(generatedFile, 'utf8').catch(() => '');
    if (committed !== fresh) {
      console.error(`${path.relative(process.cwd(), generatedFile)} is stale: the server's OpenAPI document changed. Run \`npm run generate:api-types\` and commit the result.`);
      process.exitCode = 1;
    }
    return;
  }
  if (mode !== undefined) throw new Error(`unknown argument ${mode}; use --check or nothing`);
  await writeFile(generatedFile, fresh);
}

await main(process.argv[2]);
