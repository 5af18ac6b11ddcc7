import { Checkbox, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import {
  DISPUTE_TIERS,
  type DisputeAction,
  ROUND_OUTCOMES,
} from '../../../libs/workflows/src/disputes/rules';
import { api, type DisputeCase } from '../api';
import { useFormSubmit } from '../form-submit';
import { splitLines } from '../hooks';
import { labelOf, useI18n } from '../i18n';
import { useSession } from '../session';
import { instantOf, nowIn } from '../time';
import { DateTimeInput } from './DateTimeInput';
import { ErrorAlert } from './Feedback';
import { SubmitOrCancel } from './SubmitOrCancel';

type Values = Record<string, string | boolean | Dayjs | undefined>;

const text = (value: unknown): string => String(value ?? '').trim();

/** The request body of each action, from the form's values, in the contract's field names; times are read in
 * the user's zone. */
const BODIES: Record<DisputeAction, (values: Values, zone: string) => object> = {
  report: (v) => ({ tier: v.tier, summary: text(v.summary) }),
  resolve_locally: (v) => ({ summary: text(v.summary) }),
  start_mediation: (v) => ({
    mediators: splitLines(v.mediators as string),
    ...(text(v.summary) ? { summary: text(v.summary) } : {}),
  }),
  record_round: (v, zone) => ({
    heldAt: instantOf(v.heldAt as Dayjs, zone),
    participants: splitLines(v.participants as string),
    siteSurvey: v.siteSurvey === true,
    archivesReviewed: splitLines(v.archivesReviewed as string),
    notes: text(v.notes),
    outcome: v.outcome,
  }),
  sign_agreement: (v, zone) => ({
    terms: text(v.terms),
    signatories: splitLines(v.signatories as string),
    signedAt: instantOf(v.signedAt as Dayjs, zone),
  }),
  confirm_agreement: () => ({}),
  set_joint_group: (v) => ({
    members: splitLines(v.members as string).map((line) => {
      const [name, side, role, username] = line.split(/[,，]\s*/).map((part) => part.trim());
      return { name, side, role, ...(username ? { username } : {}) };
    }),
  }),
  record_decision: (v) => ({ decision: text(v.decision), documentRef: text(v.documentRef) }),
  close: (v) => ({ implemented: v.implemented === true, archiveRef: text(v.archiveRef) }),
  escalate: (v) => ({ reason: text(v.reason), ...(v.emergency === true ? { emergency: true } : {}) }),
  withdraw: (v) => ({ reason: text(v.reason) }),
};

export function DisputeActionForm({
  dispute,
  action,
  onDone,
  onCancel,
}: {
  dispute: DisputeCase;
  action: DisputeAction;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, timeZone } = useI18n();
  const { session } = useSession();
  const [form] = Form.useForm<Values>();
  const { submit, busy, error } = useFormSubmit(form, async (values: Values, idempotencyKey) => {
    await api.disputeAction(dispute.id, action, BODIES[action](values, timeZone), idempotencyKey);
    onDone();
  });
  const required = [{ required: true, whitespace: true, message: t('required') }];

  const summary = (isRequired: boolean) => (
    <Form.Item name="summary" label={t('summary')} rules={isRequired ? required : []}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  const reason = (
    <Form.Item name="reason" label={t('reason')} rules={required}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  const fields: Record<DisputeAction, ReactNode> = {
    report: (
      <>
        <Form.Item name="tier" label={t('tier')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group
            options={DISPUTE_TIERS.map((tier) => ({ value: tier, label: labelOf(t, 'tier', tier) }))}
          />
        </Form.Item>
        {summary(true)}
      </>
    ),
    resolve_locally: summary(true),
    start_mediation: (
      <>
        <Form.Item name="mediators" label={t('mediators')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {summary(false)}
      </>
    ),
    record_round: (
      <>
        <Form.Item name="heldAt" label={t('heldAt')} rules={[{ required: true, message: t('required') }]}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="participants" label={t('participants')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="siteSurvey" valuePropName="checked">
          <Checkbox>{t('siteSurvey')}</Checkbox>
        </Form.Item>
        <Form.Item name="archivesReviewed" label={t('archivesReviewed')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="notes" label={t('notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group
            options={ROUND_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: labelOf(t, 'outcome', outcome),
            }))}
          />
        </Form.Item>
      </>
    ),
    sign_agreement: (
      <>
        <Form.Item name="terms" label={t('terms')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="signatories" label={t('signatories')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="signedAt" label={t('signedAt')} rules={[{ required: true, message: t('required') }]}>
          <DateTimeInput />
        </Form.Item>
      </>
    ),
    confirm_agreement: null,
    set_joint_group: (
      <Form.Item name="members" label={t('jointGroupMembers')} rules={required}>
        <Input.TextArea rows={4} placeholder={'张三, D01, lead, bureau\n李四, N01, member, bureau.n01'} />
      </Form.Item>
    ),
    record_decision: (
      <>
        <Form.Item name="decision" label={t('decision')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="documentRef" label={t('documentRef')} rules={required}>
          <Input />
        </Form.Item>
      </>
    ),
    close: (
      <>
        <Form.Item
          name="implemented"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('required')))),
            },
          ]}
        >
          <Checkbox>{t('implemented')}</Checkbox>
        </Form.Item>
        <Form.Item name="archiveRef" label={t('archiveRef')} rules={required}>
          <Input />
        </Form.Item>
      </>
    ),
    escalate: (
      <>
        {reason}
        <Form.Item name="emergency" valuePropName="checked">
          <Checkbox>{t('emergency')}</Checkbox>
        </Form.Item>
      </>
    ),
    withdraw: reason,
  };

  return (
    <Form
      form={form}
      name={`action-${action}`}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        heldAt: nowIn(timeZone),
        signedAt: nowIn(timeZone),
        mediators: session?.user.username,
        participants: session?.user.username,
      }}
    >
      {error !== undefined && <ErrorAlert error={error} />}
      {fields[action]}
      <SubmitOrCancel label={t(`action.${action}`)} busy={busy} onCancel={onCancel} />
    </Form>
  );
}
