import type { BoundaryLineWrite, BoundaryMarker, MarkerStatus, MarkerType } from './model';

/**
 * A small, invented boundary for the demo organisation (not a real place, though plausibly shaped): the
 * county line between 示范区 D01 and 邻县 N01 in two sections, along 东坪镇 T01 and 西河乡 T02, and the
 * township line between T01 and T02 running north from the tri-junction marker JZ-08. Markers stand at the
 * turning points they fix; a few are tilted, damaged or overgrown so the map and the ledger have work.
 */
type Stake = [
  code: string,
  lng: number,
  lat: number,
  responsibleSide: string,
  type?: MarkerType,
  status?: MarkerStatus,
];

const EAST_PING: Stake[] = [
  ['JZ-01', 112.5, 27.942, 'D01'],
  ['JZ-02', 112.5085, 27.9388, 'N01'],
  ['JZ-03', 112.516, 27.9401, 'D01'],
  ['JZ-04', 112.5242, 27.9352, 'N01', 'double'],
  ['JZ-05', 112.531, 27.933, 'D01', 'single', 'damaged'],
  ['JZ-06', 112.5395, 27.9296, 'N01'],
  ['JZ-07', 112.5461, 27.9318, 'D01'],
  ['JZ-08', 112.553, 27.9275, 'N01', 'triple'],
];
const XI_HE: Stake[] = [
  ['JZ-09', 112.5612, 27.9249, 'D01'],
  ['JZ-10', 112.5688, 27.9263, 'N01', 'single', 'obscured'],
  ['JZ-11', 112.577, 27.9215, 'D01', 'double'],
  ['JZ-12', 112.5843, 27.919, 'N01', 'single', 'tilted'],
  ['JZ-13', 112.5921, 27.9202, 'D01'],
  ['JZ-14', 112.6, 27.916, 'N01'],
];
const TOWNSHIPS: Stake[] = [
  ['JZ-21', 112.5541, 27.935, 'T01'],
  ['JZ-22', 112.5519, 27.9431, 'T02'],
  ['JZ-23', 112.556, 27.9507, 'T01'],
  ['JZ-24', 112.5548, 27.959, 'T02', 'single', 'tilted'],
  ['JZ-25', 112.5587, 27.9668, 'T01'],
  ['JZ-26', 112.5575, 27.975, 'T02'],
];
const JUNCTION = EAST_PING[EAST_PING.length - 1];

const path = (stakes: Stake[]) => stakes.map(([, lng, lat]) => [lng, lat]);

const LINES: BoundaryLineWrite[] = [
  {
    code: 'L-D01-N01-1',
    name: '示范区—邻县界线 东坪段（演示数据）',
    level: 'county',
    sides: ['D01', 'N01'],
    townships: ['T01'],
    districts: ['D01', 'N01'],
    geometry: { type: 'LineString', coordinates: path(EAST_PING) },
    agreementRef: '演示-界线协议书-2003-01',
  },
  {
    code: 'L-D01-N01-2',
    name: '示范区—邻县界线 西河段（演示数据）',
    level: 'county',
    sides: ['D01', 'N01'],
    townships: ['T02'],
    districts: ['D01', 'N01'],
    geometry: { type: 'LineString', coordinates: path([JUNCTION, ...XI_HE]) },
    agreementRef: '演示-界线协议书-2003-01',
  },
  {
    code: 'L-T01-T02',
    name: '东坪镇—西河乡界线（演示数据）',
    level: 'township',
    sides: ['T01', 'T02'],
    townships: ['T01', 'T02'],
    districts: ['D01'],
    geometry: { type: 'LineString', coordinates: path([JUNCTION, ...TOWNSHIPS]) },
  },
];

const markersOf = (lineCode: string, stakes: Stake[]): BoundaryMarker[] =>
  stakes.map(([code, lng, lat, responsibleSide, type = 'single', status = 'intact']) => ({
    code,
    lineCode,
    type,
    location: { lat, lng },
    responsibleSide,
    status,
  }));

export const DEMO_REGISTER = {
  lines: LINES,
  markers: [
    ...markersOf('L-D01-N01-1', EAST_PING),
    ...markersOf('L-D01-N01-2', XI_HE),
    ...markersOf('L-T01-T02', TOWNSHIPS),
  ],
};
