// Renders the console's icon, web/public/icons/icon.svg, into the PNGs that the web app manifest and iOS ask
// for. Run it (node scripts/make-icons.mjs) after changing the SVG and commit the PNGs: the build uses them as
// they are, so it needs no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from './lib/services.mjs';

const ICONS = join(REPO_ROOT, 'web/public/icons');
const BACKGROUND = '#001529';
// A maskable icon and Apple's touch icon are cut to the platform's own shape, so their corners must be filled.
const TARGETS = [
  { file: 'icon-192.png', size: 192, fill: false },
  { file: 'icon-512.png', size: 512, fill: false },
  { file: 'icon-maskable-512.png', size: 512, fill: true },
  { file: 'apple-touch-icon.png', size: 180, fill: true },
];

const svg = readFileSync(join(ICONS, 'icon.svg')).toString('base64');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const { file, size, fill } of TARGETS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:${fill ? BACKGROUND : 'transparent'}">` +
        `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((image) => image.decode());
    await page.screenshot({ path: join(ICONS, file), omitBackground: !fill });
    console.log(`web/public/icons/${file}`);
  }
} finally {
  await browser.close();
}
