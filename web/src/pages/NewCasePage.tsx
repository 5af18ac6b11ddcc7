import { Button, Col, Form, Input, Radio, Row } from 'antd';
import { useNavigate } from 'react-router';
import { DISPUTE_CATEGORIES, RISK_LEVELS } from '../../../libs/workflows/src/disputes/rules';
import { api } from '../api';
import { useFormSubmit } from '../form-submit';
import { ErrorAlert } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { labelOf, useI18n } from '../i18n';
import { JurisdictionInput } from '../jurisdictions';
import { useIsPhone } from '../screen';
import { useSession } from '../session';

interface Values {
  title: string;
  category: string;
  ownerJurisdiction: string;
  riskLevel: string;
  description: string;
  boundarySegment?: string;
  parties: { jurisdiction: string; name: string }[];
}

export function NewCasePage() {
  const { t } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const phone = useIsPhone();
  const isMediator = session?.user.role === 'mediator';
  const township = isMediator ? (session?.user.jurisdiction ?? '') : '';
  const required = [{ required: true, whitespace: true, message: t('required') }];

  const { submit, busy, error } = useFormSubmit(
    form,
    async ({ boundarySegment, ...values }: Values, idempotencyKey) => {
      const created = await api.openDispute(
        {
          ...values,
          title: values.title.trim(),
          description: values.description.trim(),
          parties: values.parties.map((party) => ({
            jurisdiction: party.jurisdiction.trim(),
            name: party.name.trim(),
          })),
          ...(boundarySegment?.trim() ? { boundarySegment: boundarySegment.trim() } : {}),
        },
        idempotencyKey,
      );
      void navigate(`/cases/${created.id}`, { replace: true });
    },
  );

  return (
    <PageCard title={t('openCase')} style={{ maxWidth: 820 }}>
      {error !== undefined && <ErrorAlert error={error} />}
      <Form<Values>
        form={form}
        name="new-case"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          category: 'forest_land',
          riskLevel: 'medium',
          ownerJurisdiction: township,
          parties: [
            { jurisdiction: township, name: '' },
            { jurisdiction: '', name: '' },
          ],
        }}
      >
        <Form.Item name="title" label={t('title')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('category')} rules={required}>
          <Radio.Group
            options={DISPUTE_CATEGORIES.map((category) => ({
              value: category,
              label: labelOf(t, 'category', category),
            }))}
          />
        </Form.Item>
        <Form.Item name="ownerJurisdiction" label={t('ownerJurisdiction')} rules={required}>
          <JurisdictionInput readOnly={isMediator} placeholder="T01" />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('riskLevel')} rules={required}>
          <Radio.Group
            options={RISK_LEVELS.map((risk) => ({ value: risk, label: labelOf(t, 'risk', risk) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('description')} rules={required}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="boundarySegment" label={t('boundarySegment')}>
          <Input maxLength={200} />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('parties')}</legend>
          <Form.List name="parties">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row, index) => (
                  <Row key={row.key} gutter={12}>
                    <Col xs={24} sm={11}>
                      <Form.Item
                        name={[row.name, 'name']}
                        label={`${t('partyName')} ${index + 1}`}
                        rules={required}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={9}>
                      <Form.Item
                        name={[row.name, 'jurisdiction']}
                        label={`${t('partyJurisdiction')} ${index + 1}`}
                        rules={required}
                      >
                        <JurisdictionInput placeholder="N01" />
                      </Form.Item>
                    </Col>
                    {rows.length > 2 && (
                      <Col xs={24} sm={4}>
                        {/* Level with the inputs beside it; under them on a phone. */}
                        <Form.Item label={phone ? undefined : ' '} colon={false}>
                          <Button onClick={() => remove(row.name)}>{t('removeParty')}</Button>
                        </Form.Item>
                      </Col>
                    )}
                  </Row>
                ))}
                <Form.Item>
                  <Button type="dashed" onClick={() => add({ jurisdiction: '', name: '' })}>
                    {t('addParty')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <SubmitOrCancel label={t('newCase')} busy={busy} onCancel={() => navigate('/cases')} />
      </Form>
    </PageCard>
  );
}
