import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

function validator(coerceTypes: Options['coerceTypes']): Ajv {
  // removeAdditional off: an unknown field is refused (a typo gets a 400), never stripped.
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes, strict: false });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Query strings, path parameters and headers arrive as text and are coerced to the
 * numbers and booleans their schemas ask for; JSON bodies are not: `"quantity": "3"` is a
 * wrong type and gets a 400, not a silent conversion.
 */
export function useStrictValidation(app: FastifyInstance): void {
  const bodies = validator(false);
  const textParts = validator('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodies : textParts).compile(schema));
  // Only JSON bodies are accepted; plain text is an unsupported media type, not a string body.
  app.removeContentTypeParser('text/plain');
}
