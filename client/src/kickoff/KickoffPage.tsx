import { useView } from '../core/records';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { KickoffIndex } from './KickoffIndex';
import { KickoffView } from './KickoffView';

/** The kickoff view: the list of projects and programs, or one kickoff (`?view=kickoff&kickoff=item:…`). */
export function KickoffPage() {
  const itemId = useView().kickoff;
  return (
    <div className="kickoff-page" data-testid="kickoff-page">
      <ErrorBoundary area="kickoff">{itemId ? <KickoffView itemId={itemId} /> : <KickoffIndex />}</ErrorBoundary>
    </div>
  );
}
