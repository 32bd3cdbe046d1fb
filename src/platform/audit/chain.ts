import { createHash } from 'node:crypto';
import { canonicalJson } from '../json.js';

/** The hash the chain starts from. */
export const genesisHash = '0'.repeat(64);

export interface ChainedContent {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  customerId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

/** The hash of one link: its predecessor's hash, its position and its content. */
export function linkHash(prevHash: string, seq: number, content: ChainedContent): string {
  const body = canonicalJson({ ...content, at: content.at.toISOString() });
  return createHash('sha256').update(`${prevHash}\n${seq}\n${body}`).digest('hex');
}
