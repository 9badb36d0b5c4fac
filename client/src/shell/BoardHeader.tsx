import { useEffect } from 'react';
import { CommentsButton } from '../comments/CommentsButton';
import { redo, undo } from '../core/edit';
import { useUndoState } from '../core/useUndo';
import { useMeta } from '../core/useYjs';
import { HistoryButton } from '../history/HistoryButton';
import { useT } from '../i18n/useT';
import { newItem } from '../roadmap/actions';
import { useRoadmap } from '../roadmap/RoadmapContext';
import { ConnectionStatus, SaveStatus } from '../sync/ConnectionStatus';
import { PlusIcon, RedoIcon, ShareIcon, UndoIcon } from '../ui/icons';
import { LanguagePicker } from '../ui/LanguagePicker';
import { AvatarStack } from '../workshop/AvatarStack';
import { PresentButton } from '../workshop/FollowBanner';
import { TimerControl } from '../workshop/TimerControl';
import { VoteControl } from '../workshop/VoteControl';
import { ExportMenu } from './ExportMenu';
import { Logo } from './Logo';
import { AttentionBadge } from './NeedsAttention';
import { PresentationToggle } from './PresentationToggle';
import { ViewSwitch } from './ViewSwitch';

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function BoardHeader() {
  const ctx = useRoadmap();
  const { canEdit, role, provider, session, undoManager } = ctx;
  const meta = useMeta();
  const { canUndo, canRedo } = useUndoState(undoManager);
  const t = useT();

  useEffect(() => {
    document.title = `${meta.name} · Planroom`;
  }, [meta.name]);

  return (
    <header className="board-head">
      <div className="head-left">
        <Logo compact />
        <h1 className="board-name" title={meta.name}>
          {meta.name}
        </h1>
        <span className={`role-badge role-${role}`} data-testid="role-badge">
          {t(`role.${role}`)}
        </span>
        <ConnectionStatus provider={provider} />
        {role !== 'viewer' && <SaveStatus provider={provider} />}
        <AttentionBadge />
      </div>
      <div className="head-right">
        <AvatarStack />
        <TimerControl />
        <VoteControl />
        <PresentButton />
        <ViewSwitch />
        <PresentationToggle />
        <HistoryButton />
        <CommentsButton />
        {canEdit && (
          <div className="button-group">
            <button
              type="button"
              className="icon-button"
              onClick={() => undo(ctx)}
              disabled={!canUndo}
              title={t('header.undoTitle', { mod })}
            >
              <UndoIcon />
              <span className="sr-only">{t('header.undo')}</span>
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => redo(ctx)}
              disabled={!canRedo}
              title={t('header.redoTitle', { mod })}
            >
              <RedoIcon />
              <span className="sr-only">{t('header.redo')}</span>
            </button>
          </div>
        )}
        <ExportMenu />
        <LanguagePicker />
        <button
          type="button"
          className="icon-button"
          onClick={() => session.dialog.set({ kind: 'shortcuts' })}
          title={t('header.shortcutsTitle')}
        >
          <span className="help-glyph" aria-hidden="true">
            ?
          </span>
          <span className="sr-only">{t('header.shortcuts')}</span>
        </button>
        {canEdit && (
          <button type="button" className="button" onClick={() => session.dialog.set({ kind: 'share' })}>
            <ShareIcon size={14} />
            {t('header.share')}
          </button>
        )}
        {canEdit && (
          <button
            type="button"
            className="button primary"
            onClick={() => newItem(ctx)}
            title={t('header.newItemTitle')}
          >
            <PlusIcon size={14} />
            {t('header.newItem')}
          </button>
        )}
      </div>
    </header>
  );
}
