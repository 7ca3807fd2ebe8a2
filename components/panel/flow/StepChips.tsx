import { STEP_NUMBER, type Step } from '@/lib/procedure';
import { useI18n } from '../../I18n';
import './step-chips.css';

/** The steps an agent goes through, in order; a cancelled flow has left this path. */
const PATH = ['request', 'recheck', 'call', 'explain', 'outcome', 'done'] as const satisfies readonly Step[];

/**
 * Where the flow stands, as short names ("Request", "Cek ulang", "Telepon", ...) that fit the
 * panel's 360 px: the instruction's number (the re-check and the call share 1.2.2) is read out to
 * screen readers and shown as the tooltip. A cancelled flow shows no chips: its title says it.
 */
export function StepChips({ step }: { step: Step }) {
  const { t } = useI18n();
  if (step === 'cancelled') return null;
  const at = PATH.indexOf(step);
  return (
    <ol className="step-chips" aria-label={t('flow.chips')} data-testid="step-chips">
      {PATH.map((chip, index) => {
        const state = index === at ? 'current' : index < at ? 'past' : 'next';
        return (
          <li
            key={chip}
            className={state}
            title={`${t('flow.step', { number: STEP_NUMBER[chip] })}: ${t(`flow.step.${chip}`)}`}
            aria-current={state === 'current' ? 'step' : undefined}
            data-chip={chip}
          >
            <span className="visually-hidden">{t('flow.chip.number', { number: STEP_NUMBER[chip] })} </span>
            {t(`flow.chip.${chip}`)}
            {state === 'past' && <span className="visually-hidden"> {t('flow.chip.past')}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The step's heading: "Langkah 1.2.2: Hubungi pelanggan"; a cancelled flow says so plainly (it has
 * no step number). Focusable from code only: a finished flow puts focus here so it is read out.
 */
export function StepTitle({ step }: { step: Step }) {
  const { t } = useI18n();
  const finished = step === 'done' || step === 'cancelled';
  return (
    <h2 className="step-title" data-testid="step-title" tabIndex={finished ? -1 : undefined} data-step-focus={finished ? '' : undefined}>
      {step === 'cancelled' ? t('flow.cancelledTitle') : `${t('flow.step', { number: STEP_NUMBER[step] })}: ${t(`flow.step.${step}`)}`}
    </h2>
  );
}
