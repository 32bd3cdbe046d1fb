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

/** The text of an event that its link hash covers. */
export function chainedBody(content: ChainedContent): string {
  return canonicalJson({ ...content, at: content.at.toISOString() });
}

/**
 * The hash of one link: SHA-256 of its predecessor's hash, its position and its content.
 * `recordChanges` has the database compute exactly this when it appends.
 */
export function linkHash(prevHash: string, seq: number, content: ChainedContent): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${chainedBody(content)}`).digest('hex');
}
