import { type Item, itemVariance } from '@planroom/shared';
import { useT } from '../i18n/useT';
import { baselineSpanText, shiftText } from './baselineText';
import { useChosenBaseline } from './useBaseline';

function Shift({ label, days }: { label: string; days: number }) {
  const tone = days > 0 ? 'variance-later' : days < 0 ? 'variance-earlier' : undefined;
  return (
    <p>
      {label}: <span className={tone}>{shiftText(days)}</span>
    </p>
  );
}

/**
 * The item against the chosen baseline, for editors and viewers alike: the baseline's
 * dates and how many calendar days each end has moved since (later is red, earlier green).
 */
export function BaselineFacts({ item }: { item: Item }) {
  const baseline = useChosenBaseline();
  const t = useT();
  if (!baseline) return null;
  const v = itemVariance(item, baseline);
  const was = baseline.dates[item.id];
  return (
    <section
      className="baseline-facts"
      data-testid="baseline-variance"
      data-start-days={v?.startDays}
      data-end-days={v?.endDays}
      aria-label={t('baseline.against')}
    >
      <h3>{t('baseline.heading', { name: baseline.name })}</h3>
      {!v || !was ? (
        <p className="muted">{t('baseline.notIn')}</p>
      ) : (
        <>
          <p>{t('baseline.planned', { span: baselineSpanText(item.kind, was) })}</p>
          {item.kind === 'milestone' ? (
            <Shift label={t('baseline.dueLabel')} days={v.endDays} />
          ) : (
            <>
              <Shift label={t('baseline.startLabel')} days={v.startDays} />
              <Shift label={t('baseline.endLabel')} days={v.endDays} />
            </>
          )}
        </>
      )}
    </section>
  );
}
