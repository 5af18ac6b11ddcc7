import { DatePicker, Flex, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n';
import { useIsPhone } from '../screen';

/**
 * A day and a time of day in two pickers side by side, since one picker with both panels is wider than a phone.
 * The value is the wall time shown; `instantOf` reads it in the user's zone. On a phone the pickers open
 * without the keyboard, which would otherwise cover them.
 */
export function DateTimeInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: Dayjs;
  onChange?(value: Dayjs): void;
}) {
  const { t } = useI18n();
  const phone = useIsPhone();
  return (
    <Flex gap={8}>
      <DatePicker
        id={id}
        value={value}
        allowClear={false}
        inputReadOnly={phone}
        style={{ flex: 3, minWidth: 0 }}
        onChange={(day: Dayjs | null) =>
          day &&
          onChange?.(
            day
              .hour(value?.hour() ?? 0)
              .minute(value?.minute() ?? 0)
              .second(0),
          )
        }
      />
      <TimePicker
        aria-label={t('timeOfDay')}
        value={value}
        format="HH:mm"
        allowClear={false}
        inputReadOnly={phone}
        style={{ flex: 2, minWidth: 0 }}
        onChange={(time: Dayjs | null) =>
          time && onChange?.((value ?? time).hour(time.hour()).minute(time.minute()).second(0))
        }
      />
    </Flex>
  );
}
