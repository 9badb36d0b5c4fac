import type { Role } from '@planroom/shared';
import type { WebsocketProvider } from 'y-websocket';
import { CommentsPanel } from '../comments/CommentsPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { RestoreNotice } from '../history/RestoreNotice';
import { VersionBanner } from '../history/VersionBanner';
import { KickoffPage } from '../kickoff/KickoffPage';
import { ResourceToolbar } from '../resources/ResourceToolbar';
import { ResourceView } from '../resources/ResourceView';
import { LinkBanner } from '../roadmap/LinkBanner';
import type { RoadmapContextValue } from '../roadmap/RoadmapContext';
import { SidePanel } from '../roadmap/SidePanel';
import { Toolbar } from '../roadmap/Toolbar';
import { StatusPage } from '../stakeholder/StatusPage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WorkshopLayer } from '../workshop/WorkshopLayer';
import { BoardHeader } from './BoardHeader';
import { NeedsAttention } from './NeedsAttention';
import { Dialogs, NoticeToast } from './Overlays';
import { PresentationLegend } from './PresentationToggle';
import { TooBigBanner } from './TooBigBanner';
import { RoadmapArea } from './VersionRoadmap';
import { ByViewMode } from './ViewSwitch';

interface LayoutProps {
  editable: boolean;
  presenting: boolean;
  provider: WebsocketProvider;
  role: Role;
  live: RoadmapContextValue;
}

/** The page of an open board: header, the current view's toolbar and body, side panel, dialogs. */
export function BoardLayout({ editable, presenting, provider, role, live }: LayoutProps) {
  return (
    <div
      className={`board${editable ? '' : ' is-readonly'}${presenting ? ' is-presenting' : ''}`}
      data-role={role}
      data-presenting={presenting}
    >
      <BoardHeader />
      <ByViewMode roadmap={<Toolbar />} resources={<ResourceToolbar />} kickoff={null} status={null} />
      <TooBigBanner provider={provider} />
      <LinkBanner />
      <VersionBanner />
      <RestoreNotice />
      <ErrorBoundary area="needsAttention">
        <NeedsAttention />
      </ErrorBoundary>
      <div className="board-main">
        <ByViewMode
          roadmap={<RoadmapArea live={live} />}
          resources={
            <ErrorBoundary area="resources">
              <ResourceView />
            </ErrorBoundary>
          }
          kickoff={<KickoffPage />}
          status={<StatusPage />}
        />
        <ErrorBoundary area="details">
          <SidePanel />
        </ErrorBoundary>
        <ErrorBoundary area="history">
          <HistoryPanel />
        </ErrorBoundary>
        <ErrorBoundary area="comments">
          <CommentsPanel />
        </ErrorBoundary>
      </div>
      <PresentationLegend />
      <ErrorBoundary area="workshop">
        <WorkshopLayer />
      </ErrorBoundary>
      <Dialogs />
      <NoticeToast />
    </div>
  );
}
