import type { FastifyMultipartOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../http/errors.js';
import { fileTooLarge, type FileLimits, type FileStore, type StagedFile } from './store.js';

/**
 * @fastify/multipart options for a route plugin taking uploads under `limits`: files only, and
 * the parser cuts a file one byte past the limit so the store sees that it is too large.
 */
export function multipartOptions(limits: FileLimits): FastifyMultipartOptions {
  return { limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: 0 } };
}

export function tooManyFiles(maxFiles: number, detail = `A request carries at most ${maxFiles} files`): DomainError {
  return new DomainError('too_many_files', detail, { errors: [{ path: '/file', in: 'body', code: 'too_many_files', message: `at most ${maxFiles} files` }], meta: { maxFiles } });
}

function invalidUpload(message: string): DomainError {
  return new DomainError('invalid_attachment', message, { errors: [{ path: '/file', in: 'body', code: 'invalid_attachment', message }] });
}

/** What the multipart parser reports, as the problem a client can act on; anything else (a full disk) stays a server error. */
function uploadProblem(err: unknown, limits: FileLimits): unknown {
  if (err instanceof DomainError) return err;
  const { code, message } = err as { code?: string; message?: string };
  if (code === 'FST_FILES_LIMIT') return tooManyFiles(limits.maxFiles);
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(limits);
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_PROTO_VIOLATION') return invalidUpload('Send only files, each in a part of its own');
  if (/multipart/i.test(message ?? '')) return invalidUpload(`The multipart body is malformed: ${message}`);
  return err;
}

/**
 * Receives every file of a multipart request into the store's temp folder, one after the
 * other as they stream in. All or nothing: the first file too large, of a type not allowed or
 * past the count refuses the request and removes what was already received.
 */
export async function receiveFiles(request: FastifyRequest, store: FileStore, limits: FileLimits): Promise<StagedFile[]> {
  if (!request.isMultipart()) throw new DomainError('unsupported_media_type', 'Send the files as multipart/form-data');
  const staged: StagedFile[] = [];
  try {
    for await (const part of request.files()) staged.push(await store.stage(part.file, part.filename, limits));
  } catch (err) {
    await store.discard(staged);
    throw uploadProblem(err, limits);
  }
  if (staged.length === 0) throw invalidUpload('The request carries no file');
  return staged;
}
