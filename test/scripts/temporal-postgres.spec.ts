import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** freePorts from the ES module, in a Node of its own (jest here loads CommonJS only). */
function freePorts(count: number, options: object): number[] {
  const module = join(__dirname, '../../scripts/lib/temporal-postgres.mjs');
  const script = `import { freePorts } from ${JSON.stringify(module)};
    console.log(JSON.stringify(await freePorts(${count}, ${JSON.stringify(options)})));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
  return JSON.parse(output.toString());
}

describe('freePorts (the production Temporal server ports a test run or npm start writes)', () => {
  it('draws every port once and none that is taken, even when the range leaves no slack', () => {
    const ports = freePorts(9, { taken: [19_005], range: [19_000, 19_010] });
    expect([...ports].sort()).toEqual([
      19_000, 19_001, 19_002, 19_003, 19_004, 19_006, 19_007, 19_008, 19_009,
    ]);
  });

  it('says so when the range cannot hold them, instead of looping', () => {
    expect(() => freePorts(3, { taken: [19_001], range: [19_000, 19_002] })).toThrow(
      /no 3 free ports in 19000-19001/,
    );
  });
});
