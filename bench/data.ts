// Realistic case data: Chinese village names, boundary wording, a mix of categories, risk levels,
// statuses, tiers and townships. Deterministic (seeded) so two runs list over comparable data.
import { randomUUID } from 'node:crypto';
import {
  type DisputeCase,
  type DisputeCategory,
  type DisputeDeadlineKind,
  type DisputeIntake,
  type DisputeStatus,
  type DisputeTier,
  FINAL_DISPUTE_STATUSES,
  type RiskLevel,
} from '@boundary/workflows';

/** mulberry32: small, fast and good enough to make varied but repeatable data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function weighted<T extends string>(random: () => number, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let roll = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

const VILLAGES = {
  T01: ['石门村', '东坪村', '柳树湾村', '上岭村', '龙泉村', '枫木坳村', '杨家冲村', '白沙村'],
  T02: ['西河村', '桃源村', '黄土岗村', '新塘村', '青石桥村', '马鞍山村', '李家坪村', '双溪村'],
  N01: ['王家村', '邻县张家湾村', '邻县大坪村', '邻县梅子垭村'],
} as const;

const CATEGORY_WORDS: Record<DisputeCategory, { noun: string; detail: string }> = {
  land_acquisition: { noun: '征地补偿', detail: '高速公路征地范围跨越界线，补偿款归属有争议' },
  mining: { noun: '采矿权', detail: '砂石开采点位于界线附近，双方均主张开采权' },
  water_works: { noun: '水库灌溉', detail: '山塘水库灌溉渠道改线后用水与管护责任不清' },
  forest_land: { noun: '林地', detail: '山林权属证书四至描述不一致，双方均有砍伐行为' },
  grassland: { noun: '草场', detail: '季节性放牧草场界线不明，牧户多次发生口角' },
  other: { noun: '界桩', detail: '界桩被移动，双方对原始位置说法不一' },
};

export const TOWNSHIPS = ['T01', 'T02'] as const;
export type Township = (typeof TOWNSHIPS)[number];

/** A valid intake body (what POST /disputes takes), owned by the given township. */
export function intakeFor(random: () => number, owner: Township): DisputeIntake {
  const category = weighted<DisputeCategory>(random, {
    forest_land: 30,
    land_acquisition: 20,
    water_works: 15,
    mining: 10,
    grassland: 10,
    other: 15,
  });
  const ours = pick(random, VILLAGES[owner]);
  const otherSide: keyof typeof VILLAGES = random() < 0.6 ? 'N01' : owner === 'T01' ? 'T02' : 'T01';
  const theirs = pick(random, VILLAGES[otherSide]);
  const marker = 1 + Math.floor(random() * 40);
  const words = CATEGORY_WORDS[category];
  return {
    title: `${ours}与${theirs}${words.noun}界线争议`,
    category,
    parties: [
      { jurisdiction: owner, name: ours },
      { jurisdiction: otherSide, name: theirs },
    ],
    ownerJurisdiction: owner,
    description: `${marker}号至${marker + 3}号界桩之间：${words.detail}。群众反映强烈，需尽快调处。`,
    riskLevel: weighted<RiskLevel>(random, { low: 40, medium: 45, high: 15 }),
    boundarySegment: `${ours}—${theirs}段 ${marker} 号界桩至 ${marker + 3} 号界桩`,
    markerIds: [`JZ-${marker}`, `JZ-${marker + 3}`],
    location: { lat: 27.5 + random(), lng: 112 + random() },
  };
}

const STAGE_DEADLINE: Partial<Record<DisputeStatus, DisputeDeadlineKind>> = {
  screening: 'report',
  reported: 'accept',
  mediating: 'round',
  agreed: 'follow_up',
};

const DAY = 86_400_000;

/** One read-model row as the projection would write it, for a case that never ran as a workflow. */
export interface SyntheticRow {
  id: string;
  state: DisputeCase;
  nextDueAt: Date | null;
  overdue: boolean;
}

export function syntheticRow(random: () => number, now: number): SyntheticRow {
  const owner = pick(random, TOWNSHIPS);
  const intake = intakeFor(random, owner);
  const status = weighted<DisputeStatus>(random, {
    screening: 18,
    reported: 12,
    mediating: 25,
    agreed: 10,
    closed: 18,
    resolved_locally: 10,
    withdrawn: 4,
    referred: 3,
  });
  const tier = weighted<DisputeTier>(random, { village: 40, township: 35, district: 20, cross_county: 5 });
  const createdAt = now - Math.floor(random() * 365 * DAY);
  const updatedAt = Math.min(now, createdAt + Math.floor(random() * 60 * DAY));
  const stage = STAGE_DEADLINE[status];
  const final = FINAL_DISPUTE_STATUSES.includes(status);
  // About one open case in eight is past the due time of its current stage.
  const overdue = !final && stage !== undefined && random() < 0.12;
  const dueAt = overdue ? now - Math.floor(random() * 20 * DAY) : now + Math.floor(random() * 30 * DAY);
  const deadlines: DisputeCase['deadlines'] = stage
    ? [{ kind: stage, dueAt: new Date(dueAt).toISOString(), status: overdue ? 'missed' : 'pending' }]
    : [];
  const id = randomUUID();
  const state: DisputeCase = {
    ...intake,
    id,
    status,
    tier,
    district: 'D01',
    rounds: [],
    mediators:
      status === 'mediating' || status === 'agreed' ? [`mediator.${owner === 'T01' ? 'a' : 'b'}`] : [],
    deadlines,
    incidentIds: [],
    createdBy: 'bench-synthetic',
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    seq: 1,
  };
  return { id, state, nextDueAt: stage && !overdue ? new Date(dueAt) : null, overdue };
}

/** What runs SQL: a `pg` client or pool, or a TypeORM data source. */
export interface Sql {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * Inserts cases straight into the read model, 500 to a statement. They never ran as workflows: for list and
 * console measurements only, and labelled SYNTHETIC wherever they are counted.
 */
export async function insertSyntheticCases(sql: Sql, rows: SyntheticRow[]): Promise<void> {
  for (let from = 0; from < rows.length; from += 500) {
    const values: unknown[] = [];
    const tuples = rows.slice(from, from + 500).map(({ id, state, nextDueAt, overdue }, i) => {
      values.push(
        id,
        state.title,
        state.description,
        state.category,
        state.status,
        state.tier,
        state.ownerJurisdiction,
        state.district,
        state.riskLevel,
        nextDueAt,
        overdue,
        JSON.stringify(state),
        state.seq,
        state.createdAt,
        state.updatedAt,
      );
      return `(${Array.from({ length: 15 }, (_, k) => `$${i * 15 + k + 1}`).join(', ')})`;
    });
    await sql.query(
      `INSERT INTO disputes (id, title, description, category, status, tier, owner_jurisdiction, district,
         risk_level, next_due_at, overdue, state, seq, created_at, updated_at) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}
