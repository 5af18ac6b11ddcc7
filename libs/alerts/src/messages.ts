import type { Explanation, Reason } from '@boundary/workflows';
import type { AlertDeliveryJob } from './queues';

// The message catalogue: every text the system composes for people, in Chinese for the officials who read it
// and in English beside it. Workflows record codes; this module alone turns them into words.

export interface LocalisedText {
  zh: string;
  en: string;
}

const REASONS: { [Code in Reason['code']]: (reason: Extract<Reason, { code: Code }>) => LocalisedText } = {
  mediation_expired: () => ({
    zh: '调解期限届满，自动升级',
    en: 'the mediation period expired; escalated automatically',
  }),
  max_rounds_reached: ({ params }) => ({
    zh: `已达最多调解轮次 ${params.maxRounds}，自动升级`,
    en: `the maximum of ${params.maxRounds} mediation rounds was reached; escalated automatically`,
  }),
  mediation_broke_down: () => ({ zh: '调解破裂', en: 'mediation broke down' }),
  not_acknowledged: ({ params }) => ({
    zh: `${params.severity}级响应，尚无人确认`,
    en: `severity ${params.severity}, not yet acknowledged`,
  }),
};

/**
 * A recorded reason in words. Text (what a person wrote, or the prose of an older history) and a code this
 * build does not know show as they are.
 */
export function explain(explanation: Explanation): LocalisedText {
  if (typeof explanation === 'string') return { zh: explanation, en: explanation };
  const render = REASONS[explanation.code] as ((reason: Reason) => LocalisedText) | undefined;
  return render ? render(explanation) : { zh: explanation.code, en: explanation.code };
}

const DEADLINE_ZH: Record<string, string> = {
  report: '上报',
  accept: '受理',
  round: '调解轮次间隔',
  mediation: '调解',
  follow_up: '协议履行回访',
  acknowledge: '响应确认',
  arrive: '到达现场',
  rectify: '整改',
  plan_due: '巡查计划完成',
  planning: '联检筹备',
  field_work: '联检实地检查',
  reporting: '联检报告签署',
  archive: '联检归档',
  next_cycle: '下一轮界线联检（五年一次）',
};

const SUBJECT_ZH: Record<AlertDeliveryJob['subjectType'], string> = {
  dispute: '纠纷案件',
  incident: '突发事件',
  finding: '台账问题',
  patrol_plan: '巡查计划',
  joint_inspection: '界线联检',
};
const SUBJECT_EN: Record<AlertDeliveryJob['subjectType'], string> = {
  dispute: 'dispute',
  incident: 'incident',
  finding: 'finding',
  patrol_plan: 'patrol plan',
  joint_inspection: 'joint inspection',
};

const subjectZh = (job: AlertDeliveryJob): string =>
  `${SUBJECT_ZH[job.subjectType] ?? job.subjectType}「${job.subjectTitle}」`;

const subjectEn = (job: AlertDeliveryJob): string =>
  `${SUBJECT_EN[job.subjectType] ?? job.subjectType} "${job.subjectTitle}"`;

const due = (job: AlertDeliveryJob): string =>
  job.dueAt ? job.dueAt.replace('T', ' ').slice(0, 16) + ' UTC' : '';

/** The inbox text of an alert. */
export function alertMessages(job: AlertDeliveryJob): LocalisedText {
  const deadlineZh = DEADLINE_ZH[job.deadlineKind ?? ''] ?? job.deadlineKind ?? '';
  const detail = job.detail === undefined ? undefined : explain(job.detail);
  const detailZh = detail ? `：${detail.zh}` : '';
  const detailEn = detail ? `: ${detail.en}` : '';
  switch (job.kind) {
    case 'deadline_approaching':
      return {
        zh: `${subjectZh(job)}的${deadlineZh}期限即将到期（${due(job)}），请及时办理。`,
        en: `The ${job.deadlineKind} deadline of ${subjectEn(job)} is approaching (${due(job)}).`,
      };
    case 'deadline_missed':
      return {
        zh: `${subjectZh(job)}的${deadlineZh}期限已超期（${due(job)}），请督办。`,
        en: `The ${job.deadlineKind} deadline of ${subjectEn(job)} was missed (${due(job)}).`,
      };
    case 'escalated':
      return {
        zh: `${subjectZh(job)}已升级，请接手处置${detailZh}`,
        en: `${subjectEn(job)} was escalated to you${detailEn}.`,
      };
    case 'incident_triggered':
      return {
        zh: `${subjectZh(job)}已启动应急预案，请立即响应${detailZh}`,
        en: `${subjectEn(job)} triggered the emergency plan; respond now${detailEn}.`,
      };
    case 'severity_changed':
      return {
        zh: `${subjectZh(job)}的响应级别已调整${detailZh}`,
        en: `The severity of ${subjectEn(job)} changed${detailEn}.`,
      };
  }
}

const KIND_ZH: Record<string, string> = {
  deadline_approaching: '期限临近',
  deadline_missed: '期限超期',
  escalated: '升级处置',
  incident_triggered: '应急响应',
  severity_changed: '响应级别调整',
};

/** An inbox alert as a work-group robot and an SMS show it: a heading, then the Chinese and English text. */
export function channelText(alert: { kind: string; message: string; messageEn: string }): {
  title: string;
  markdown: string;
} {
  const heading = KIND_ZH[alert.kind] ?? alert.kind;
  return {
    title: `【${heading}】${alert.message}`.slice(0, 35),
    markdown: `### 【${heading}】\n${alert.message}\n\n> ${alert.messageEn}`,
  };
}
