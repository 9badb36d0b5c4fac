import { LINK_ROTATED } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { errorFromClose } from './boardErrors';

describe('errorFromClose', () => {
  it('tells a link the owner just reset apart from a wrong one', () => {
    const reset = errorFromClose(4401, LINK_ROTATED);
    expect(reset?.kind).toBe('link-reset');
    expect(en[`error.${reset?.kind ?? 'unknown'}.title`]).toBe('This link no longer works');
    expect(errorFromClose(4401, 'missing or invalid token')?.kind).toBe('unauthorized');
    expect(errorFromClose(4401, 'ticket is invalid, used or expired')?.kind).toBe('unauthorized');
    expect(errorFromClose(1006, '')).toBeNull();
  });
});
