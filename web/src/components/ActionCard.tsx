import { App, Button, Card, Space, Typography } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import { useI18n } from '../i18n';

interface ActionCardProps<Action extends string> {
  /** What the status table allows now, in its order. */
  allowed: Action[];
  label(action: Action): string;
  /** The usual next step, highlighted until another is chosen. */
  usual?: Action;
  /** Steps that end the matter, shown in red. */
  dangerous?: Action[];
  /** The chosen action's form; `done` after the API accepted it, `cancel` to put it away. */
  form(action: Action, done: () => void, cancel: () => void): ReactNode;
  onChanged(): void;
}

/** The actions card of a case or incident page: one button per allowed action, and the chosen one's form. */
export function ActionCard<Action extends string>({
  allowed,
  label,
  usual,
  dangerous = [],
  form,
  onChanged,
}: ActionCardProps<Action>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<Action>();
  const done = () => {
    setChosen(undefined);
    void message.success(t('saved'));
    onChanged();
  };
  return (
    <Card title={t('actions')} size="small">
      {allowed.length === 0 ? (
        <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
      ) : (
        <Space wrap style={{ marginBottom: chosen ? 16 : 0 }}>
          {allowed.map((action) => (
            <Button
              key={action}
              type={action === (chosen ?? usual) ? 'primary' : 'default'}
              danger={dangerous.includes(action)}
              aria-pressed={action === chosen}
              onClick={() => setChosen(action)}
            >
              {label(action)}
            </Button>
          ))}
        </Space>
      )}
      {chosen && allowed.includes(chosen) && (
        <Fragment key={chosen}>{form(chosen, done, () => setChosen(undefined))}</Fragment>
      )}
    </Card>
  );
}
