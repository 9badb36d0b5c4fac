import { useCallback } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { MessageId } from './en';

export type Translate = (id: MessageId, values?: Record<string, PrimitiveType>) => string;

/**
 * `t('header.share')`, `t('avatars.others', { count })`: an ICU message in the person's
 * language. Stable until the language changes, so it can sit in effect dependencies.
 */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}
