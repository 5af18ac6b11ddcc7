import { randomBytes } from 'node:crypto';
import {
  type ConsoleRun,
  SETUP_TIMEOUT_MS,
  expectNoSideScroll,
  navigate,
  startConsole,
} from './support/console';

describe('console: accounts', () => {
  let run: ConsoleRun;
  beforeAll(async () => {
    run = await startConsole({ district: 'WA1' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('the admin creates a user on a phone, who must change the issued password before anything else', async () => {
    const username = `wa1.new${randomBytes(3).toString('hex')}`;
    const township = run.district.townships[0];

    const admin = await run.signIn('admin', 'phone');
    await navigate(admin, '用户管理');
    await admin.getByRole('button', { name: '新建用户' }).click();
    const form = admin.locator('form#user');
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill('甲镇新调解员');
    await form.getByLabel('所属行政区').fill(township);
    await form.getByLabel('初始密码（首次登录须修改）').fill('Issued2026');
    await expectNoSideScroll(admin);
    // Wait for the API's answer itself, so a refusal fails here with its status rather than as a missing row.
    const [created] = await Promise.all([
      admin.waitForResponse(
        (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/users',
      ),
      form.getByRole('button', { name: '保存' }).click(),
    ]);
    expect(created.status()).toBe(201);
    const row = admin.locator(`[data-username="${username}"]`);
    await row.waitFor({ timeout: 30_000 });
    await admin.getByText('待改密码').first().waitFor();
    await expectNoSideScroll(admin);
    await run.screenshot(admin, 'admin-users-created-phone');

    // Signing in with the issued password leads to the password page, whatever address was asked for.
    const user = await run.open('phone');
    await user.goto('/cases');
    await user.getByLabel('用户名').fill(username);
    await user.getByLabel('密码').fill('Issued2026');
    await user.getByLabel('密码').press('Enter');
    await user.waitForURL('**/password');
    await user.getByText('这是管理员为您设置的密码，请先修改密码再继续使用。').waitFor();
    await expectNoSideScroll(user);
    await run.screenshot(user, 'forced-password-change-phone');

    await user.getByLabel('当前密码').fill('Issued2026');
    await user.getByLabel('新密码', { exact: true }).fill('Chosen2026');
    await user.getByLabel('再次输入新密码').fill('Chosen2026');
    await user.getByRole('button', { name: '保存' }).click();
    // Changed: the user's home page (the township's cases), with the whole navigation.
    await user.waitForURL('**/cases');
    await user.locator('main h1').getByText('本乡镇案件（按最近期限排序）').waitFor();
    await user.getByRole('button', { name: '打开导航菜单' }).click();
    await user.getByRole('dialog').getByRole('link', { name: '修改密码' }).waitFor();

    // The admin sees the change: the user no longer has to change the password.
    await admin.reload();
    const card = admin.locator('.ant-list-item', { has: row });
    await card.getByText('启用中').waitFor();
    expect(await card.innerText()).not.toContain('待改密码');
  });
});
