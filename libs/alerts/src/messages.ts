import type { AlertDeliveryJob } from './queues';

const DEADLINE_ZH: Record<string, string> = {
  report: '上报',
  accept: '受理',
  round: '调解轮次间隔',
  mediation: '调解',
  follow_up: '协议履行回访',
  acknowledge: '响应确认',
  arrive: '到达现场',
};

const subjectZh = (job: AlertDeliveryJob): string =>
  `${job.subjectType === 'dispute' ? '纠纷案件' : '突发事件'}「${job.subjectTitle}」`;

const subjectEn = (job: AlertDeliveryJob): string => `${job.subjectType} "${job.subjectTitle}"`;

const due = (job: AlertDeliveryJob): string =>
  job.dueAt ? job.dueAt.replace('T', ' ').slice(0, 16) + ' UTC' : '';

/** The inbox text of an alert, Chinese for the officials who read it, English kept beside it. */
export function alertMessages(job: AlertDeliveryJob): { zh: string; en: string } {
  const deadlineZh = DEADLINE_ZH[job.deadlineKind ?? ''] ?? job.deadlineKind ?? '';
  const detail = job.detail ? `：${job.detail}` : '';
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
        zh: `${subjectZh(job)}已升级，请接手处置${detail}`,
        en: `${subjectEn(job)} was escalated to you${job.detail ? `: ${job.detail}` : ''}.`,
      };
    case 'incident_triggered':
      return {
        zh: `${subjectZh(job)}已启动应急预案，请立即响应${detail}`,
        en: `${subjectEn(job)} triggered the emergency plan; respond now.`,
      };
    case 'severity_changed':
      return {
        zh: `${subjectZh(job)}的响应级别已调整${detail}`,
        en: `The severity of ${subjectEn(job)} changed${job.detail ? `: ${job.detail}` : ''}.`,
      };
  }
}
