import { ackLinkIdOf, ackToken } from './signature';

describe('acknowledge link tokens', () => {
  const key = 'unit-server-key-0123456789';
  const linkId = 'Abc-def_ghij1234';

  it('names their link when the MAC is right, and are one word a text message keeps whole', () => {
    const token = ackToken(key, linkId);
    expect(token).toMatch(/^[\w-]{38}$/);
    expect(ackLinkIdOf(key, token)).toBe(linkId);
  });

  it.each([
    ['another server key', (token: string) => token, 'another-server-key-012345'],
    ['a changed MAC', (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, key],
    ['a changed id', (token: string) => `B${token.slice(1)}`, key],
    ['a truncated token', (token: string) => token.slice(0, 30), key],
    ['punctuation', (token: string) => `${token.slice(0, 16)}.${token.slice(16)}`, key],
  ])('refuses %s', (_, change, serverKey) => {
    expect(ackLinkIdOf(serverKey, change(ackToken(key, linkId)))).toBeUndefined();
  });
});
