import { z } from 'zod';
import { contract } from '../core/contract';
import type { ErrorCode } from '../core/errors';
import { httpStatusOf } from '../core/errors';
import type { MethodSpec } from '../core/method';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(httpStatusOf) },
        message: { type: 'string' },
        fields: {
          type: 'array',
          items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

const errorResponses = (['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'] as ErrorCode[]).map((code) => [
  String(httpStatusOf[code]),
  { description: code, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
]);

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

/** The OpenAPI 3.1 document, generated from the contract: it cannot drift from what is served. */
export function openApiDocument(version: string) {
  const paths = Object.fromEntries(
    Object.entries(contract as Record<string, MethodSpec>).map(([name, spec]) => [
      `/api/v1/${name}`,
      {
        post: {
          operationId: name,
          summary: spec.summary,
          tags: [name.split('.')[0]],
          'x-roles': spec.roles,
          requestBody: { required: false, content: { 'application/json': { schema: jsonSchema(spec.input, 'input') } } },
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(spec.output, 'output') } } },
            ...Object.fromEntries(errorResponses),
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Presidio API', version, description: 'Every method is POST /api/v1/<method> with a JSON body.' },
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: { Error: errorSchema } },
    paths: {
      '/api/v1/health': {
        get: { operationId: 'health', summary: 'Liveness, without authentication', security: [], responses: { '200': { description: 'OK' } } },
      },
      ...paths,
    },
  };
}
