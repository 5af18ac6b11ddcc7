import type { Page } from 'playwright-core';
import { newCase } from '../support/stack';
import {
  type ConsoleRun,
  SETUP_TIMEOUT_MS,
  act,
  expectNoSideScroll,
  navigate,
  startConsole,
} from './support/console';

/** An instant as the console shows it in a zone: 2026/11/25 14:03:05. */
function wallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The open date picker's panel. */
const pickerPanel = (page: Page) => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');

/** A township mediator, a bureau officer and a leader at work on a 390 × 844 touch screen. */
describe('console on a phone: field work', () => {
  let run: ConsoleRun;
  let incidentTitle: string;
  let opened: { id: string; createdAt: string };

  beforeAll(async () => {
    run = await startConsole({ district: 'WF1' });
    const bureau = await run.stack.as(run.district.users.bureau);
    opened = (await bureau.post('/disputes', newCase(run.district.townships[0])).expect(201)).body;
    // Its first step alerts the township's mediators.
    incidentTitle = `乙村村民阻拦界桩复测 ${Date.now()}`;
    await bureau
      .post('/incidents', {
        title: incidentTitle,
        type: '阻拦勘界',
        severity: 'III',
        jurisdiction: run.district.townships[0],
        description: '约十人阻拦复测队伍',
      })
      .expect(201);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('lets a mediator find an alert through the bell and mark it read', async () => {
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await page.getByRole('link', { name: '1 条未读' }).click();
    const alert = page.locator('[data-alert-kind="incident_triggered"]').filter({ hasText: incidentTitle });
    await alert.waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-inbox');
    await alert.getByRole('button', { name: '标为已读' }).tap();
    await page.locator('[data-read="true"]').filter({ hasText: incidentTitle }).waitFor();
    await page.getByRole('status').filter({ hasText: '0 条未读' }).waitFor();
    await run.screenshot(page, 'phone-inbox-read');
  });

  it('lets a mediator open a case and take it to mediation, with the date picked in Chinese', async () => {
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await navigate(page, '提醒');
    await page.getByRole('heading', { name: '提醒' }).waitFor();
    await navigate(page, '纠纷案件');
    await page.getByRole('button', { name: '立案' }).tap();
    await page.getByRole('heading', { name: '新立案件' }).waitFor();
    const title = `甲镇东山村与邻县西岭村草场界线争议 ${Date.now()}`;
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('草场').check();
    await page.getByLabel('案情描述').fill('3号至5号界桩之间草场放牧争议');
    await page.getByLabel('当事方名称 1').fill('东山村');
    await page.getByLabel('当事方名称 2').fill('西岭村');
    await page.getByLabel('所属行政区 2').fill('N01');
    await page.locator('.jurisdiction-name', { hasText: '邻县' }).waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-new-case');
    await page.getByRole('button', { name: '立案' }).tap();

    await page.getByRole('heading', { name: title }).waitFor();
    await page.locator('[data-status="screening"]').waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-case-screening');
    await act(
      page,
      '上报',
      'action-report',
      async () => {
        await page.getByLabel('乡镇级').check();
        await page.getByLabel('情况说明').fill('已核实，需乡镇调处');
      },
      'reported',
    );
    await act(page, '启动联合调解', 'action-start_mediation', async () => undefined, 'mediating');
    await act(
      page,
      '记录一轮调解',
      'action-record_round',
      async () => {
        await page.getByLabel('调解时间').tap();
        const panel = pickerPanel(page);
        await panel.getByText('今天', { exact: true }).waitFor();
        expect(await panel.textContent()).toMatch(/\d{4}年/);
        await expectNoSideScroll(page);
        await run.screenshot(page, 'phone-date-picker');
        await panel.getByText('今天', { exact: true }).tap();
        await page.getByLabel('调解记录').fill('双方同意现场复核界桩位置');
        await page.getByLabel('有进展').check();
      },
      'mediating',
    );
    await page.getByText('已调解 1 轮').waitFor();
    // Held today, Beijing time, whatever the time of day it was picked.
    const today = wallClock(new Date().toISOString(), 'Asia/Shanghai').slice(0, 10);
    await page
      .getByText(new RegExp(`^${today} \\d{2}:\\d{2}:\\d{2}$`))
      .first()
      .waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-case-mediating');
  });

  it('lets a mediator enter a problem found outside a patrol, from the ledger', async () => {
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await navigate(page, '问题台账');
    await page.getByRole('link', { name: '登记问题' }).tap();
    await page.getByRole('heading', { name: '登记问题' }).waitFor();
    const description = `群众反映界线旁新建围栏 ${Date.now()}`;
    await page.getByLabel('问题描述').fill(description);
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-finding-entry');
    await page.getByRole('button', { name: '提交登记' }).tap();
    // Into the ledger as the mediator's township's, open for the bureau to assign.
    await page.locator('[data-status="open"]').waitFor();
    await page.getByText(description).first().waitFor();
    await expectNoSideScroll(page);
    const ledger = await (
      await run.stack.as(run.district.users.bureau)
    )
      .get('/findings?pageSize=100')
      .expect(200);
    expect(ledger.body.items).toContainEqual(
      expect.objectContaining({ description, jurisdiction: run.district.townships[0], status: 'open' }),
    );
  });

  it('shows times in the zone chosen in the settings', async () => {
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await page.goto(`/cases/${opened.id}`);
    await page.getByText(wallClock(opened.createdAt, 'Asia/Shanghai')).first().waitFor();
    await navigate(page, '设置');
    await page.getByLabel('时区').fill('Tokyo');
    await page.getByLabel('时区').press('Enter');
    await page.getByText('当前时间').waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-settings');
    await page.goto(`/cases/${opened.id}`);
    await page.getByText(wallClock(opened.createdAt, 'Asia/Tokyo')).first().waitFor();
  });

  it('lets the bureau acknowledge an incident and pick a statistics period on a phone', async () => {
    const page = await run.signIn(run.district.users.bureau, 'phone');
    await navigate(page, '应急事件');
    await page.getByRole('link', { name: incidentTitle }).tap();
    await page.getByRole('heading', { name: incidentTitle, exact: true }).waitFor();
    await act(
      page,
      '确认响应',
      'incident-acknowledge',
      () => page.getByLabel('备注').fill('已电话联系乡镇干部到场'),
      'acknowledged',
    );
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-incident-acknowledged');

    await navigate(page, '统计分析');
    await page.getByLabel('起始日期').tap();
    await pickerPanel(page).getByText('今天', { exact: true }).tap();
    await page.getByRole('button', { name: '查询' }).tap();
    // Today's cases: the one opened for these tests, and the mediator's.
    await page.getByText('案件总数').locator('..').getByText('2', { exact: true }).waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-statistics');
  });
});
