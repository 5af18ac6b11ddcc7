import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import type request from 'supertest';

/** Collects a binary answer (a PDF) into a Buffer instead of letting supertest parse it as text. */
export const binary = (test: request.Test): request.Test =>
  test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The text a PDF reader extracts from a document: what a bureau's clerk would copy out of it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfParse(pdf)).text;
}
