import { newCase } from '../support/stack';
import { type ConsoleRun, SETUP_TIMEOUT_MS, navigate, startConsole } from './support/console';

/** The demo register (libs/persistence/src/boundary/demo-register.ts): twenty markers on three lines. */
const DEMO_MARKERS = [
  ...Array.from({ length: 14 }, (_, i) => `JZ-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 6 }, (_, i) => `JZ-${21 + i}`),
];

describe('console: the boundary map', () => {
  let run: ConsoleRun;
  let caseId: string;
  beforeAll(async () => {
    run = await startConsole({ district: 'MAP1' });
    const mediator = await run.stack.as('mediator.a');
    const opened = await mediator
      .post(
        '/disputes',
        newCase('T01', {
          title: '地图测试：6号界桩附近林地争议',
          location: { lat: 27.931, lng: 112.538 },
          lineCode: 'L-D01-N01-1',
        }),
      )
      .expect(201);
    caseId = opened.body.id;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  it('draws the demo markers coloured by status from the register alone, and a click opens a marker', async () => {
    const page = await run.signIn('bureau');
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(run.baseUrl) && !request.url().startsWith('data:'))
        outside.push(request.url());
    });
    await navigate(page, '界线地图');
    await page.locator('path.marker-JZ-12').waitFor();
    for (const code of DEMO_MARKERS) await page.locator(`path.marker-${code}`).waitFor({ state: 'attached' });
    await expect(page.locator('path.marker-JZ-12').getAttribute('fill')).resolves.toBe('#d48806');
    await expect(page.locator('path.marker-JZ-01').getAttribute('fill')).resolves.toBe('#389e0d');
    await page.locator('.map-case').first().waitFor();
    await run.screenshot(page, 'bureau-boundary-map');

    await page.locator('path.marker-JZ-12').click();
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText('界桩 JZ-12').waitFor();
    await popup.getByText('状态：倾斜').waitFor();
    await popup.getByRole('link', { name: '查看' }).click();
    await page.waitForURL('**/markers/JZ-12');
    await page.getByRole('cell', { name: '登记' }).waitFor();
    await page.getByText('L-D01-N01-2').waitFor();
    await run.screenshot(page, 'bureau-marker-JZ-12');
    // No base map is configured: the map never reached for tiles.
    expect(outside).toEqual([]);
  });

  it('links an open case on the map to its page', async () => {
    const page = await run.signIn('mediator.a');
    await page.goto('/map');
    await page.locator('.map-case').first().waitFor();
    await page.locator('.map-case').first().click();
    await page.locator('.leaflet-popup-content').getByText('地图测试：6号界桩附近林地争议').waitFor();
    await page.locator('.leaflet-popup-content').getByRole('link', { name: '查看' }).click();
    await page.waitForURL(`**/cases/${caseId}`);
  });

  it('records a repair from the marker page and shows it in the history', async () => {
    const page = await run.signIn('mediator.b');
    await page.goto('/markers/JZ-24');
    // antd draws the chosen option over its combobox input.
    await page.getByLabel('来源').click({ force: true });
    await page.getByTitle('维修').click();
    await page.getByLabel('状态', { exact: true }).click({ force: true });
    await page.getByTitle('完好').click();
    await page.getByLabel('记录编号').fill('WX-2024-09');
    await page.getByRole('button', { name: '报告状态' }).click();
    await page.getByRole('cell', { name: 'WX-2024-09' }).waitFor();
  });

  it('fills a phone screen with the map', async () => {
    const page = await run.signIn('mediator.a');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/map');
    await page.locator('path.marker-JZ-01').waitFor();
    const box = await page.getByTestId('register-map').boundingBox();
    // Edge to edge, from under the header bar to the bottom of the screen.
    expect(box).toMatchObject({ x: 0, y: 64, width: 390, height: 844 - 64 });
    await run.screenshot(page, 'mediator-map-phone');
  });
});
