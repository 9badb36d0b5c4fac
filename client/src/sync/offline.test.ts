import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../ui/memoryStorage';
import type { BoardAccess } from './api';
import { forgetAccess, rememberAccess, rememberedAccess } from './offline';

const access = { id: 'b1', name: 'Roadmap', role: 'editor' } as BoardAccess;

describe('remembered access for offline opening', () => {
  it('gives the last answer back for the same link only', () => {
    const storage = memoryStorage();
    rememberAccess('b1', 'editor.aaa', access, storage);
    expect(rememberedAccess('b1', 'editor.aaa', storage)).toEqual(access);
    expect(rememberedAccess('b1', 'viewer.bbb', storage)).toBeNull();
    expect(rememberedAccess('b2', 'editor.aaa', storage)).toBeNull();
  });

  it('forgets a board whose link stopped working', () => {
    const storage = memoryStorage();
    rememberAccess('b1', 'editor.aaa', access, storage);
    forgetAccess('b1', storage);
    expect(rememberedAccess('b1', 'editor.aaa', storage)).toBeNull();
  });

  it('treats damaged storage as nothing remembered', () => {
    const storage = memoryStorage();
    storage.setItem('planroom.access.b1', '{not json');
    expect(rememberedAccess('b1', 'editor.aaa', storage)).toBeNull();
  });
});
