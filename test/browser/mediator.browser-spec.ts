import { DataSource } from 'typeorm';
import { insertSyntheticCases, seededRandom, syntheticRow } from '../../bench/data';
import { type ConsoleRun, SETUP_TIMEOUT_MS, act, startConsole } from './support/console';

describe('console: a mediator takes a case from intake to close', () => {
  let run: ConsoleRun;
  beforeAll(async () => {
    run = await startConsole({ district: 'WM1' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('opens a case, reports it, mediates, signs the agreement and closes it', async () => {
    const page = await run.signIn(run.district.users.mediator);
    await page.getByRole('heading', { name: '本乡镇案件（按最近期限排序）' }).waitFor();
    await run.screenshot(page, 'mediator-cases');

    await page.getByRole('button', { name: '立案' }).click();
    await page.getByRole('heading', { name: '新立案件' }).waitFor();
    const title = `甲镇石门村与邻县王家村林地界线争议 ${Date.now()}`;
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('山林土地').check();
    await page.getByLabel('案情描述').fill('12号至15号界桩之间山林权属争议');
    await page.getByLabel('当事方名称 1').fill('石门村');
    await page.getByLabel('当事方名称 2').fill('王家村');
    // An unknown jurisdiction first: the API's own message must reach the user.
    await page.getByLabel('所属行政区 2').fill('X99');
    // The field says at once that no such jurisdiction exists; the API refuses it too.
    await page.locator('.jurisdiction-name', { hasText: '未知辖区' }).waitFor();
    await page.getByRole('button', { name: '立案' }).click();
    await page.getByRole('alert').filter({ hasText: '请求参数校验失败' }).waitFor();
    // …and the field it refused is marked where it was typed.
    await page.getByText('此项填写有误，请核对').waitFor();
    await run.screenshot(page, 'mediator-new-case-error');
    await page.getByLabel('所属行政区 2').fill('N01');
    await page.locator('.jurisdiction-name', { hasText: '邻县' }).waitFor();
    await page.getByRole('button', { name: '立案' }).click();

    await page.getByRole('heading', { name: title }).waitFor();
    await page.locator('[data-status="screening"]').waitFor();
    // Only what the contract allows while screening.
    for (const allowed of ['上报', '就地化解', '升级', '撤回']) {
      await page.getByRole('button', { name: allowed, exact: true }).waitFor();
    }
    expect(await page.getByRole('button', { name: '签订调解协议' }).count()).toBe(0);
    expect(await page.getByRole('timer').first().textContent()).toMatch(/^剩余 \d/);
    await run.screenshot(page, 'mediator-case-screening');

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
        await page.getByLabel('调解记录').fill('双方陈述意见，约定补充材料');
        await page.getByLabel('有进展').check();
      },
      'mediating',
    );
    await page.getByText('已调解 1 轮').waitFor();
    // A second round is a new form with a key of its own: it is recorded, not answered as the first.
    await act(
      page,
      '记录一轮调解',
      'action-record_round',
      async () => {
        await page.getByLabel('进行了实地踏勘').check();
        await page.getByLabel('查阅档案（每行一份）').fill('1998年勘界协议书');
        await page.getByLabel('调解记录').fill('双方同意以1998年勘界协议为准');
        await page.getByLabel('达成一致').check();
      },
      'mediating',
    );
    await page.getByText('已调解 2 轮').waitFor();
    await run.screenshot(page, 'mediator-case-mediating');

    await act(
      page,
      '签订调解协议',
      'action-sign_agreement',
      async () => {
        await page.getByLabel('协议条款').fill('以1998年勘界协议为准，重新埋设13号界桩');
        await page.getByLabel('签字方（每行一个）').fill('石门村委会\n王家村委会');
      },
      'agreed',
    );
    await act(
      page,
      '履行完毕并结案',
      'action-close',
      async () => {
        await page.getByLabel('协议已履行完毕').check();
        await page.getByLabel('归档编号').fill('DA-2026-017');
      },
      'closed',
    );
    await page.getByText('当前状态下没有可执行的操作').waitFor();
    for (const entry of ['立案', '上报', '启动联合调解', '记录调解', '签订协议', '结案']) {
      await page.locator('.ant-timeline').getByText(entry, { exact: false }).first().waitFor();
    }
    expect(await page.locator('.ant-steps-item-finish, .ant-steps-item-process').count()).toBe(5);
    await run.screenshot(page, 'mediator-case-closed');

    await page.getByRole('link', { name: '返回' }).click();
    await page.getByRole('link', { name: title }).waitFor();
  });

  it('serves the console for its own paths on reload and leaves the API’s paths to the API', async () => {
    const page = await run.signIn(run.district.users.mediator);
    await page.goto('/cases/new');
    await page.getByRole('heading', { name: '新立案件' }).waitFor();
    const asBrowser = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };
    const health = await page.request.get('/health', asBrowser);
    expect(health.headers()['content-type']).toMatch(/json/);
    const api = await page.request.get('/disputes', asBrowser);
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
    expect((await page.request.get('/docs', asBrowser)).ok()).toBe(true);
    expect((await page.request.get('/assets/missing.js', asBrowser)).status()).toBe(404);
  });

  it('switches to English, including the API’s messages', async () => {
    const page = await run.signIn(run.district.users.mediator);
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'My township’s cases (nearest deadline first)' }).waitFor();
    await page.getByRole('button', { name: 'Open a case' }).click();
    await page.getByLabel('Title').fill('Boundary marker 13');
    await page.getByLabel('Description').fill('Disputed forest between markers 12 and 15');
    await page.getByLabel('Party name 1').fill('Shimen');
    await page.getByLabel('Party name 2').fill('Wangjia');
    await page.getByLabel('Jurisdiction 2').fill('X99');
    await page.getByRole('button', { name: 'Open a case' }).click();
    await page.getByRole('alert').filter({ hasText: 'Validation failed' }).waitFor();
    await page.getByText('must be a known jurisdiction code').waitFor();
    await run.screenshot(page, 'mediator-english');
  });

  it('tells the bureau when more cases match than the list holds, and finds one by a two-character search', async () => {
    const { code, townships, users } = run.district;
    const random = seededRandom(2026);
    const rows = Array.from({ length: 1_050 }, (_, i) => {
      const row = syntheticRow(random, Date.now());
      const title = i === 0 ? '白鹭洲与青石岭山林界线争议' : row.state.title;
      return { ...row, state: { ...row.state, title, district: code, ownerJurisdiction: townships[1] } };
    });
    await insertSyntheticCases(run.stack.app.get(DataSource), rows);

    const page = await run.signIn(users.bureau, 'phone');
    await page.getByRole('heading', { name: '全部案件' }).waitFor();
    // The list holds the newest 100; the count stops at 1,000 and says so.
    await page
      .getByTestId('more-than-shown')
      .filter({ hasText: '显示最近的 100 项，共 1,000+ 项' })
      .waitFor();
    await run.screenshot(page, 'bureau-cases-more-than-shown');

    const search = page.getByRole('searchbox', { name: '搜索案件' });
    await search.fill('鹭洲');
    await search.press('Enter');
    await page.getByRole('link', { name: '白鹭洲与青石岭山林界线争议' }).waitFor();
    await page.getByTestId('more-than-shown').waitFor({ state: 'detached' });
    expect(await page.locator('.ant-list-item').count()).toBe(1);
  });
});
