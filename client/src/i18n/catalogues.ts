import { da } from './da';
import { en, type MessageId } from './en';
import type { Language } from './language';
import { sv } from './sv';

export const CATALOGUES: Record<Language, Record<MessageId, string>> = { en, sv, da };
