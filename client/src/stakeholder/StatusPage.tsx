import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CapacityCard } from './CapacityCard';
import { KpisCard, RisksCard } from './MeasuresCards';
import { DoneCard, MilestonesCards } from './MilestonesCard';
import { ProgramPicker, QuarterPicker } from './StatusPickers';
import { RowsCard, StatusSummary } from './StatusSummary';
import { dayLabel } from './statusText';
import { useStatusReport } from './useStatusReport';

/** The status view (QBR): `?view=status&program=item:…&quarter=2027-Q1`. */
export function StatusPage() {
  return (
    <div className="status-page" data-testid="status-page">
      <ErrorBoundary area="status">
        <StatusReportView />
      </ErrorBoundary>
    </div>
  );
}

function StatusReportView() {
  const { report, quarter, current, startMonth, programs, missingProgram, pending } = useStatusReport();
  const scopeTitle = report.scope?.title ?? 'Whole portfolio';
  return (
    <article className="status-report" aria-busy={pending}>
      <header className="status-head">
        <div className="status-title">
          <h2 data-testid="status-title">
            {scopeTitle} <span className="status-quarter-name">· {quarter.label}</span>
          </h2>
          <p className="status-dates" title="The first and last day of the fiscal quarter">
            Status report, {dayLabel(quarter.start)} – {dayLabel(quarter.end)}
            {report.baseline ? ` · against “${report.baseline.name}”` : ''}
          </p>
        </div>
        <div className="status-controls">
          <ProgramPicker programs={programs} selected={report.scope?.id ?? null} label={scopeTitle} />
          <QuarterPicker quarter={quarter} current={current} startMonth={startMonth} />
          <button
            type="button"
            className="button"
            title="Print this report, or save it as a PDF (A4, no card split across pages)"
            onClick={() => window.print()}
          >
            Print
          </button>
        </div>
      </header>
      {missingProgram && (
        <p className="status-note" role="status">
          The program in this link is not on the board any more, so this is the whole portfolio.
        </p>
      )}
      <StatusSummary report={report} />
      <div className="status-grid">
        <RowsCard report={report} />
        <MilestonesCards report={report} />
        <KpisCard report={report} />
        <RisksCard report={report} />
        <DoneCard report={report} />
        <CapacityCard report={report} />
      </div>
    </article>
  );
}
