import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { type District, seedDistrict } from '../../support/organisation';
import { DEMO_PASSWORD, type Stack, startStack } from '../../support/stack';

const REPO_ROOT = resolve(__dirname, '../../..');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Browser spec files run in parallel; apt-get and the console build must not. */
const SETUP_LOCK = join(tmpdir(), 'boundary-browser-setup.lock');

/** Generous: the first run on a machine installs Chromium and builds the console. */
export const SETUP_TIMEOUT_MS = 600_000;

/**
 * Chromium, and a Chinese font: without one every label in the screenshots is a row of boxes. Installed only
 * when missing (CI machines start without them).
 */
function ensureChromium(): void {
  const hasChineseFont = () => {
    try {
      return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
    } catch {
      return false; // no fontconfig yet: it comes with Chromium
    }
  };
  if (existsSync(CHROMIUM) && hasChineseFont()) return;
  execFileSync(
    'flock',
    [
      SETUP_LOCK,
      'sh',
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** The API serves web/dist only if it exists when the app is created, so this runs before the stack starts. */
function ensureConsoleBuilt(): void {
  execFileSync(
    'flock',
    [
      SETUP_LOCK,
      process.execPath,
      '--input-type=module',
      '-e',
      "import { ensureWebBuilt } from './scripts/lib/web.mjs'; await ensureWebBuilt();",
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** A phone held upright (the size of a common mid-range model) and an office screen. */
export const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1440, height: 900 } },
} as const;
export type Device = keyof typeof DEVICES;

export interface ConsoleRun {
  stack: Stack;
  district: District;
  browser: Browser;
  baseUrl: string;
  /** A fresh browser context (own storage, so nobody signed in) on the device, at the console's front page. */
  open(device?: Device): Promise<Page>;
  /** A fresh browser context signed in as `username`. */
  signIn(username: string, device?: Device): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The page fits the screen: nothing makes it scroll sideways. */
export async function expectNoSideScroll(page: Page): Promise<void> {
  // A string, since this project's tests compile without the DOM's types.
  const { scrollWidth, innerWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  )) as { scrollWidth: number; innerWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/**
 * Takes a case or incident through one action: opens the action's form, fills it, submits it with the action's
 * own button inside the form and waits for the status it leads to.
 */
export async function act(
  page: Page,
  action: string,
  formName: string,
  fill: () => Promise<void>,
  status: string,
): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.locator(`form#${formName}`);
  await form.waitFor();
  await fill();
  await form.getByRole('button', { name: action, exact: true }).click();
  await page.locator(`[data-status="${status}"]`).waitFor();
}

/**
 * Goes to one of the signed-in user's pages the way a person would: through the header on a wide screen, through
 * the drawer behind the menu button on a phone.
 */
export async function navigate(page: Page, name: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: '打开导航菜单' });
  if (await menuButton.isVisible()) {
    await menuButton.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('navigation').getByRole('link', { name }).click();
    await drawer.waitFor({ state: 'hidden' });
  } else {
    await page.getByRole('navigation').getByRole('link', { name }).click();
  }
}

/**
 * The API and a worker listening on a real port with the built console, a district of the spec's own, and a
 * headless Chromium.
 */
export async function startConsole({
  district: code,
  policy,
}: {
  district: string;
  policy?: string;
}): Promise<ConsoleRun> {
  ensureChromium();
  ensureConsoleBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  const stack = await startStack({ policy });
  const district = await seedDistrict(stack.app.get(DataSource), code);
  await stack.app.listen(0, '127.0.0.1');
  const { port } = stack.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // headless: true adds --headless.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const contexts: BrowserContext[] = [];

  const open = async (device: Device = 'desktop') => {
    const context = await browser.newContext({
      ...DEVICES[device],
      baseURL: baseUrl,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    return page;
  };

  return {
    stack,
    district,
    browser,
    baseUrl,
    open,
    async signIn(username, device = 'desktop') {
      const page = await open(device);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      // Enter, not a click: the form must work from the keyboard.
      await page.getByLabel('密码').press('Enter');
      // Signed in: the header offers the way out, or (on a phone, or for a long navigation) the menu that holds it.
      await page
        .getByRole('button', { name: device === 'phone' ? '打开导航菜单' : /^(退出登录|打开导航菜单)$/ })
        .first()
        .waitFor();
      return page;
    },
    async screenshot(page, name) {
      // Countdowns tick and messages fade: a shot of a page still settling shows half-drawn cards.
      await page.evaluate('document.fonts.ready.then(() => true)');
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
    },
    async stop() {
      for (const context of contexts) await context.close();
      await browser.close();
      await stack.stop();
    },
  };
}
