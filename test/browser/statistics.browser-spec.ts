import { readFileSync } from 'node:fs';
import { DEFAULT_TIME_ZONE } from '../../web/src/time';
import { newCase, round } from '../support/stack';
import { type ConsoleRun, SETUP_TIMEOUT_MS, startConsole } from './support/console';

const CHARTS = [
  '案件按状态',
  '案件按层级',
  '案件按类别',
  '应急事件按级别与平均确认时长',
  '各乡镇期限按期率与平均调处天数',
];

describe('console: the statistics page', () => {
  let run: ConsoleRun;
  beforeAll(async () => {
    run = await startConsole({ district: 'WS1' });
    const bureau = await run.stack.as(run.district.users.bureau);
    const [first, second] = run.district.townships;
    const agreed = (await bureau.post('/disputes', newCase(first)).expect(201)).body.id as string;
    await bureau.post(`/disputes/${agreed}/report`, { tier: 'township', summary: '上报' }).expect(200);
    await bureau.post(`/disputes/${agreed}/mediation/start`, { mediators: ['调解员'] }).expect(200);
    await bureau.post(`/disputes/${agreed}/mediation/rounds`, round('agreement_reached')).expect(200);
    await bureau
      .post(`/disputes/${agreed}/agreement`, {
        terms: '维持现状',
        signatories: ['甲', '乙'],
        signedAt: new Date(),
      })
      .expect(200);
    await bureau.post('/disputes', newCase(second, { category: 'mining' })).expect(201);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('draws the charts, exports a CSV Excel reads as UTF-8, and filters by period', async () => {
    const page = await run.signIn(run.district.users.leader);
    await page.getByRole('link', { name: '统计分析' }).click();
    for (const name of CHARTS) await page.getByRole('img', { name }).locator('canvas').waitFor();
    await page.getByText('案件总数').locator('..').getByText('2', { exact: true }).waitFor();
    await page.getByRole('cell', { name: '100%' }).waitFor();
    await run.screenshot(page, 'leader-statistics');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF维度,项目,数量\r\n')).toBe(true);
    expect(csv).toContain('状态,已达成协议,1');
    expect(csv).toContain('类别,矿产开采,1');
    expect(csv).toContain('甲镇,WS1A,4,0,100,1,');

    // Tomorrow as the console counts days, in its zone: from 16:00 UTC on, the UTC date is already Beijing's today.
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE }).format(
      Date.now() + 86_400_000,
    );
    await page.getByLabel('起始日期').fill(tomorrow);
    await page.getByLabel('起始日期').press('Enter');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('案件总数').locator('..').getByText('0', { exact: true }).waitFor();
  });

  it('shows the API’s message, in English when chosen, for a period that ends before it starts', async () => {
    const page = await run.signIn(run.district.users.leader);
    await page.getByText('English').click();
    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.getByLabel('From').fill('2026-03-01');
    await page.getByLabel('From').press('Enter');
    await page.getByLabel('To (inclusive)').fill('2026-01-01');
    await page.getByLabel('To (inclusive)').press('Enter');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('alert').filter({ hasText: 'Validation failed' }).waitFor();
    await run.screenshot(page, 'leader-statistics-english-error');
  });
});
