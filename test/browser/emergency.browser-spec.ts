import { newCase, secondsPolicy } from '../support/stack';
import { type ConsoleRun, SETUP_TIMEOUT_MS, navigate, startConsole } from './support/console';

/** Seconds everywhere: a case's report deadline passes in 4 s, the escalation chain steps every 3 s. */
describe('console: deadline alerts and the emergency chain', () => {
  let run: ConsoleRun;
  const incidentTitle = `甲镇界桩附近两村村民聚集 ${Date.now()}`;

  beforeAll(async () => {
    run = await startConsole({ district: 'WE1', policy: secondsPolicy() });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('shows a leader a missed deadline as it happens, and marks it read', async () => {
    const page = await run.signIn(run.district.users.leader);
    const unread = page.getByRole('status').filter({ hasText: '条未读' });
    await unread.filter({ hasText: '0 条未读' }).waitFor();

    const mediator = await run.stack.as(run.district.users.mediator);
    const opened = await mediator.post('/disputes', newCase(run.district.townships[0])).expect(201);
    const alert = page.locator('[data-alert-kind="deadline_missed"]').filter({ hasText: opened.body.title });
    // No reload: the inbox polls by itself.
    await alert.waitFor({ timeout: 30_000 });
    await unread.filter({ hasText: '1 条未读' }).waitFor();
    await page.getByRole('navigation').getByTitle('1 条未读').waitFor();
    await run.screenshot(page, 'leader-inbox-deadline-missed');

    await alert.getByRole('button', { name: '标为已读' }).click();
    await page.locator('[data-read="true"]').filter({ hasText: opened.body.title }).waitFor();
    await unread.filter({ hasText: '0 条未读' }).waitFor();
    await run.screenshot(page, 'leader-inbox-read');
  });

  it('lets the bureau trigger an incident, watch the chain advance and raise the severity', async () => {
    const page = await run.signIn(run.district.users.bureau);
    await navigate(page, '应急事件');
    await page.getByRole('button', { name: '启动应急响应' }).click();
    const form = page.locator('form#trigger-incident');
    await form.getByLabel('事件标题').fill(incidentTitle);
    await form.getByLabel('事件类型').fill('群体性聚集');
    await form.getByLabel('Ⅱ级（重大）').check();
    await form.getByLabel('属地').fill(run.district.townships[0]);
    await form.getByLabel('案情描述').fill('双方村民约三十人在13号界桩附近聚集');
    await form.getByRole('button', { name: '启动应急响应' }).click();

    await page.getByRole('heading', { name: incidentTitle, exact: true }).waitFor();
    const steps = page.getByTestId('notified-step');
    await steps.first().filter({ hasText: '调解员' }).waitFor();
    await run.screenshot(page, 'bureau-incident-step-1');
    // The page polls: the bureau and then the leader steps appear without a reload.
    await steps.nth(1).filter({ hasText: '区民政局' }).waitFor({ timeout: 20_000 });
    await steps.nth(2).filter({ hasText: '分管领导' }).waitFor({ timeout: 20_000 });
    await run.screenshot(page, 'bureau-incident-chain');

    await page.getByRole('button', { name: '调整级别' }).click();
    const severity = page.locator('form#incident-change_severity');
    await severity.getByLabel('Ⅰ级（特别重大）').check();
    await severity.getByLabel('理由').fill('聚集人数增加，出现肢体冲突');
    await severity.getByRole('button', { name: '调整级别' }).click();
    await page.locator('[data-severity="I"]').waitFor();
    await run.screenshot(page, 'bureau-incident-severity');

    await page.getByRole('link', { name: '返回' }).click();
    await page.getByRole('link', { name: incidentTitle }).waitFor();
    await run.screenshot(page, 'bureau-incidents');
  });

  it('lets the leader open the escalation from the inbox and acknowledge the incident', async () => {
    const page = await run.signIn(run.district.users.leader);
    const escalated = page.locator('[data-alert-kind="escalated"]').filter({ hasText: incidentTitle });
    await escalated.getByRole('link', { name: '查看' }).click();
    await page.getByRole('heading', { name: incidentTitle, exact: true }).waitFor();
    await page.getByRole('button', { name: '确认响应' }).click();
    const form = page.locator('form#incident-acknowledge');
    await form.getByLabel('备注').fill('已通知派出所和乡镇干部赶赴现场');
    await form.getByRole('button', { name: '确认响应' }).click();
    await page.locator('[data-status="acknowledged"]').waitFor();
    await page.getByText('已确认，逐级通知停止').waitFor();
    await run.screenshot(page, 'leader-incident-acknowledged');
  });
});
