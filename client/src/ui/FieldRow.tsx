import type { ReactNode } from 'react';

/** A labelled form field with an optional hint and the reason a value was refused. */
export function Row(props: {
  label: string;
  htmlFor: string;
  error?: string;
  errorId?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={props.htmlFor}>
        {props.label}
      </label>
      {props.children}
      {props.hint && <p className="field-hint">{props.hint}</p>}
      {props.error && (
        <p className="field-error" role="alert" id={props.errorId} data-testid="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
