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
 * A phone acknowledge link's token: the link row's random id (16 base64url characters) followed by a MAC of it,
 * so a forged or mistyped token is refused before any database lookup; the row makes it single-use and
 * expiring. One unbroken word without dots: SMS apps cut links at punctuation, and a dot would make the
 * console's page path look like a file name.
 */
export function ackToken(serverKey: string, linkId: string): string {
  return `${linkId}${ackMac(serverKey, linkId)}`;
}

const LINK_ID_LENGTH = 16;

/** The link id a token names, when its MAC is right. */
export function ackLinkIdOf(serverKey: string, token: string): string | undefined {
  if (!/^[\w-]+$/.test(token)) return undefined;
  const linkId = token.slice(0, LINK_ID_LENGTH);
  const expected = Buffer.from(ackMac(serverKey, linkId));
  const given = Buffer.from(token.slice(LINK_ID_LENGTH));
  return expected.length === given.length && timingSafeEqual(expected, given) ? linkId : undefined;
}

const ackMac = (serverKey: string, linkId: string): string =>
  createHmac('sha256', serverKey).update(`ack\n${linkId}`).digest('base64url').slice(0, 22);
