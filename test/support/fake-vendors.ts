import { createHmac } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for 企业微信, 钉钉 and Alibaba Cloud SMS that check what the vendors check, independently of the
 * adapters' own code (the SMS signature is recomputed byte by byte here), and count what they accepted. Usable
 * over HTTP (integration, reliability) or in-process through `fetch` (unit tests).
 */
export interface Accepted {
  wecom: { key: string; content: string }[];
  dingtalk: { token: string; title: string; text: string; atMobiles: string[] }[];
  sms: {
    phone: string;
    templateCode: string;
    signName: string;
    params: Record<string, string>;
    outId: string;
  }[];
}

interface Answer {
  status: number;
  body: unknown;
}

export const FAKE_WECOM_KEY = 'wecom-key-1';
export const FAKE_DINGTALK_TOKEN = 'ding-token-1';
export const FAKE_DINGTALK_SECRET = 'SECd1ngta1k-secret';
export const FAKE_SMS = {
  accessKeyId: 'LTAI-test',
  accessKeySecret: 'sms-secret-1',
  signName: '示范区民政局',
  templateCode: 'SMS_100001',
};

/** RFC 3986 percent-encoding of the UTF-8 bytes, as Alibaba Cloud's signature documentation defines it. */
function rfc3986(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export class FakeVendors {
  readonly accepted: Accepted = { wecom: [], dingtalk: [], sms: [] };
  /** Every request, accepted or not. */
  readonly requests: Record<keyof Accepted, number> = { wecom: 0, dingtalk: 0, sms: 0 };
  private readonly scripted: Record<keyof Accepted, number[]> = { wecom: [], dingtalk: [], sms: [] };
  private readonly nonces = new Set<string>();
  private server?: Server;
  /** The vendors' clocks, which the timestamp windows are checked against. */
  now: () => number = () => Date.now();

  /** The next requests to this vendor answer these HTTP statuses (e.g. 429, 500) before it accepts again. */
  failNext(vendor: keyof Accepted, ...statuses: number[]): void {
    this.scripted[vendor].push(...statuses);
  }

  handle(method: string, rawUrl: string, body: string): Answer {
    const url = new URL(rawUrl, 'http://vendor.local');
    const vendor = url.pathname.split('/')[1] as keyof Accepted;
    if (!(vendor in this.accepted) || method !== 'POST') return { status: 404, body: 'not found' };
    this.requests[vendor] += 1;
    const forced = this.scripted[vendor].shift();
    if (forced !== undefined) return { status: forced, body: { errcode: -1, errmsg: 'scripted failure' } };
    if (vendor === 'wecom') return this.wecom(url, body);
    if (vendor === 'dingtalk') return this.dingtalk(url, body);
    return this.sms(body);
  }

  private wecom(url: URL, body: string): Answer {
    if (url.pathname !== '/wecom/cgi-bin/webhook/send' || url.searchParams.get('key') !== FAKE_WECOM_KEY) {
      return { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } };
    }
    const payload = parse(body) as { msgtype?: string; markdown?: { content?: unknown } } | undefined;
    const content = payload?.markdown?.content;
    if (payload?.msgtype !== 'markdown' || typeof content !== 'string' || content.length === 0) {
      return { status: 200, body: { errcode: 40008, errmsg: 'invalid message type' } };
    }
    if (Buffer.byteLength(content) > 4096) {
      return { status: 200, body: { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' } };
    }
    this.accepted.wecom.push({ key: FAKE_WECOM_KEY, content });
    return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  }

  private dingtalk(url: URL, body: string): Answer {
    const refuse = (errmsg: string) => ({ status: 200, body: { errcode: 310000, errmsg } });
    if (
      url.pathname !== '/dingtalk/robot/send' ||
      url.searchParams.get('access_token') !== FAKE_DINGTALK_TOKEN
    ) {
      return { status: 200, body: { errcode: 300001, errmsg: 'token is not exist' } };
    }
    const timestamp = url.searchParams.get('timestamp') ?? '';
    // The documented window: the timestamp may differ from the server's time by at most one hour.
    if (!/^\d{13}$/.test(timestamp) || Math.abs(this.now() - Number(timestamp)) > 3600_000) {
      return refuse('invalid timestamp');
    }
    const expected = createHmac('sha256', FAKE_DINGTALK_SECRET)
      .update(`${timestamp}\n${FAKE_DINGTALK_SECRET}`)
      .digest('base64');
    if (url.searchParams.get('sign') !== expected) return refuse('sign not match');
    const payload = parse(body) as
      | { msgtype?: string; markdown?: { title?: unknown; text?: unknown }; at?: { atMobiles?: unknown } }
      | undefined;
    const { title, text } = payload?.markdown ?? {};
    if (payload?.msgtype !== 'markdown' || typeof title !== 'string' || typeof text !== 'string') {
      return { status: 200, body: { errcode: 40035, errmsg: 'missing markdown title or text' } };
    }
    const atMobiles = Array.isArray(payload.at?.atMobiles) ? (payload.at.atMobiles as string[]) : [];
    this.accepted.dingtalk.push({ token: FAKE_DINGTALK_TOKEN, title, text, atMobiles });
    return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  }

  private sms(body: string): Answer {
    const params = Object.fromEntries(new URLSearchParams(body));
    const error = (status: number, Code: string) => ({
      status,
      body: { Code, Message: Code, RequestId: 'fake' },
    });
    if (params.AccessKeyId !== FAKE_SMS.accessKeyId) return error(404, 'InvalidAccessKeyId.NotFound');
    const { Signature, ...signed } = params;
    const canonical = Object.keys(signed)
      .sort()
      .map((key) => `${rfc3986(key)}=${rfc3986(signed[key])}`)
      .join('&');
    const expected = createHmac('sha1', `${FAKE_SMS.accessKeySecret}&`)
      .update(`POST&${rfc3986('/')}&${rfc3986(canonical)}`)
      .digest('base64');
    if (Signature !== expected) return error(400, 'SignatureDoesNotMatch');
    if (Math.abs(this.now() - Date.parse(params.Timestamp ?? '')) > 15 * 60_000) {
      return error(400, 'InvalidTimeStamp.Expired');
    }
    if (!params.SignatureNonce || this.nonces.has(params.SignatureNonce)) {
      return error(400, 'SignatureNonceUsed');
    }
    this.nonces.add(params.SignatureNonce);
    if (params.Action !== 'SendSms' || params.Version !== '2017-05-25') return error(400, 'InvalidAction');
    if (params.SignName !== FAKE_SMS.signName) return error(200, 'isv.SMS_SIGNATURE_ILLEGAL');
    if (params.TemplateCode !== FAKE_SMS.templateCode) return error(200, 'isv.SMS_TEMPLATE_ILLEGAL');
    if (!/^1\d{10}$/.test(params.PhoneNumbers ?? '')) return error(200, 'isv.MOBILE_NUMBER_ILLEGAL');
    this.accepted.sms.push({
      phone: params.PhoneNumbers,
      templateCode: params.TemplateCode,
      signName: params.SignName,
      params: parse(params.TemplateParam ?? '') as Record<string, string>,
      outId: params.OutId,
    });
    return { status: 200, body: { Code: 'OK', Message: 'OK', BizId: 'fake-biz', RequestId: 'fake' } };
  }

  /** In-process: the adapters' `fetch` without a socket. */
  readonly fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const answer = this.handle(init?.method ?? 'GET', String(input), String(init?.body ?? ''));
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as typeof fetch;

  /** Listens on 127.0.0.1; the answer is the base URL (`http://127.0.0.1:<port>`). */
  async listen(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = this.handle(
          request.method ?? 'GET',
          request.url ?? '/',
          Buffer.concat(chunks).toString(),
        );
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
