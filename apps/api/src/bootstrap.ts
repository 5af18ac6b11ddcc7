import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { validateEnv } from '@boundary/config';
import { type NextFunction, type Request, type Response, json } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { OPENAPI_JSON_PATH, describeApi } from './openapi';

/**
 * Builds the configured application from an environment (validated here, once; a bad value names its
 * variable). main.ts listens on it; integration tests build one per stack with their own environment.
 */
export async function createApp(
  env: Record<string, string | undefined> = process.env,
): Promise<INestApplication> {
  const config = validateEnv(env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The console's component library and Swagger UI set inline styles; scripts stay same-origin only.
        // The map's optional base layer (MAP_TILE_URL) is the only image source from outside.
        directives: {
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', ...(config.baseMap ? [config.baseMap.cspSource] : [])],
        },
      },
    }),
  );
  // Answers carry people's cases: no browser (a phone passed from hand to hand) or proxy may keep a copy. The
  // console's own files, served below, set caching of their own.
  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('cache-control', 'no-store');
    next();
  });
  // A register import carries every vertex and marker of a district: far more than any other write.
  app.use('/boundary/import', json({ limit: '32mb', type: ['application/json', 'application/geo+json'] }));
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = describeApi(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH, raw: ['json'] });
  serveConsole(app, Object.keys(document.paths));
  return app;
}

/** `npm run build:web` writes the console here; without a build the API runs alone. */
const CONSOLE_DIR = resolve('web/dist');

/**
 * Serves the web console at `/`, with its service worker (sw.js) and web app manifest (manifest.webmanifest)
 * as static files of their own types. A page load of one of the console's own paths (`/cases/…`) gets index.html,
 * so reloads and shared links work. The first path segments of the API's routes, taken from the OpenAPI
 * document (so a new controller is covered by itself), and `/docs*` (Swagger UI, `/docs-json`) are never taken
 * over: a browser opening `/health` or `/disputes` still reaches the API. Registered before the API's routes,
 * which Nest adds at init.
 */
function serveConsole(app: NestExpressApplication, apiPaths: string[]): void {
  const indexFile = join(CONSOLE_DIR, 'index.html');
  if (!existsSync(indexFile)) return;
  const apiRoots = new Set(apiPaths.map((path) => path.split('/')[1]));
  app.useStaticAssets(CONSOLE_DIR, {
    // Vite puts a content hash into every file name under assets/; everything else (index.html, sw.js, the
    // manifest) must always be revalidated, so a release shows at once.
    setHeaders: (response, path) =>
      response.setHeader(
        'cache-control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPageLoad =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !apiRoots.has(request.path.split('/')[1]) &&
      !request.path.startsWith('/docs') &&
      // A file name (sw.js, a missing asset) is never answered with the page.
      extname(request.path) === '' &&
      request.accepts(['json', 'html']) === 'html';
    if (!isPageLoad) return next();
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(indexFile);
  });
}
