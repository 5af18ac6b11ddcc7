import { createHmac, randomUUID } from 'node:crypto';
import { type OutboundPolicy, outboundProblem } from './outbound';

/**
 * The outbound channel port: every vendor adapter takes one rendered message to one target and either returns
 * (the vendor accepted it), throws `PermanentRefusal` (the vendor refused it for good: recorded, never retried)
 * or throws anything else (rate limits, 5xx, timeouts: retried with backoff by the channel's queue).
 */
export type OutboundChannel = 'wecom' | 'dingtalk' | 'sms';

export interface ChannelMessage {
  /** A short heading: DingTalk's markdown `title` (the notification preview), the SMS subject parameter. */
  title: string;
  /** The alert in markdown, for the work-group robots. */
  markdown: string;
  /** The phone acknowledge link of an incident alert. */
  link?: string;
  /** The recipients' mobiles, `at`-mentioned by the DingTalk robot so their phones ring. */
  atMobiles: string[];
  /** The alert's id: the SMS gateway's `OutId`, so a delivery report names the alert. */
  alertId: string;
}

export class PermanentRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentRefusal';
  }
}

export interface SendContext {
  outbound: OutboundPolicy;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * POSTs to a vendor after checking the address again (a name may point elsewhere by now); redirects are not
 * followed. HTTP 429 and 5xx are worth another try; any other non-2xx is the vendor refusing the request.
 */
async function post(context: SendContext, url: string, body: string, contentType: string): Promise<unknown> {
  const problem = await outboundProblem(url, context.outbound);
  if (problem) throw new PermanentRefusal(`address refused: it ${problem}`);
  const response = await (context.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status === 429 || response.status >= 500) {
    throw new Error(`vendor answered HTTP ${response.status}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok && parsed === undefined) {
    throw new PermanentRefusal(`vendor answered HTTP ${response.status}`);
  }
  return parsed;
}

const postJson = (context: SendContext, url: string, body: unknown) =>
  post(context, url, JSON.stringify(body), 'application/json');

/** The robots' `{ errcode, errmsg }`: 0 is accepted, the listed codes are transient, others refusals. */
function robotOutcome(vendor: string, result: unknown, transient: number[]): void {
  const { errcode, errmsg } = (result ?? {}) as { errcode?: number; errmsg?: string };
  if (errcode === 0) return;
  const message = `${vendor} errcode ${errcode ?? '?'}: ${errmsg ?? 'no answer'}`;
  if (errcode === undefined || transient.includes(errcode)) throw new Error(message);
  throw new PermanentRefusal(message);
}

/** 企业微信 group robot: -1 system busy, 45009 over the frequency limit (20 messages a minute per robot). */
export async function sendWecom(
  context: SendContext,
  robot: { url: string },
  message: ChannelMessage,
): Promise<void> {
  const content = [message.markdown, message.link ? `[手机确认 / acknowledge](${message.link})` : '']
    .filter(Boolean)
    .join('\n');
  const result = await postJson(context, robot.url, { msgtype: 'markdown', markdown: { content } });
  robotOutcome('wecom', result, [-1, 45009]);
}

/** 钉钉 加签: Base64(HmacSHA256(secret, timestamp + "\n" + secret)), URL-encoded in the `sign` parameter. */
export function dingtalkSign(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** 钉钉 custom robot: -1 system busy, 130101 sending too fast; 310000 (signature, keyword, IP) is a refusal. */
export async function sendDingtalk(
  context: SendContext,
  robot: { url: string; secret: string },
  message: ChannelMessage,
): Promise<void> {
  const timestamp = String((context.now ?? (() => new Date()))().getTime());
  const url = new URL(robot.url);
  url.searchParams.set('timestamp', timestamp);
  url.searchParams.set('sign', dingtalkSign(robot.secret, timestamp));
  const mentions = message.atMobiles.map((mobile) => `@${mobile}`).join(' ');
  const text = [message.markdown, message.link ? `[手机确认 / acknowledge](${message.link})` : '', mentions]
    .filter(Boolean)
    .join('\n\n');
  const result = await postJson(context, url.toString(), {
    msgtype: 'markdown',
    markdown: { title: message.title, text },
    at: { atMobiles: message.atMobiles, isAtAll: false },
  });
  robotOutcome('dingtalk', result, [-1, 130101]);
}

/**
 * A phone as the user's record holds it (`+86 138 0000 0000`, `138-0000-0000`) in the form the SMS gateway and
 * DingTalk's `atMobiles` take: the 11 digits of a mainland mobile. Anything else is passed on as it is, for the
 * vendor to refuse (recorded, not retried).
 */
export function mainlandMobile(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : phone;
}

/** The SMS gateway (env): Alibaba Cloud SMS (dysmsapi), with the signature name and template registered there. */
export interface SmsGateway {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
}

/** Alibaba Cloud's POP encoding: RFC 3986 unreserved characters stay, everything else is %XX (space is %20). */
export const popEncode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Signature version 1.0 of Alibaba Cloud's RPC APIs: HMAC-SHA1 keyed with `secret + "&"` over
 * `METHOD & popEncode("/") & popEncode(sorted, encoded query)`.
 */
export function aliyunSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${popEncode(key)}=${popEncode(params[key])}`)
    .join('&');
  const stringToSign = `${method}&${popEncode('/')}&${popEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

/** Throttling and the provider's own faults are transient; every other code refuses this message for good. */
const SMS_TRANSIENT = new Set([
  'isv.BUSINESS_LIMIT_CONTROL',
  'Throttling.User',
  'Throttling',
  'isp.SYSTEM_ERROR',
  'ServiceUnavailable',
]);

/** SendSms to one phone, the template's parameters `{ subject, link }`. */
export async function sendSms(
  context: SendContext,
  gateway: SmsGateway,
  phone: string,
  message: ChannelMessage,
): Promise<void> {
  const params: Record<string, string> = {
    AccessKeyId: gateway.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    OutId: message.alertId,
    PhoneNumbers: phone,
    RegionId: 'cn-hangzhou',
    SignName: gateway.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: randomUUID(),
    SignatureVersion: '1.0',
    TemplateCode: gateway.templateCode,
    TemplateParam: JSON.stringify({ subject: message.title.slice(0, 35), link: message.link ?? '' }),
    Timestamp: (context.now ?? (() => new Date()))()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
  params.Signature = aliyunSignature('POST', params, gateway.accessKeySecret);
  const body = Object.entries(params)
    .map(([key, value]) => `${popEncode(key)}=${popEncode(value)}`)
    .join('&');
  const result = (await post(context, gateway.endpoint, body, 'application/x-www-form-urlencoded')) as
    { Code?: string; Message?: string } | undefined;
  if (result?.Code === 'OK') return;
  const text = `sms ${result?.Code ?? 'no answer'}: ${result?.Message ?? ''}`;
  if (!result?.Code || SMS_TRANSIENT.has(result.Code)) throw new Error(text);
  throw new PermanentRefusal(text);
}
