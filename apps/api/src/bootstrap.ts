import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validateEnv } from '@boundary/config';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';

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
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('行政区域界线纠纷调处与应急处置 API')
      .setDescription(
        'Boundary dispute mediation and emergency response. 错误体 / errors: { statusCode, error, message, details? }',
      )
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
