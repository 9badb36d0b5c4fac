import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** What can break, named in the catalogues as `crash.area.<area>` ("the timeline"). */
export type CrashArea =
  | 'board'
  | 'needsAttention'
  | 'resources'
  | 'details'
  | 'history'
  | 'comments'
  | 'workshop'
  | 'timeline'
  | 'status'
  | 'kickoff';

interface Props {
  area: CrashArea;
  children: ReactNode;
  /** Changing this resets the boundary (e.g. the board id). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps a crash in one view from blanking the page; the rest of the board stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Planroom: ${this.props.area} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <CrashNotice
        area={this.props.area}
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function CrashNotice({ area, message, onRetry }: { area: CrashArea; message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="crash" role="alert" data-testid="view-error">
      <strong>{t('crash.heading', { area: t(`crash.area.${area}`) })}</strong>
      <p>{t('crash.body', { message })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
