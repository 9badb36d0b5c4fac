import { useEffect, useRef, useState } from 'react';
import { useView } from '../core/records';
import { useT } from '../i18n/useT';
import { SearchIcon } from '../ui/icons';
import { useRoadmap } from './RoadmapContext';

/**
 * Search by text (title, notes, owner). A button until used, so a viewer's page holds
 * no form field it did not ask for; `/` or a click opens it, Escape clears and closes.
 * The text lives in the URL (`?q=`), so a link reproduces the search.
 */
export function SearchBox() {
  const { view, session } = useRoadmap();
  const text = useView().text;
  const [open, setOpen] = useState(text !== '');
  const [draft, setDraft] = useState(text);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setDraft(text);
    if (text) setOpen(true);
  }, [text]);

  useEffect(() => {
    session.focusSearch = () => {
      setOpen(true);
      requestAnimationFrame(() => {
        input.current?.focus();
        input.current?.select();
      });
    };
    return () => {
      session.focusSearch = null;
    };
  }, [session]);

  // typing filters as you go, a frame behind the keys
  useEffect(() => {
    if (draft === view.get().text) return;
    const timer = setTimeout(() => view.update({ text: draft }), 120);
    return () => clearTimeout(timer);
  }, [draft, view]);

  if (!open) {
    return (
      <button
        type="button"
        className="button subtle"
        data-testid="search-toggle"
        title={t('search.toggleTitle')}
        onClick={() => session.focusSearch?.()}
      >
        <SearchIcon size={14} />
        {t('search.toggle')}
      </button>
    );
  }
  return (
    <div className="search">
      <SearchIcon size={14} />
      <input
        ref={input}
        type="search"
        data-testid="search"
        data-view-control
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') view.update({ text: draft });
          if (e.key === 'Escape') {
            setDraft('');
            view.update({ text: '' });
            setOpen(false);
          }
        }}
        onBlur={() => {
          if (!draft) setOpen(false);
        }}
      />
    </div>
  );
}
