import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/http/errors.js';
import { importKinds, type ImportKind } from './contract.js';

/** The largest file taken: 100,000 order lines in XLSX or CSV fit well within it. */
export const maxImportBytes = 200 * 1024 * 1024;

/** @fastify/multipart options for the import route: one file and a few fields. */
export const importMultipartOptions = { limits: { fileSize: maxImportBytes, files: 1, fields: 5 } };

function invalid(field: string, code: string, message: string): DomainError {
  return new DomainError('invalid_import', `${field} ${message}`, { errors: [{ path: `/${field}`, in: 'body', code, message }] });
}

/**
 * Reads the multipart form of an import: the fields `kind` and `dryRun`, and one `file`
 * streamed to a temp file in `folder` (never held in memory).
 */
export async function receiveImport(request: FastifyRequest, folder: string): Promise<{ kind: ImportKind; dryRun: boolean; fileName: string; receivedPath: string }> {
  if (!request.isMultipart()) throw new DomainError('unsupported_media_type', 'Send the file as multipart/form-data with the fields kind and dryRun');
  await mkdir(folder, { recursive: true });
  const fields: Record<string, string> = {};
  let file: { fileName: string; receivedPath: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
      } else {
        const receivedPath = path.join(folder, `${randomUUID()}.part`);
        file = { fileName: part.filename, receivedPath };
        await pipeline(part.file, createWriteStream(receivedPath));
      }
    }
    if (!file) throw invalid('file', 'required', 'is required');
    const kind = fields.kind;
    if (!kind) throw invalid('kind', 'required', 'is required');
    if (!(importKinds as readonly string[]).includes(kind)) throw invalid('kind', 'enum', `must be one of ${importKinds.join(', ')}`);
    const dryRun = fields.dryRun ?? 'false';
    if (dryRun !== 'true' && dryRun !== 'false') throw invalid('dryRun', 'type', 'must be true or false');
    return { kind: kind as ImportKind, dryRun: dryRun === 'true', ...file };
  } catch (err) {
    if (file) await rm(file.receivedPath, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('file_too_large', `A file has at most ${maxImportBytes} bytes`, { errors: [{ path: '/file', in: 'body', code: 'file_too_large', message: `at most ${maxImportBytes} bytes` }] });
    if (code === 'FST_FILES_LIMIT') throw invalid('file', 'too_many_files', 'is one file per import');
    throw err;
  }
}
