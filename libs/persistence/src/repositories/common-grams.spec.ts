import { CommonGrams } from './common-grams';

describe('CommonGrams', () => {
  let clock: number;
  let reads: number;
  let answer: () => Promise<string[]>;
  let grams: CommonGrams;

  beforeEach(() => {
    clock = 0;
    reads = 0;
    answer = async () => ['界桩', '林'];
    grams = new CommonGrams(
      () => {
        reads += 1;
        return answer();
      },
      1000,
      () => clock,
    );
  });

  it('knows no gram before the first read, and waits for that read', async () => {
    expect(grams.has('界桩')).toBe(false);
    await grams.refresh();
    expect([grams.has('界桩'), grams.has('林'), grams.has('鹅')]).toEqual([true, true, false]);
  });

  it('reads again only once the grams are older than the maximum age, without waiting for it', async () => {
    await grams.refresh();
    clock = 999;
    await grams.refresh();
    expect(reads).toBe(1);
    clock = 1000;
    let release!: (grams: string[]) => void;
    answer = () => new Promise((resolve) => (release = resolve));
    await grams.refresh();
    await grams.refresh();
    expect(reads).toBe(2);
    expect(grams.has('林')).toBe(true);
    release(['鹅']);
    await new Promise(setImmediate);
    expect([grams.has('林'), grams.has('鹅')]).toEqual([false, true]);
  });

  it('keeps what it had when a read fails, and tries again at the next refresh', async () => {
    await grams.refresh();
    clock = 5000;
    answer = () => Promise.reject(new Error('connection terminated'));
    await grams.refresh();
    await new Promise(setImmediate);
    expect(grams.has('界桩')).toBe(true);
    answer = async () => ['鹅'];
    await grams.refresh();
    await new Promise(setImmediate);
    expect([reads, grams.has('鹅')]).toEqual([3, true]);
  });

  it('does not fail a list when the first read fails: no gram is common then', async () => {
    answer = () => Promise.reject(new Error('connection terminated'));
    await expect(grams.refresh()).resolves.toBeUndefined();
    expect(grams.has('界桩')).toBe(false);
  });
});
