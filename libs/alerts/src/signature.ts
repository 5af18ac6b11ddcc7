import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-boundary-signature';
export const TIMESTAMP_HEADER = 'x-boundary-timestamp';

/**
 * Each recipient's signing secret, derived from the server's key and the recipient's webhook key (stored
 * beside the URL): recipients cannot forge each other's alerts, and the database alone does not hold it.
 */
export function recipientSecret(serverKey: string, username: string, webhookKey: string): string {
  return createHmac('sha256', serverKey).update(`webhook\n${username}\n${webhookKey}`).digest('hex');
}

/** HMAC-SHA256 over "timestamp.body", so a receiver can reject replays as well as forgeries. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A phone acknowledge link's token: the link row's random id and a MAC of it, so a forged or mistyped token
 * is refused before any database lookup. The row makes it single-use and expiring.
 */
export function ackToken(serverKey: string, linkId: string): string {
  return `${linkId}.${ackMac(serverKey, linkId)}`;
}

/** The link id a token names, when its MAC is right. */
export function ackLinkIdOf(serverKey: string, token: string): string | undefined {
  const [linkId, mac, ...rest] = token.split('.');
  if (!linkId || !mac || rest.length > 0 || !/^[\w-]{16,32}$/.test(linkId)) return undefined;
  const expected = Buffer.from(ackMac(serverKey, linkId));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? linkId : undefined;
}

const ackMac = (serverKey: string, linkId: string): string =>
  createHmac('sha256', serverKey).update(`ack\n${linkId}`).digest('base64url').slice(0, 22);
