import dns from 'node:dns';

/**
 * Turns a host name into the addresses it stands for. Code that decides whether it may
 * talk to a host reads DNS through this, so tests can make a name resolve wherever they
 * need (an internal address, or a different one on the next question).
 */
export type HostResolver = (hostname: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (hostname) => (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
