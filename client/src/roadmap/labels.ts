import { ITEM_KINDS, type ItemKind } from '@planroom/shared';
import { translate } from '../i18n/translate';

/** "Project", "Projekt": a kind of item in the person's language. */
export const kindLabel = (kind: ItemKind): string => translate(`kind.${kind}`);
export const KIND_OPTIONS = ITEM_KINDS;
