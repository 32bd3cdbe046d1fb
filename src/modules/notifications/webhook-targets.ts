import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { WebhookAllowList } from '../../config.js';
import { DomainError } from '../../platform/http/errors.js';
import type { HostResolver } from '../../platform/net/resolve.js';

/*
 * Where a webhook may go. A subscriber chooses the URL, so without these rules Ordo would
 * call its own network for them: loopback, private and link-local addresses (the cloud
 * metadata service at 169.254.169.254), unique-local, CGNAT, multicast and the like. Only
 * public unicast addresses pass, unless the operator allows an internal receiver by
 * network or host name (ORDO_WEBHOOK_ALLOW). The rules hold for the addresses a name
 * resolves to, not for how the URL spells its host, and the connection goes to exactly the
 * addresses that were checked.
 */

export interface WebhookTargetRules {
  allow: WebhookAllowList;
  resolve: HostResolver;
}

/** Why a target is not called: its address is internal, or its name resolves to nothing. */
export class WebhookTargetRefused extends Error {
  constructor(readonly reason: 'internal_address' | 'unresolvable') {
    super(reason === 'internal_address' ? 'the target is an internal address' : 'the target host name does not resolve');
    this.name = 'WebhookTargetRefused';
  }
}

/** A host as DNS and the rules see it: without IPv6 brackets, lower-case, no trailing dot. */
function normalisedHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase().replace(/\.$/, '');
}

function allowedNetwork(address: ipaddr.IPv4 | ipaddr.IPv6, allow: WebhookAllowList): boolean {
  return allow.networks.some((cidr) => {
    const network = ipaddr.parseCIDR(cidr);
    return network[0].kind() === address.kind() && address.match(network);
  });
}

/**
 * Whether an address may be called: public unicast, or inside an allowed network. An
 * IPv4-mapped IPv6 address is judged as the IPv4 address it carries; anything that is
 * not an address at all is refused.
 */
export function isAllowedAddress(address: string, allow: WebhookAllowList): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast' || allowedNetwork(parsed, allow);
}

interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the host (unless it is an address already) and checks every address it stands
 * for: one internal answer refuses the host, however many public ones come with it. A host
 * name on the allow list is let through to whatever it resolves to.
 */
async function checkedAddresses(host: string, rules: WebhookTargetRules): Promise<CheckedAddress[]> {
  const literal = ipaddr.isValid(host);
  let addresses: string[];
  try {
    addresses = literal ? [host] : await rules.resolve(host);
  } catch {
    throw new WebhookTargetRefused('unresolvable');
  }
  if (addresses.length === 0) throw new WebhookTargetRefused('unresolvable');
  const named = !literal && rules.allow.hosts.includes(host);
  if (!named && !addresses.every((address) => isAllowedAddress(address, rules.allow))) throw new WebhookTargetRefused('internal_address');
  return addresses.map((address) => {
    const parsed = ipaddr.parse(address);
    return { address: parsed.toString(), family: parsed.kind() === 'ipv4' ? 4 : 6 };
  });
}

/** Checks a receiver URL now (creating or changing a subscription); the same rules hold again at every delivery. */
export async function checkWebhookTarget(url: URL, rules: WebhookTargetRules): Promise<void> {
  await checkedAddresses(normalisedHost(url.hostname), rules);
}

/**
 * The DNS lookup of the webhook agents: it resolves, checks and hands the socket the very
 * addresses it checked, so a name that answers a public address to a check and an
 * internal one to the connection (DNS rebinding) has no second question to answer.
 */
function checkedLookup(rules: WebhookTargetRules): LookupFunction {
  return (hostname, options, callback) => {
    checkedAddresses(normalisedHost(hostname), rules).then(
      (checked) => {
        const wanted = checked.filter((c) => !options.family || c.family === options.family);
        if (wanted.length === 0) return callback(new WebhookTargetRefused('unresolvable'), '', 0);
        if (options.all) return callback(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  };
}

export interface WebhookAgents {
  http: http.Agent;
  https: https.Agent;
}

/**
 * The agents every webhook call goes through. A host given as an address skips DNS, so it
 * is checked before the request (`literalTargetAllowed`); a name is checked by the lookup.
 * Connections are not kept: each call resolves and checks afresh.
 */
export function webhookAgents(rules: WebhookTargetRules): WebhookAgents {
  const lookup = checkedLookup(rules);
  return { http: new http.Agent({ keepAlive: false, lookup }), https: new https.Agent({ keepAlive: false, lookup }) };
}

/** A host spelled as an address never reaches the agents' lookup: false when the rules refuse it. */
export function literalTargetAllowed(url: URL, allow: WebhookAllowList): boolean {
  const host = normalisedHost(url.hostname);
  return !ipaddr.isValid(host) || isAllowedAddress(host, allow);
}

/**
 * An http(s) URL whose host is not internal and resolves, as the body's `/url`: checked when
 * a receiver (webhook, team chat robot) is saved so a mistake shows when it is made; every
 * delivery checks again, as DNS may have moved. The problem names the host, never the whole
 * URL: a robot's URL carries its key.
 */
export async function assertOutboundUrl(url: string, rules: WebhookTargetRules): Promise<void> {
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) {
    throw new DomainError('validation_failed', 'The URL is not an http(s) URL', { errors: [{ path: '/url', in: 'body', code: 'format', message: 'must be an http:// or https:// URL' }] });
  }
  const { hostname } = new URL(url);
  try {
    await checkWebhookTarget(new URL(url), rules);
  } catch (err) {
    if (!(err instanceof WebhookTargetRefused)) throw err;
    if (err.reason === 'unresolvable') {
      throw new DomainError('webhook_target_unresolvable', `The host ${hostname} does not resolve`, { errors: [{ path: '/url', in: 'body', code: 'unresolvable', message: 'the host name does not resolve' }] });
    }
    throw new DomainError('webhook_target_internal', `${hostname} is an internal address; only public receivers, or those the operator allows (ORDO_WEBHOOK_ALLOW), are called`, {
      errors: [{ path: '/url', in: 'body', code: 'internal_address', message: 'points at an internal address' }],
    });
  }
}
