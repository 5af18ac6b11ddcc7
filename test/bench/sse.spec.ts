import { serverSentEvents } from '../../bench/sse';

describe('serverSentEvents', () => {
  it('returns each event once it is complete, across chunks', () => {
    const read = serverSentEvents();
    expect(read('retry: 3000\n\nid: 7\nevent: alert\nda')).toEqual([{ retry: '3000' }]);
    expect(read('ta: {"id": "a: b"}\n\n')).toEqual([{ id: '7', event: 'alert', data: '{"id": "a: b"}' }]);
  });

  it('keeps the first of a repeated field and passes over lines that are no field', () => {
    expect(serverSentEvents()('event: alert\nevent: subject\n: keep-alive\n\n')).toEqual([
      { event: 'alert' },
    ]);
  });
});
