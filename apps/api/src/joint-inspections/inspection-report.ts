import type { JointInspection } from '@boundary/workflows';
import PDFDocument from 'pdfkit';

/** One problem of the inspection and how it was struck off (销号), as the report lists it. */
export interface ReportFinding {
  markerCode?: string;
  description: string;
  /** 整改情况: what was done, or what remains. */
  closeOut: string;
  closed: boolean;
}

/** Where the report's findings come from: the problem ledger's entries the inspection's patrols opened. */
export interface InspectionFindings {
  forInspection(inspection: JointInspection): Promise<ReportFinding[]>;
}
export const INSPECTION_FINDINGS = Symbol('INSPECTION_FINDINGS');

export const CONDITION_ZH: Record<string, string> = {
  intact: '完好',
  tilted: '倾斜',
  damaged: '损坏',
  missing: '缺失',
  obscured: '被遮挡',
};

export interface ReportNames {
  line: string;
  jurisdiction(code: string): string;
}

/** The ideographic space a Chinese form puts between fields. */
const GAP = '\u3000';

const dateOf = (iso?: string): string => (iso ? iso.slice(0, 10) : '—');
export const timeOf = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * The 联检报告 as a bureau files it, in PDF with the CJK font embedded: the line, the period, both sides'
 * teams, every marker with its condition and repairs, the findings and their close-out, both signatures.
 */
export function renderInspectionReport(
  inspection: JointInspection,
  findings: ReportFinding[],
  names: ReportNames,
  font: { path: string; family?: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${names.line}联合检查报告`, Subject: inspection.id, Creator: 'boundary' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.family);
  doc.font('cjk');

  const heading = (text: string) => doc.moveDown(0.8).fontSize(13).text(text).moveDown(0.3).fontSize(10.5);
  const [sideA, sideB] = inspection.sides;
  const sideName = (code: string) => `${names.jurisdiction(code)}（${code}）`;

  doc.fontSize(18).text('行政区域界线联合检查报告', { align: 'center' });
  doc.moveDown(0.3).fontSize(10.5).text(inspection.title, { align: 'center' });

  heading('一、界线与检查期间');
  doc.text(`界线：${names.line}（${inspection.lineCode}）`);
  doc.text(`双方：${sideName(sideA)}、${sideName(sideB)}`);
  doc.text(`计划期间：${dateOf(inspection.plannedFrom)} 至 ${dateOf(inspection.plannedTo)}`);
  doc.text(`实地检查：${dateOf(inspection.fieldWorkFrom)} 至 ${dateOf(inspection.fieldWorkTo)}`);

  heading('二、联检组');
  for (const side of inspection.sides) {
    const members = (inspection.teams ?? []).filter((t) => t.side === side).flatMap((t) => t.members);
    doc.text(`${sideName(side)}：${members.length > 0 ? members.join('、') : '—'}`);
  }

  heading('三、界桩检查情况');
  const { markersChecked, markersPlanned, percent } = inspection.progress;
  doc.text(`应检界桩 ${markersPlanned} 个，已检 ${markersChecked} 个，完成 ${percent}%。`);
  doc.moveDown(0.3);
  const checked = new Map(inspection.markers.map((m) => [m.code, m]));
  const codes = [...new Set([...inspection.markerCodes, ...inspection.markers.map((m) => m.code)])];
  codes.forEach((code, index) => {
    const marker = checked.get(code);
    const condition = marker ? (CONDITION_ZH[marker.condition] ?? marker.condition) : '未检查';
    const repairs = marker?.repairs?.length ? marker.repairs.join('、') : '无';
    doc.text(
      `${index + 1}. 界桩 ${code}${GAP}状况：${condition}${GAP}维护：${repairs}${marker ? `${GAP}检查日期：${dateOf(marker.checkedAt)}` : ''}`,
    );
  });

  heading('四、发现问题及整改销号');
  if (findings.length === 0) doc.text('未发现问题。');
  findings.forEach((finding, index) => {
    doc.text(
      `${index + 1}. ${finding.description}${GAP}整改情况：${finding.closeOut}${finding.closed ? '（已销号）' : ''}`,
    );
  });

  heading('五、双方签署');
  for (const side of inspection.sides) {
    const signature = inspection.signatures.find((s) => s.side === side);
    doc.text(
      `${sideName(side)}民政局：${signature ? `${signature.by}${GAP}签署时间：${timeOf(signature.at)}` : '未签署'}`,
    );
  }
  if (inspection.archiveRef) {
    doc
      .moveDown(0.5)
      .text(`归档编号：${inspection.archiveRef}${GAP}归档日期：${dateOf(inspection.archivedAt)}`);
  }
  doc.end();
  return done;
}
