import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, newCase } from '../support/stack';
import { type ConsoleRun, SETUP_TIMEOUT_MS, expectNoSideScroll, startConsole } from './support/console';

interface CacheContents {
  names: string[];
  paths: string[];
}

/** What the browser keeps in Cache Storage for the console, by cache and by path. */
const cacheContents = (page: Page): Promise<CacheContents> =>
  page.evaluate(`(async () => {
    const names = await caches.keys();
    const paths = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return { names, paths };
  })()`);

/** Only the build and the public files: scripts, styles, icons, the manifest and the offline page. */
const SHELL_FILE =
  /^\/(assets\/[\w.-]+\.(js|css)|icons\/[\w.-]+\.(png|svg)|manifest\.webmanifest|offline\.html)$/;

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  // The worker claims the open page once it is active.
  await page.waitForFunction('navigator.serviceWorker.controller !== null');
}

describe('console: on the home screen, and offline without anyone’s data', () => {
  let run: ConsoleRun;
  beforeAll(async () => {
    run = await startConsole({ district: 'WO1' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('serves a web app manifest with name, icons, colours, standalone display and start address', async () => {
    const page = await run.open('phone');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = JSON.parse(await response.text());
    expect(manifest).toMatchObject({
      name: '界线纠纷调处与应急处置',
      short_name: '界线调处',
      lang: 'zh-CN',
      start_url: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const sizes of ['192x192', '512x512']) {
      expect(icons).toContainEqual(expect.objectContaining({ sizes, type: 'image/png', purpose: 'any' }));
    }
    expect(icons).toContainEqual(expect.objectContaining({ purpose: 'maskable', type: 'image/png' }));
    for (const icon of icons) {
      const file = await page.request.get(icon.src);
      expect(file.ok()).toBe(true);
      expect(file.headers()['content-type']).toBe(icon.type);
    }
  });

  it('serves the service worker and the offline page as files, never as the console’s page', async () => {
    const page = await run.open('phone');
    const asBrowser = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };
    const worker = await page.request.get('/sw.js', asBrowser);
    expect(worker.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    // A worker kept in a cache would hold back the next release.
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(await worker.text()).toContain("addEventListener('fetch'");
    const offline = await page.request.get('/offline.html', asBrowser);
    expect(offline.headers()['content-type']).toMatch(/^text\/html/);
    expect(await offline.text()).toContain('无网络连接');
    // The API's answers may not be kept by the browser at all.
    const mediator = await run.stack.as(run.district.users.mediator);
    expect((await mediator.get('/disputes').expect(200)).headers['cache-control']).toBe('no-store');
  });

  it('opens to the 无网络连接 page when the network is gone, and to the console when it is back', async () => {
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await waitForServiceWorker(page);
    await page.getByRole('heading', { name: '本乡镇案件（按最近期限排序）' }).waitFor();

    const { names, paths } = await cacheContents(page);
    expect(names).toEqual([expect.stringMatching(/^boundary-shell-/)]);
    expect(paths).toContain('/offline.html');
    // The cases on screen came from the API; none of its answers is kept.
    expect(paths.filter((path) => !SHELL_FILE.test(path))).toEqual([]);

    await page.context().setOffline(true);
    await page.goto('/cases');
    await page.getByRole('heading', { name: '无网络连接' }).waitFor();
    await expectNoSideScroll(page);
    await run.screenshot(page, 'phone-offline');

    await page.context().setOffline(false);
    await page.getByRole('link', { name: '重试' }).click();
    await page.getByRole('heading', { name: '本乡镇案件（按最近期限排序）' }).waitFor();
  });

  it('leaves nothing of the user behind on signing out, not even for a glimpse', async () => {
    const mediator = await run.stack.as(run.district.users.mediator);
    const mine = (await mediator.post('/disputes', newCase(run.district.townships[0])).expect(201)).body;
    const page = await run.signIn(run.district.users.mediator, 'phone');
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: mine.title }).waitFor();

    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录工作台' }).waitFor();
    expect(await page.evaluate("localStorage.getItem('boundary.session')")).toBeNull();
    const { names, paths } = await cacheContents(page);
    expect(names).toEqual([expect.stringMatching(/^boundary-shell-/)]);
    expect(paths.filter((path) => !SHELL_FILE.test(path))).toEqual([]);

    // The next person on this phone, while their own list is still on its way, sees none of the last one's.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/disputes?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('用户名').fill('mediator.b');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '本乡镇案件（按最近期限排序）' }).waitFor();
    expect(await page.getByText(mine.title).count()).toBe(0);
    await page.locator('main .ant-spin').waitFor();
    release();
    await page.locator('main .ant-spin').waitFor({ state: 'detached' });
    expect(await page.getByText(mine.title).count()).toBe(0);
  });
});
