import { CHAIN_START, canonicalJson, chainHash, firstBrokenLink } from './hash-chain';

describe('hash chains', () => {
  const chain = (contents: string[]) => {
    const records: { content: string; hash: string | null; prevHash: string | null }[] = [];
    let prev = CHAIN_START;
    for (const content of contents) {
      const hash = chainHash(prev, { content });
      records.push({ content, hash, prevHash: prev });
      prev = hash;
    }
    return records;
  };
  const hashOf = (prevHash: string, record: { content: string }) =>
    chainHash(prevHash, { content: record.content });

  it('orders keys, so jsonb reordering changes nothing', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(chainHash(CHAIN_START, { a: 1, b: 2 })).toBe(chainHash(CHAIN_START, { b: 2, a: 1 }));
  });

  it('holds for an untouched chain and finds the first altered, removed or reordered record', () => {
    const records = chain(['a', 'b', 'c', 'd']);
    expect(firstBrokenLink(records, hashOf)).toBe(-1);
    expect(firstBrokenLink([records[0], { ...records[1], content: 'B' }, records[2]], hashOf)).toBe(1);
    expect(firstBrokenLink([records[0], records[2], records[3]], hashOf)).toBe(1);
    expect(firstBrokenLink([records[0], records[2], records[1]], hashOf)).toBe(1);
  });

  it('skips records written before chaining began', () => {
    const legacy = { content: 'old', hash: null, prevHash: null };
    expect(firstBrokenLink([legacy, ...chain(['a', 'b'])], hashOf)).toBe(-1);
  });
});
