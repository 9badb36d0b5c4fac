import { RACI_NAMES, RACI_VALUES, type RaciValue } from '@planroom/shared';

const MEANING: Record<RaciValue, string> = {
  R: 'does the work',
  A: 'one per row, signs it off',
  C: 'asked before, two-way',
  I: 'told after, one-way',
};

/** What the letters mean and which keys the grid takes (the grid is described by `keysId`). */
export function RaciLegend({ canEdit, keysId }: { canEdit: boolean; keysId: string }) {
  return (
    <div className="raci-legend" data-testid="raci-legend">
      <ul className="raci-legend-values">
        {RACI_VALUES.map((v) => (
          <li key={v}>
            <span className={`raci-letter raci-${v}`} aria-hidden="true">
              {v}
            </span>
            <strong>{RACI_NAMES[v]}</strong> {MEANING[v]}
          </li>
        ))}
      </ul>
      <p className="raci-keys" id={keysId}>
        <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Home</kbd> <kbd>End</kbd> to the row's start or
        end, <kbd>Ctrl</kbd>+<kbd>Home</kbd> <kbd>End</kbd> to the corners
        {canEdit && (
          <>
            ; <kbd>R</kbd> <kbd>A</kbd> <kbd>C</kbd> <kbd>I</kbd> set a cell, <kbd>Space</kbd> or a click steps it
            through R, A, C, I and empty, <kbd>Delete</kbd> clears it; <kbd>Enter</kbd> renames an activity,{' '}
            <kbd>Esc</kbd> goes back to the grid
          </>
        )}
        .
      </p>
    </div>
  );
}
