import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { validateEnv } from '@boundary/config';
import { AppModule } from './app.module';

/** Where the served document is, beside the Swagger UI at `/docs`. */
export const OPENAPI_JSON_PATH = '/docs-json';

/** The OpenAPI document of the routes `app` has, the same for the served API and the exported file. */
export function describeApi(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('行政区域界线纠纷调处与应急处置 API')
      .setDescription(
        [
          '行政区域界线纠纷调处与应急处置工作流引擎 / Boundary dispute mediation and emergency response.',
          '',
          '错误体 / errors: `{ statusCode, error, message, details? }`；message 为中文，`Accept-Language: en` 时为英文。',
          '除登录与健康检查外，每个接口都需要 `Authorization: Bearer <accessToken>`（否则 401）。',
        ].join('\n'),
      )
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
}

/**
 * The document without any backing service: a preview application registers the modules and controllers but
 * runs no provider factory, so nothing connects to PostgreSQL, Redis or Temporal. The secrets only satisfy the
 * validation; nothing is signed.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const config = validateEnv({
    NODE_ENV: 'test',
    JWT_SECRET: 'document-only, never signs',
    ALERT_WEBHOOK_SECRET: 'document-only, never signs',
  });
  const app = await NestFactory.create(AppModule.register(config), { preview: true, logger: false });
  return describeApi(app);
}
