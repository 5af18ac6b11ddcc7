import { outboundProblem } from './outbound';

const dev = { production: false, allow: [] };
const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses;

describe('outboundProblem', () => {
  it('accepts a public https URL, and http outside production only', async () => {
    expect(
      await outboundProblem('https://hooks.example.cn/x', dev, resolvesTo('203.0.113.7')),
    ).toBeUndefined();
    expect(
      await outboundProblem('http://hooks.example.cn/x', dev, resolvesTo('203.0.113.7')),
    ).toBeUndefined();
    expect(
      await outboundProblem(
        'http://hooks.example.cn/x',
        { production: true, allow: [] },
        resolvesTo('203.0.113.7'),
      ),
    ).toMatch(/https/);
    expect(await outboundProblem('ftp://hooks.example.cn/x', dev)).toMatch(/https or http/);
    expect(await outboundProblem('not a url', dev)).toMatch(/absolute URL/);
    expect(
      await outboundProblem('https://user:pw@hooks.example.cn/', dev, resolvesTo('203.0.113.7')),
    ).toMatch(/credentials/);
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'http://10.1.2.3/',
    'http://172.20.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
  ])('refuses %s', async (url) => {
    expect(await outboundProblem(url, dev, resolvesTo('127.0.0.1'))).toMatch(/loopback or private/);
  });

  it('refuses a name that resolves to a private address, unless OUTBOUND_ALLOW names it', async () => {
    const internal = resolvesTo('203.0.113.7', '10.0.0.8');
    expect(await outboundProblem('https://intranet.example/', dev, internal)).toMatch(/10\.0\.0\.8/);
    expect(
      await outboundProblem(
        'https://Intranet.example/',
        { production: true, allow: ['intranet.example'] },
        internal,
      ),
    ).toBeUndefined();
    expect(
      await outboundProblem('https://nowhere.invalid/', dev, async () => {
        throw new Error('ENOTFOUND');
      }),
    ).toMatch(/does not resolve/);
  });
});
