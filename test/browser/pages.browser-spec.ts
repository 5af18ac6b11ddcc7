import type { Role } from '../../web/src/api';
import { translator } from '../../web/src/i18n';
import { type PageRoute, ROUTES, navigationOf } from '../../web/src/routes';
import type { Locator, Page } from 'playwright-core';
import { newCase } from '../support/stack';
import {
  type ConsoleRun,
  DEVICES,
  type Device,
  SETUP_TIMEOUT_MS,
  expectNoSideScroll,
  navigate,
  startConsole,
} from './support/console';

/**
 * The user who opens a page: the first role whose navigation lists it (the admin last: its pages are the
 * admin's alone), else the bureau, who may open every other page.
 */
const ROLES: Role[] = ['mediator', 'bureau', 'leader', 'admin'];
const roleFor = (route: PageRoute) => ROLES.find((role) => route.nav?.[role]) ?? 'bureau';
const t = translator('zh');

/**
 * Every page of the route table, on a phone and on a desktop screen: it loads, fits the screen without
 * scrolling sideways, and its navigation entry can be reached. A page added to the table is covered here by
 * that alone; one with a parameter in its path needs an example address below, or its test says so.
 */
describe('console: every page on a phone and a desktop screen', () => {
  let run: ConsoleRun;
  const examples: Record<string, string> = {};

  beforeAll(async () => {
    run = await startConsole({ district: 'WP1' });
    const bureau = await run.stack.as(run.district.users.bureau);
    const dispute = await bureau.post('/disputes', newCase(run.district.townships[0])).expect(201);
    examples['/cases/:id'] = `/cases/${dispute.body.id}`;
    const incident = await bureau
      .post('/incidents', {
        title: '界桩附近村民聚集',
        type: '群体性聚集',
        severity: 'III',
        jurisdiction: run.district.townships[0],
        description: '约二十人聚集',
      })
      .expect(201);
    examples['/emergencies/:id'] = `/emergencies/${incident.body.id}`;
    const [east, west] = run.district.townships;
    await bureau
      .post('/boundary/lines', {
        code: 'L-WP1',
        name: '甲镇—乙乡界线',
        level: 'township',
        sides: [east, west],
        geometry: {
          type: 'LineString',
          coordinates: [
            [112.7, 27.8],
            [112.71, 27.81],
          ],
        },
      })
      .expect(201);
    await bureau
      .post('/boundary/markers', {
        code: 'JZ-WP1-01',
        lineCode: 'L-WP1',
        type: 'single',
        location: { lat: 27.8, lng: 112.7 },
        responsibleSide: east,
      })
      .expect(201);
    examples['/markers/:code'] = '/markers/JZ-WP1-01';
    const plan = await bureau
      .post('/patrol-plans', {
        title: '甲镇界桩巡查',
        dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        targets: [{ jurisdiction: east, lineCodes: ['L-WP1'], markerCodes: [] }],
      })
      .expect(201);
    examples['/plans/:id'] = `/plans/${plan.body.id}`;
    const patrol = await bureau
      .post('/patrols', {
        planId: plan.body.id,
        lineCode: 'L-WP1',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: new Date().toISOString(),
        team: ['张三'],
        markers: [{ code: 'JZ-WP1-01', condition: 'tilted' }],
      })
      .expect(201);
    examples['/ledger/:id'] = `/ledger/${patrol.body.findingIds[0]}`;
    // A joint inspection needs a county line: one between WP1 and a neighbouring county of its own.
    await (
      await run.stack.as('admin')
    )
      .post('/jurisdictions', { code: 'WP1X', name: '毗邻县', level: 'district', parentCode: null })
      .expect((response) => expect([201, 409]).toContain(response.status));
    await bureau
      .post('/boundary/lines', {
        code: 'L-WP1-X',
        name: '甲县—毗邻县界线',
        level: 'county',
        sides: ['WP1', 'WP1X'],
        geometry: {
          type: 'LineString',
          coordinates: [
            [112.72, 27.8],
            [112.73, 27.81],
          ],
        },
      })
      .expect(201);
    const inspection = await bureau
      .post('/joint-inspections', {
        lineCode: 'L-WP1-X',
        title: '甲县—毗邻县界线联检',
        plannedFrom: '2026-12-01',
        plannedTo: '2026-12-31',
      })
      .expect(201);
    examples['/inspections/:id'] = `/inspections/${inspection.body.id}`;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => run?.stop());

  // One sign-in per user and screen: signing in for every page would run into the login rate limit.
  const sessions = new Map<string, Page>();
  async function signedIn(role: Role, device: Device): Promise<Page> {
    const key = `${role} ${device}`;
    let page = sessions.get(key);
    if (page) await page.goto('/');
    else {
      // The district has no admin of its own: the demo admin, who belongs to none.
      page = await run.signIn(role === 'admin' ? 'admin' : run.district.users[role], device);
      sessions.set(key, page);
    }
    return page;
  }

  const cases = ROUTES.flatMap((route) =>
    (Object.keys(DEVICES) as Device[]).map((device): [string, Device, PageRoute] => [
      route.id,
      device,
      route,
    ]),
  );

  it.each(cases)('%s on a %s', async (_id, device, route: PageRoute) => {
    const role = roleFor(route);
    if (route.public) {
      await visit(await run.open(device), route, device);
      return;
    }
    const page = await signedIn(role, device);
    if (route.nav?.[role]) {
      // Reached through the navigation, as its users find it; the role's home page is where signing in lands.
      if (navigationOf(role)[0].id !== route.id) await navigate(page, t(route.title));
    } else {
      const address = route.path.includes(':') ? examples[route.path] : route.path;
      if (!address) throw new Error(`no example address for ${route.path}: add one in beforeAll`);
      await page.goto(address);
    }
    await visit(page, route, device);
    // The whole navigation is at hand from every page: in the header, or in the drawer on a phone.
    const entries = navigationOf(role).map((entry) => t(entry.title));
    // The inbox's entry carries its unread count on a line of its own.
    const labels = async (links: Locator) => (await links.allInnerTexts()).map((text) => text.split('\n')[0]);
    // A phone, or a role with more entries than a desktop header holds, has them in the drawer.
    const menuButton = page.getByRole('button', { name: '打开导航菜单' });
    if (device === 'phone' || (await menuButton.isVisible())) {
      await menuButton.click();
      const links = page.getByRole('dialog').getByRole('navigation').getByRole('link');
      await links.first().waitFor();
      expect(await labels(links)).toEqual(entries);
      await expectNoSideScroll(page);
      await run.screenshot(page, `page-${route.id}-${device}-navigation`);
      await page.getByRole('button', { name: '关闭导航菜单' }).click();
    } else {
      expect(await labels(page.getByRole('navigation').getByRole('link'))).toEqual(entries);
    }
  });

  async function visit(page: Page, route: PageRoute, device: Device) {
    await page.locator('main h1').waitFor();
    await page.locator('main .ant-spin').first().waitFor({ state: 'detached' });
    expect(await page.title()).toMatch(/界线纠纷调处与应急处置$/);
    await expectNoSideScroll(page);
    await run.screenshot(page, `page-${route.id}-${device}`);
    if (device === 'phone') {
      // The narrowest phones still in use are 360 px wide.
      const { viewport } = DEVICES.phone;
      await page.setViewportSize({ width: 360, height: viewport.height });
      await expectNoSideScroll(page);
      await page.setViewportSize(viewport);
    }
  }
});
