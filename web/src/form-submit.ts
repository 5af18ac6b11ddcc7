import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from './api';
import { useI18n } from './i18n';

type NamePath = (string | number)[];

// Not crypto.randomUUID: that needs a secure context, and township offices often reach the console over plain http.
const newIdempotencyKey = (): string =>
  `console-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const samePath = (a: NamePath, b: NamePath) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Where the API's field path lands in the form: `parties.1.jurisdiction` is the field ['parties', 1,
 * 'jurisdiction']; a path deeper than any field (`participants.0` of a list typed one per line) lands on the
 * field that holds it. Undefined when the form has no such field.
 */
function fieldOf(form: FormInstance, path: string): NamePath | undefined {
  const registered = form.getFieldsError().map((field) => field.name as NamePath);
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  for (let length = parts.length; length > 0; length -= 1) {
    const name = parts.slice(0, length);
    if (registered.some((field) => samePath(field, name))) return name;
  }
  return undefined;
}

/**
 * Submits a form through `send`: busy while it runs, the API's error kept for the alert above the form, and
 * each field the API refused marked where the user typed it. Each form gets one idempotency key for its
 * lifetime, so a double click or a resend after a lost answer acts once.
 */
export function useFormSubmit<Values>(
  form: FormInstance,
  send: (values: Values, idempotencyKey: string) => Promise<unknown>,
) {
  const { t, language } = useI18n();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await send(values, idempotencyKey);
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError) {
        form.setFields(
          failure.fields.flatMap(({ field, problems }) => {
            const name = fieldOf(form, field);
            // The API's problem texts are English; Chinese users get the field marked in their language.
            const text = language === 'en' ? problems.join('; ') : t('invalidField');
            return name ? [{ name, errors: [text] }] : [];
          }),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return { submit, busy, error };
}
