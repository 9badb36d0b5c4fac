import {
  addDays,
  type Item,
  type ItemKind,
  type ItemPatch,
  isIsoDate,
  moveItems,
  STATUSES,
  type Status,
  updateItem,
} from '@planroom/shared';
import { type KeyboardEvent, type SelectHTMLAttributes, useEffect, useId, useRef, useState } from 'react';
import { edit } from '../core/edit';
import { useLane, useLaneIds } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { escapeReverts } from '../ui/escape';
import { Row } from '../ui/FieldRow';
import { StatusIcon, statusInfo, TrashIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';
import { deleteItem } from './actions';
import { GoalsField, OwnerField, ParentField, ScheduleFacts, TagsField } from './ItemExtras';
import { KIND_OPTIONS, kindLabel } from './labels';
import { NotesField } from './NotesField';
import { useRoadmap } from './RoadmapContext';

type Field = 'title' | 'kind' | 'start' | 'end' | 'status' | 'progress' | 'laneId';

/**
 * Editing one item. Fields show the live document; a field being typed in keeps its draft
 * until it is committed. A refused value (end before start, empty title) stays in the
 * field with the reason under it, and the document is left as it was.
 */
export function ItemForm({ item }: { item: Item }) {
  const ctx = useRoadmap();
  const { ItemAssignments, ItemMeasures } = ctx.slots;
  const ids = useId();
  const t = useT();
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const milestone = item.kind === 'milestone';
  const titleInput = useRef<HTMLInputElement>(null);
  const focusTitle = useValue(ctx.session.focusTitle);

  useEffect(() => {
    if (focusTitle !== item.id || !titleInput.current) return;
    titleInput.current.focus();
    titleInput.current.select();
    ctx.session.focusTitle.set(null);
  }, [focusTitle, item.id, ctx.session]);

  const setDraft = (field: Field, value: string | undefined) => setDrafts((d) => ({ ...d, [field]: value }));
  const value = (field: Field, current: string) => drafts[field] ?? current;

  function write(field: Field, run: () => void): boolean {
    const ok = edit(ctx, run, (message) => setErrors((e) => ({ ...e, [field]: message })));
    if (ok) {
      setErrors({});
      setDrafts({});
    }
    return ok;
  }
  const patch = (field: Field, changes: ItemPatch) => write(field, () => updateItem(ctx.doc, item.id, changes));

  function commitTitle() {
    const draft = drafts.title;
    if (draft === undefined || draft === item.title) return;
    patch('title', { title: draft.trim() });
  }

  function changeKind(kind: ItemKind) {
    if (kind === item.kind) return;
    if (kind === 'milestone') patch('kind', { kind, end: item.start });
    else if (milestone) patch('kind', { kind, end: addDays(item.start, 13) });
    else patch('kind', { kind });
  }

  function changeDate(field: 'start' | 'end', date: string) {
    setDraft(field, date);
    if (!isIsoDate(date)) return; // still typing, or cleared
    if (field === 'start') patch('start', milestone ? { start: date, end: date } : { start: date });
    else patch('end', { end: date });
  }

  function commitProgress() {
    const draft = drafts.progress;
    if (draft === undefined) return;
    const n = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(n)) {
      setErrors((e) => ({ ...e, progress: t('form.progressError') }));
      return;
    }
    if (n !== item.progress) patch('progress', { progress: Math.round(n) });
    else setDraft('progress', undefined);
  }

  /** Escape while typing puts the item's value back (see escapeReverts). */
  const revertKey = (field: Field, current: string) => (e: KeyboardEvent) =>
    escapeReverts(e, drafts[field] !== undefined && drafts[field] !== current, () => {
      setDraft(field, undefined);
      setErrors((x) => ({ ...x, [field]: undefined }));
    });

  const fieldProps = (field: Field) => ({
    id: `${ids}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${ids}-${field}-error` : undefined,
  });

  return (
    <form className="item-form" onSubmit={(e) => e.preventDefault()}>
      <Row label={t('form.title')} htmlFor={`${ids}-title`} error={errors.title} errorId={`${ids}-title-error`}>
        <input
          {...fieldProps('title')}
          ref={titleInput}
          type="text"
          value={value('title', item.title)}
          maxLength={200}
          onChange={(e) => setDraft('title', e.target.value)}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTitle();
            revertKey('title', item.title)(e);
          }}
        />
      </Row>
      <div className="form-pair">
        <Row label={t('form.kind')} htmlFor={`${ids}-kind`} error={errors.kind} errorId={`${ids}-kind-error`}>
          <select {...fieldProps('kind')} value={item.kind} onChange={(e) => changeKind(e.target.value as ItemKind)}>
            {KIND_OPTIONS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </Row>
        <Row label={t('form.status')} htmlFor={`${ids}-status`} error={errors.status} errorId={`${ids}-status-error`}>
          <div className={`select-with-icon tone-${item.status}`}>
            <StatusIcon status={item.status} />
            <select
              {...fieldProps('status')}
              value={item.status}
              title={statusInfo(item.status).hint}
              onChange={(e) => patch('status', { status: e.target.value as Status })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusInfo(s).label}
                </option>
              ))}
            </select>
          </div>
        </Row>
      </div>
      <div className="form-pair">
        <Row label={t('form.start')} htmlFor={`${ids}-start`} error={errors.start} errorId={`${ids}-start-error`}>
          <input
            {...fieldProps('start')}
            type="date"
            value={value('start', item.start)}
            onChange={(e) => changeDate('start', e.target.value)}
            onKeyDown={revertKey('start', item.start)}
          />
        </Row>
        <Row
          label={t('form.end')}
          htmlFor={`${ids}-end`}
          error={errors.end}
          errorId={`${ids}-end-error`}
          hint={milestone ? t('form.milestoneOneDay') : undefined}
        >
          <input
            {...fieldProps('end')}
            type="date"
            value={value('end', item.end)}
            disabled={milestone}
            onChange={(e) => changeDate('end', e.target.value)}
            onKeyDown={revertKey('end', item.end)}
          />
        </Row>
      </div>
      <div className="form-pair">
        <Row label={t('form.lane')} htmlFor={`${ids}-laneId`} error={errors.laneId} errorId={`${ids}-laneId-error`}>
          <LaneSelect
            {...fieldProps('laneId')}
            value={item.laneId}
            onChange={(laneId) => write('laneId', () => moveItems(ctx.doc, [item.id], { days: 0, laneId }))}
          />
        </Row>
        {!milestone && (
          <Row
            label={t('form.progress')}
            htmlFor={`${ids}-progress`}
            error={errors.progress}
            errorId={`${ids}-progress-error`}
          >
            <input
              {...fieldProps('progress')}
              type="number"
              min={0}
              max={100}
              step={5}
              value={value('progress', String(item.progress))}
              onChange={(e) => setDraft('progress', e.target.value)}
              onBlur={commitProgress}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commitProgress();
                revertKey('progress', String(item.progress))(e);
              }}
            />
          </Row>
        )}
      </div>
      <div className="form-pair">
        <ParentField item={item} id={`${ids}-parent`} />
        <OwnerField item={item} id={`${ids}-owner`} />
      </div>
      {ItemAssignments && <ItemAssignments itemId={item.id} />}
      <GoalsField item={item} />
      <TagsField item={item} id={`${ids}-tags`} />
      <ScheduleFacts item={item} />
      <Row label={t('form.notes')} htmlFor={`${ids}-notes`}>
        <NotesField key={item.id} item={item} inputId={`${ids}-notes`} />
      </Row>
      {ItemMeasures && <ItemMeasures itemId={item.id} />}
      <div className="form-actions">
        <button type="button" className="button danger subtle" onClick={() => deleteItem(ctx, item.id)}>
          <TrashIcon size={14} /> {t('item.delete')}
        </button>
      </div>
    </form>
  );
}

function LaneSelect({
  value,
  onChange,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (laneId: string | null) => void;
}) {
  const laneIds = useLaneIds();
  const t = useT();
  const known = value !== null && laneIds.includes(value);
  return (
    <select {...rest} value={known ? (value ?? '') : ''} onChange={(e) => onChange(e.target.value || null)}>
      {laneIds.map((id) => (
        <LaneOption key={id} id={id} />
      ))}
      <option value="">{t('lane.none')}</option>
    </select>
  );
}

function LaneOption({ id }: { id: string }) {
  const lane = useLane(id);
  return <option value={id}>{lane?.title ?? id}</option>;
}
