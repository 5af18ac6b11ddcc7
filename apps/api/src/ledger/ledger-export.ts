import type { Finding, FindingKind } from '@boundary/workflows';
import { REPAIR_WORK_ZH } from '@boundary/workflows';
import ExcelJS from 'exceljs';
import { FINDING_STATUS_ZH } from './findings.service';

export const FINDING_KIND_ZH: Record<FindingKind, string> = {
  marker: '界桩问题',
  line_unclear: '界线不清',
  encroachment: '越界侵占',
  construction: '界线附近施工',
  other: '其他',
};

/** The ledger's columns as boundary offices keep them (台账). */
export const LEDGER_HEADERS = [
  '序号',
  '问题类型',
  '界线',
  '界桩',
  '发现时间',
  '责任单位',
  '整改时限',
  '整改情况',
  '销号时间',
] as const;

const TITLE = '行政区域界线巡查问题台账';

/** Dates as the offices write them, in China Standard Time. */
const day = (iso?: string): string =>
  iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10) : '';

function progressOf(finding: Finding): string {
  const status = FINDING_STATUS_ZH[finding.status];
  const rectification = finding.rectification;
  if (!rectification) return status;
  const repair = rectification.repair ? `（${REPAIR_WORK_ZH[rectification.repair.work]}）` : '';
  return `${status}：${rectification.summary}${repair}`;
}

/** One row per finding, numbered from 1, under a title row and the header row. */
export async function ledgerWorkbook(
  findings: Finding[],
  townshipName: (code: string) => string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'boundary';
  const sheet = workbook.addWorksheet('问题台账', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [6, 14, 16, 10, 12, 14, 12, 36, 12].map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, LEDGER_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = TITLE;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.addRow([...LEDGER_HEADERS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  findings.forEach((finding, index) => {
    const rectify = [...finding.deadlines].reverse().find((deadline) => deadline.kind === 'rectify');
    const row = sheet.addRow([
      index + 1,
      FINDING_KIND_ZH[finding.kind],
      finding.lineCode ?? '',
      finding.markerCode ?? '',
      day(finding.foundAt),
      townshipName(finding.jurisdiction),
      day(rectify?.dueAt),
      progressOf(finding),
      day(finding.closedAt),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
