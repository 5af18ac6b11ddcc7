import {
  FAKE_DINGTALK_SECRET,
  FAKE_DINGTALK_TOKEN,
  FAKE_SMS,
  FAKE_WECOM_KEY,
  FakeVendors,
} from '../../../test/support/fake-vendors';
import {
  type ChannelMessage,
  PermanentRefusal,
  aliyunSignature,
  mainlandMobile,
  sendDingtalk,
  sendSms,
  sendWecom,
} from './channels';

const BASE = 'https://vendor.example';
const message: ChannelMessage = {
  title: '突发事件「山林火情」',
  markdown: '### 突发事件「山林火情」已启动应急预案，请立即响应',
  link: 'https://console.example/m/abc.def',
  atMobiles: ['13800000001'],
  alertId: '7b0c1c50-9d5e-4d55-8a51-5f0c2c1a0001',
};
const gateway = { endpoint: `${BASE}/sms/`, ...FAKE_SMS };

function setup(now = new Date()) {
  const vendors = new FakeVendors();
  const context = {
    outbound: { production: false, allow: ['vendor.example'] },
    fetch: vendors.fetch,
    now: () => now,
  };
  return { vendors, context };
}

describe('the channel adapters, against fake vendors that check what the vendors check', () => {
  it('signs Alibaba Cloud requests as the documentation example does', () => {
    // The SendSms example of Alibaba Cloud's "HTTP protocol and signature" page (GET, secret "testSecret").
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it.each([
    ['+86 138 0000 0001', '13800000001'],
    ['138-0000-0001', '13800000001'],
    ['008613800000001', '13800000001'],
    ['010-12345678', '010-12345678'],
  ])('reads the phone %s as %s', (phone, mobile) => {
    expect(mainlandMobile(phone)).toBe(mobile);
  });

  it('posts WeCom markdown with the acknowledge link', async () => {
    const { vendors, context } = setup();
    await sendWecom(context, { url: `${BASE}/wecom/cgi-bin/webhook/send?key=${FAKE_WECOM_KEY}` }, message);
    expect(vendors.accepted.wecom).toEqual([
      { key: FAKE_WECOM_KEY, content: expect.stringContaining(message.link as string) },
    ]);
  });

  it('refuses for good what WeCom refuses (an unknown robot key)', async () => {
    const { context } = setup();
    await expect(
      sendWecom(context, { url: `${BASE}/wecom/cgi-bin/webhook/send?key=wrong` }, message),
    ).rejects.toBeInstanceOf(PermanentRefusal);
  });

  it('signs DingTalk with timestamp and secret and at-mentions the recipients', async () => {
    const { vendors, context } = setup();
    const robot = {
      url: `${BASE}/dingtalk/robot/send?access_token=${FAKE_DINGTALK_TOKEN}`,
      secret: FAKE_DINGTALK_SECRET,
    };
    await sendDingtalk(context, robot, message);
    expect(vendors.accepted.dingtalk).toEqual([
      expect.objectContaining({ title: message.title, atMobiles: ['13800000001'] }),
    ]);
    expect(vendors.accepted.dingtalk[0].text).toContain('@13800000001');
    await expect(sendDingtalk(context, { ...robot, secret: 'SECwrong' }, message)).rejects.toThrow(
      /310000.*sign not match/,
    );
  });

  it('is refused by DingTalk with a timestamp outside the hour window', async () => {
    const { context } = setup(new Date(Date.now() - 2 * 3600_000));
    const robot = {
      url: `${BASE}/dingtalk/robot/send?access_token=${FAKE_DINGTALK_TOKEN}`,
      secret: FAKE_DINGTALK_SECRET,
    };
    await expect(sendDingtalk(context, robot, message)).rejects.toThrow(/invalid timestamp/);
  });

  it('sends a signed SMS with the template and sign name, and refuses a bad number for good', async () => {
    const { vendors, context } = setup();
    await sendSms(context, gateway, '13800000001', message);
    expect(vendors.accepted.sms).toEqual([
      {
        phone: '13800000001',
        templateCode: FAKE_SMS.templateCode,
        signName: FAKE_SMS.signName,
        params: { subject: message.title, link: message.link },
        outId: message.alertId,
      },
    ]);
    await expect(sendSms(context, gateway, '12345', message)).rejects.toBeInstanceOf(PermanentRefusal);
    await expect(
      sendSms(context, { ...gateway, accessKeySecret: 'wrong' }, '13800000001', message),
    ).rejects.toThrow(/SignatureDoesNotMatch/);
  });

  it('treats 429 and 5xx as transient: the error is not a refusal, so the queue retries', async () => {
    const { vendors, context } = setup();
    vendors.failNext('sms', 429);
    vendors.failNext('wecom', 500);
    const sms = sendSms(context, gateway, '13800000001', message);
    await expect(sms).rejects.toThrow(/HTTP 429/);
    await expect(sms).rejects.not.toBeInstanceOf(PermanentRefusal);
    const wecom = sendWecom(
      context,
      { url: `${BASE}/wecom/cgi-bin/webhook/send?key=${FAKE_WECOM_KEY}` },
      message,
    );
    await expect(wecom).rejects.not.toBeInstanceOf(PermanentRefusal);
    await sendSms(context, gateway, '13800000001', message);
    expect(vendors.accepted.sms).toHaveLength(1);
  });

  it('refuses a private address that OUTBOUND_ALLOW does not name, without sending', async () => {
    const { vendors, context } = setup();
    await expect(
      sendWecom(
        { ...context, outbound: { production: false, allow: [] } },
        { url: 'http://127.0.0.1:9/wecom/cgi-bin/webhook/send?key=x' },
        message,
      ),
    ).rejects.toBeInstanceOf(PermanentRefusal);
    expect(vendors.requests.wecom).toBe(0);
  });
});
