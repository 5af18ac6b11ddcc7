import { randomBytes } from 'node:crypto';
import { ackToken } from '@boundary/alerts';
import { DataSource } from 'typeorm';
import { EventsHub } from '../../apps/api/src/channels/events.hub';
import { quietPolicy } from '../support/stack';
import { type ConsoleRun, SETUP_TIMEOUT_MS, navigate, startConsole } from './support/console';

/**
 * The console over its event stream: an alert reaches the inbox in seconds while polling has slowed to once a
 * minute, the stream comes back after the server ends it and resumes from the last event it saw, and the
 * phone acknowledge page works once without signing in.
 */
describe('console: live events and the phone acknowledge page', () => {
  let run: ConsoleRun;
  let db: DataSource;

  beforeAll(async () => {
    run = await startConsole({ district: 'LV1', policy: quietPolicy() });
    db = run.stack.app.get(DataSource);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  /**
   * An inbox row as the worker writes it, here with an SMS already sent: its trigger is what puts the `alert`
   * event on the stream, in the same transaction.
   */
  const insertAlert = async (recipient: string, message: string): Promise<string> => {
    const [row]: { id: string }[] = await db.query(
      `WITH alert AS (
         INSERT INTO alerts (dedup_key, recipient, kind, subject_type, subject_id, message, message_en, created_at)
         VALUES ($1, $2, 'escalated', 'incident', $3, $4, $4, now()) RETURNING id)
       INSERT INTO alert_deliveries (alert_id, channel, status, attempts)
       SELECT id, 'sms', 'sent', 1 FROM alert RETURNING alert_id AS id`,
      [
        `live:${randomBytes(6).toString('hex')}`,
        recipient,
        `live-${randomBytes(3).toString('hex')}`,
        message,
      ],
    );
    return row.id;
  };

  it('shows a new alert within seconds from the stream, and resumes after the server ends it', async () => {
    const leader = run.district.users.leader;
    const streamOpened = (page: Awaited<ReturnType<ConsoleRun['open']>>) =>
      page.waitForRequest((request) => request.url().includes('/events?'), { timeout: 20_000 });
    const page = await run.open();
    const opened = streamOpened(page);
    await page.getByLabel('用户名').fill(leader);
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    await opened;
    const unread = page.getByRole('status').filter({ hasText: '条未读' });
    await unread.filter({ hasText: '0 条未读' }).waitFor();
    // Past the first poll: while the stream is open the inbox polls once a minute.
    await page.waitForTimeout(4000);

    const first = `实时推送测试一 ${randomBytes(3).toString('hex')}`;
    const sentAt = Date.now();
    await insertAlert(leader, first);
    await page.getByText(first).waitFor({ timeout: 10_000 });
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    await unread.filter({ hasText: '1 条未读' }).waitFor();
    await page
      .locator('[data-alert-kind="escalated"]')
      .filter({ hasText: first })
      .locator('[data-delivery="sms:sent"]')
      .filter({ hasText: '短信 · 已送达' })
      .waitFor();
    await run.screenshot(page, 'live-inbox-pushed');

    // The server ends every stream; what happens before the browser is back is delivered on its return.
    const resumed = page.waitForRequest((request) => request.url().includes('/events'), {
      timeout: 20_000,
    });
    run.stack.app.get(EventsHub).disconnectAll();
    const second = `断线期间的提醒 ${randomBytes(3).toString('hex')}`;
    await insertAlert(leader, second);
    const reconnect = await resumed;
    // The browser's own reconnect, after the stream's `retry:`, names the last event it saw.
    expect((await reconnect.allHeaders())['last-event-id']).toMatch(/^\d+$/);
    await page.getByText(second).waitFor({ timeout: 15_000 });
    await unread.filter({ hasText: '2 条未读' }).waitFor();
  });

  it('lets the recipient acknowledge an incident from the phone link, once', async () => {
    const bureau = await run.stack.as(run.district.users.bureau);
    const title = `手机确认测试 ${randomBytes(3).toString('hex')}`;
    const incident = await bureau
      .post('/incidents', {
        title,
        type: 'mass_gathering',
        severity: 'I',
        jurisdiction: run.district.townships[0],
        description: '两村村民聚集',
      })
      .expect(201);
    const mediator = run.district.users.mediator;
    const alertId = await (async () => {
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const [row]: { id: string }[] = await db.query(
          `SELECT id FROM alerts WHERE recipient = $1 AND subject_id = $2`,
          [mediator, incident.body.id],
        );
        if (row) return row.id;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('no incident alert for the mediator');
    })();
    // The worker issues a link when the alert leaves by SMS or a robot; this district has neither, so the
    // test issues the one the worker would have.
    const linkId = randomBytes(12).toString('base64url');
    await db.query(
      `INSERT INTO ack_links (id, alert_id, username, subject_type, subject_id, expires_at)
       VALUES ($1, $2, $3, 'incident', $4, now() + interval '1 hour')`,
      [linkId, alertId, mediator, incident.body.id],
    );
    const token = ackToken(run.stack.config.jwtSecret, linkId);

    const page = await run.open('phone');
    await page.goto(`/m/${token}`);
    await page.getByText(title).waitFor();
    await run.screenshot(page, 'phone-ack-link');
    await page.getByLabel('备注').fill('正在赶往现场');
    await page.getByRole('button', { name: '确认响应' }).click();
    await page.getByText('已办理，谢谢').waitFor();
    const after = await bureau.get(`/incidents/${incident.body.id}`).expect(200);
    expect(after.body.status).toBe('acknowledged');

    await page.goto(`/m/${token}`);
    await page.getByText('此链接已使用或已过期').waitFor();
    await run.screenshot(page, 'phone-ack-link-used');
  });

  it('lets the admin set the group robots of a jurisdiction, refusing an intranet address', async () => {
    const township = run.district.townships[0];
    const page = await run.signIn('admin', 'phone');
    await navigate(page, '组织机构');
    await page.locator(`[data-code="${township}"]`).getByRole('button', { name: '群机器人' }).click();
    const form = page.locator('form#robots');
    await form.getByLabel('企业微信群机器人 Webhook 地址').fill('http://10.0.0.7/cgi-bin/webhook/send?key=x');
    await form.getByRole('button', { name: '保存' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /10\.0\.0\.7|内网/ })
      .waitFor();

    await form
      .getByLabel('企业微信群机器人 Webhook 地址')
      .fill('https://203.0.113.10/cgi-bin/webhook/send?key=x');
    await form
      .getByLabel('钉钉自定义机器人 Webhook 地址')
      .fill('https://203.0.113.11/robot/send?access_token=t');
    await form.getByLabel('钉钉加签密钥（SEC 开头）').fill('SECbrowser');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('已保存').waitFor();
    await run.screenshot(page, 'admin-robots-phone');
    const [row]: { wecom: string; secret: string }[] = await db.query(
      `SELECT wecom_robot_url AS wecom, dingtalk_robot_secret AS secret FROM jurisdictions WHERE code = $1`,
      [township],
    );
    expect(row).toEqual({ wecom: 'https://203.0.113.10/cgi-bin/webhook/send?key=x', secret: 'SECbrowser' });
  });
});
