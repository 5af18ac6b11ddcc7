export type Cell = string | number | null;

const quote = (cell: Cell): string => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 with CRLF line ends, which is what Excel writes and reads best. */
export const toCsv = (rows: Cell[][]): string => rows.map((row) => row.map(quote).join(',')).join('\r\n');

/**
 * Saves the rows as a CSV file. The UTF-8 byte order mark is what makes Excel on Chinese Windows read the file
 * as UTF-8 instead of GBK, so the Chinese labels survive.
 */
export function downloadCsv(fileName: string, rows: Cell[][]): void {
  const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
