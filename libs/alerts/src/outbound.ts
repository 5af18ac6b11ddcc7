import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export interface OutboundPolicy {
  /** Production sends to https only. */
  production: boolean;
  /** Hosts allowed although they resolve to loopback or private addresses (OUTBOUND_ALLOW). */
  allow: string[];
}

/** Addresses a request from the server must not reach: itself, its private networks, link-local metadata. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

/**
 * Why the server must not send to this URL, in English (for a 400's details), or undefined when it may. Names
 * are resolved and every address checked, here when the URL is set and again before each delivery (a name
 * may point elsewhere by then).
 */
export async function outboundProblem(
  raw: string,
  policy: OutboundPolicy,
  resolve: Resolve = resolveAll,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  const schemes = policy.production ? ['https'] : ['https', 'http'];
  if (!schemes.includes(url.protocol.slice(0, -1))) return `must use ${schemes.join(' or ')}`;
  if (url.username || url.password) return 'must not carry credentials';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.allow.includes(host)) return undefined;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return `host ${host} does not resolve`;
  }
  const internal = addresses.find((address) =>
    INTERNAL.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4'),
  );
  return internal === undefined
    ? undefined
    : `must not point at a loopback or private address (${internal}) unless OUTBOUND_ALLOW names the host`;
}
