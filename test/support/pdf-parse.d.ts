/** pdf-parse's parser without its package entry (which reads a sample file when loaded outside a parent). */
declare module 'pdf-parse/lib/pdf-parse.js' {
  function pdfParse(data: Buffer): Promise<{ text: string; numpages: number; info: Record<string, unknown> }>;
  export = pdfParse;
}
