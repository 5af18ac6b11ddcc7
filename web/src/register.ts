import { call } from './api';
import type { Language } from './i18n';

/** The boundary register as the API serves it (API.md, "Boundary register"). */
export type MarkerStatus = 'intact' | 'tilted' | 'damaged' | 'missing' | 'obscured';
export const MARKER_STATUSES: MarkerStatus[] = ['intact', 'tilted', 'damaged', 'missing', 'obscured'];

export interface BoundaryLine {
  code: string;
  name: string;
  level: string;
  sides: [string, string];
  townships: string[];
  geometry: { type: 'LineString'; coordinates: number[][] };
  lengthMeters: number;
  markerCount: number;
  agreementRef?: string;
}

export interface BoundaryMarker {
  code: string;
  lineCode: string;
  type: 'single' | 'double' | 'triple';
  location: { lat: number; lng: number };
  responsibleSide: string;
  status: MarkerStatus;
  history?: { at: string; status: MarkerStatus; by: string; source: string; ref?: string; note?: string }[];
}

export interface RegisterFeature {
  type: 'Feature';
  geometry: { type: 'LineString' | 'Point'; coordinates: number[] | number[][] };
  properties: Record<string, unknown> & { kind: 'line' | 'marker'; code: string };
}

export interface BaseMap {
  urlTemplate?: string;
  key?: string;
  subdomains?: string;
  attribution?: string;
}

const path = (code: string) => encodeURIComponent(code);

export const registerApi = {
  export: () => call<{ type: 'FeatureCollection'; features: RegisterFeature[] }>('GET', '/boundary/export'),
  lines: () => call<BoundaryLine[]>('GET', '/boundary/lines'),
  markers: (params: { line?: string; status?: string; page: number }) => {
    const query = new URLSearchParams({ page: String(params.page), pageSize: '50' });
    if (params.line) query.set('line', params.line);
    if (params.status) query.set('status', params.status);
    return call<{ items: BoundaryMarker[]; total: number }>('GET', `/boundary/markers?${query.toString()}`);
  },
  marker: (code: string) => call<BoundaryMarker>('GET', `/boundary/markers/${path(code)}`),
  reportStatus: (code: string, body: object) =>
    call<BoundaryMarker>('POST', `/boundary/markers/${path(code)}/status`, body),
  baseMap: () => call<BaseMap>('GET', '/boundary/basemap'),
};

/** The colours the map and the tables give each status: green is fine, the rest asks for work. */
export const STATUS_COLOURS: Record<MarkerStatus, string> = {
  intact: '#389e0d',
  tilted: '#d48806',
  damaged: '#cf1322',
  missing: '#595959',
  obscured: '#1677ff',
};

const ZH = {
  map: '界线地图',
  markers: '界桩',
  lines: '界线',
  openCases: '未结案件',
  openIncidents: '未处置事件',
  'status.intact': '完好',
  'status.tilted': '倾斜',
  'status.damaged': '损坏',
  'status.missing': '缺失',
  'status.obscured': '遮挡',
  'type.single': '单立',
  'type.double': '同号双立',
  'type.triple': '同号三立',
  'source.register': '登记',
  'source.import': '导入',
  'source.patrol': '巡查',
  'source.repair': '维修',
  'source.inspection': '联检',
  code: '编号',
  line: '所在界线',
  type: '类型',
  status: '状态',
  responsibleSide: '维护方',
  location: '位置',
  length: '长度',
  sides: '两侧',
  open: '打开',
  history: '状态记录',
  at: '时间',
  by: '记录人',
  source: '来源',
  ref: '记录编号',
  note: '说明',
  report: '报告状态',
  allLines: '全部界线',
  allStatuses: '全部状态',
  noBaseMap: '未配置底图：仅显示界线数据',
  legend: '图例',
};

const EN: Record<keyof typeof ZH, string> = {
  map: 'Boundary map',
  markers: 'Markers',
  lines: 'Lines',
  openCases: 'Open cases',
  openIncidents: 'Open incidents',
  'status.intact': 'Intact',
  'status.tilted': 'Tilted',
  'status.damaged': 'Damaged',
  'status.missing': 'Missing',
  'status.obscured': 'Obscured',
  'type.single': 'Single',
  'type.double': 'Double (same number)',
  'type.triple': 'Triple (same number)',
  'source.register': 'Register',
  'source.import': 'Import',
  'source.patrol': 'Patrol',
  'source.repair': 'Repair',
  'source.inspection': 'Joint inspection',
  code: 'Code',
  line: 'Line',
  type: 'Type',
  status: 'Status',
  responsibleSide: 'Maintained by',
  location: 'Location',
  length: 'Length',
  sides: 'Sides',
  open: 'Open',
  history: 'Status history',
  at: 'When',
  by: 'By',
  source: 'Source',
  ref: 'Reference',
  note: 'Note',
  report: 'Report status',
  allLines: 'All lines',
  allStatuses: 'All statuses',
  noBaseMap: 'No base map configured: register data only',
  legend: 'Legend',
};

export type RegisterKey = keyof typeof ZH;
const TEXT: Record<Language, Record<RegisterKey, string>> = { zh: ZH, en: EN };

/** The register pages' own words, so they travel with the pages. */
export const registerText =
  (language: Language) =>
  (key: RegisterKey): string =>
    TEXT[language][key];

export const formatLength = (meters: number, language: Language) =>
  meters >= 1000
    ? `${(meters / 1000).toFixed(2)} ${language === 'zh' ? '公里' : 'km'}`
    : `${Math.round(meters)} ${language === 'zh' ? '米' : 'm'}`;
