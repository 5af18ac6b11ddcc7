import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface MediaType {
  schema?: object;
}

interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: Operation;
}

/** The base URI under which the document's components are registered, so `#/components/…` refs resolve. */
const DOCUMENT_ID = 'openapi.json';

/**
 * Closes every object schema that lists its properties: Nest leaves `additionalProperties` open, and an
 * answer carrying a field the document does not name must fail, not pass unnoticed.
 */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (schema === null || typeof schema !== 'object') return schema;
  const closed = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closeObjects(value)]));
  if ('properties' in closed && !('additionalProperties' in closed)) closed.additionalProperties = false;
  return closed;
}

const isJson = (mediaType: string): boolean =>
  mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);

const withDocumentRefs = (schema: object): object =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`));

/**
 * Checks real answers against an OpenAPI 3.0 document: the route and method must be documented, the status
 * declared for them, and a JSON body must match the declared schema (objects closed, formats checked).
 */
export class OpenApiResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();
  /** `METHOD /template STATUS` of every answer checked. */
  readonly exercised = new Set<string>();

  constructor(document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: closeObjects(document.components ?? {}) }, DOCUMENT_ID);
    this.routes = Object.entries(document.paths)
      .flatMap(([template, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          operation,
        })),
      )
      // `/disputes/{id}` must not swallow a literal sibling such as a future `/disputes/export`.
      .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** Every documented operation as `METHOD /template`. */
  operations(): string[] {
    return this.routes.map((route) => `${route.method} ${route.template}`);
  }

  /** What is wrong with one answer; empty when it is what the document says. */
  problems(method: string, url: string, status: number, contentType: string | undefined, body: unknown) {
    const path = new URL(url, 'http://api.invalid').pathname;
    const route = this.routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(path));
    if (!route) return [`${method} ${path} is not in the document`];
    const operation = `${route.method} ${route.template}`;
    this.exercised.add(`${operation} ${status}`);
    const response = route.operation.responses[String(status)];
    if (!response) {
      const declared = Object.keys(route.operation.responses).join(', ');
      return [`${operation} answered ${status}, which the document does not declare (only ${declared})`];
    }
    // JSON answers come as application/json, or as a JSON type of their own (GeoJSON: application/geo+json).
    const mediaType = contentType?.split(';')[0].trim();
    // A document (the 联检报告 PDF) is declared as a binary string of its media type: the type is the check.
    const declaredFile = response.content?.[mediaType ?? '']?.schema as { format?: string } | undefined;
    if (mediaType && !isJson(mediaType) && declaredFile?.format === 'binary') return [];
    const declared = Object.keys(response.content ?? {}).filter(isJson);
    if (declared.length === 0) return [`${operation} ${status} declares no JSON schema for its body`];
    if (!mediaType || !declared.includes(mediaType)) {
      return [
        `${operation} ${status} answered ${contentType ?? 'no content type'}, not ${declared.join(' or ')}`,
      ];
    }
    const schema = response.content?.[mediaType]?.schema;
    if (!schema) return [`${operation} ${status} declares no schema for ${mediaType}`];
    const validate = this.validatorFor(`${operation} ${status}`, schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${operation} ${status}: body${error.instancePath} ${error.message}` +
        (error.keyword === 'additionalProperties'
          ? ` (${(error.params as { additionalProperty: string }).additionalProperty})`
          : ''),
    );
  }

  private validatorFor(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(withDocumentRefs(closeObjects(schema) as object));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
