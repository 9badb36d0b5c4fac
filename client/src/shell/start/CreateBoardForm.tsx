import { TEMPLATES, type TemplateId } from '@planroom/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT';
import { ApiError, createBoard } from '../../sync/api';
import { openCreated } from './openCreated';

const TEMPLATE_ORDER: TemplateId[] = ['empty', 'it-portfolio', 'business-pmo'];

export function CreateBoardForm() {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateId>('it-portfolio');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const trimmed = name.trim();
      const created = await createBoard({ template, ...(trimmed ? { name: trimmed } : {}) });
      openCreated(created);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('start.unreachable'));
      setBusy(false);
    }
  }

  return (
    <form className="card create-form" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t('start.newBoard')}</h2>
      <label className="field">
        <span className="field-label">{t('start.boardName')}</span>
        <input
          type="text"
          value={name}
          maxLength={120}
          placeholder={template === 'empty' ? t('start.untitled') : TEMPLATES[template]}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <fieldset className="templates">
        <legend className="field-label">{t('start.startFrom')}</legend>
        {TEMPLATE_ORDER.map((id) => (
          <label key={id} className={`template${template === id ? ' is-chosen' : ''}`}>
            <input type="radio" name="template" value={id} checked={template === id} onChange={() => setTemplate(id)} />
            <span className="template-name">{TEMPLATES[id]}</span>
            <span className="template-hint">{t(`start.hint.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('start.creating') : t('start.create')}
      </button>
    </form>
  );
}
