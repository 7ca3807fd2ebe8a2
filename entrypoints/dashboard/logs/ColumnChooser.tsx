import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/I18n';
import type { ColumnChoice } from './column-choice';
import { TABLE_COLUMNS } from './table-columns';

/**
 * "Kolom (9 dari 12)": a menu of the log table's columns, each a checkbox, and a way back to the
 * default. Keyboard: Enter or Space opens it onto the first column, Tab walks the boxes, Space
 * ticks, Escape closes it back onto the button; it also closes when focus or a click goes elsewhere.
 */
export function ColumnChooser({ choice }: { choice: ColumnChoice }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = new Set(choice.columns.map((column) => column.key));

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };
  // Tabbing out of the menu closes it, as a menu does; focus moving inside it does not.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && event.relatedTarget instanceof Node && !root.current?.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="column-chooser" ref={root} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)} data-testid="columns-button">
        {t('dashboard.columns.button', { shown: shown.size, total: TABLE_COLUMNS.length })}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <fieldset id={`${id}-menu`} className="column-menu" data-testid="columns-menu">
          <legend>{t('dashboard.columns.legend')}</legend>
          <ul>
            {TABLE_COLUMNS.map((column) => (
              <li key={column.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={shown.has(column.key)}
                    disabled={column.required}
                    onChange={(event) => choice.setShown(column.key, event.currentTarget.checked)}
                    data-testid={`column-${column.key}`}
                  />
                  {t(column.label)}
                  {column.required && <small className="muted"> ({t('dashboard.columns.always')})</small>}
                </label>
              </li>
            ))}
          </ul>
          <p className="muted" data-testid="columns-state">
            {t(choice.isDefault ? 'dashboard.columns.hint' : 'dashboard.columns.chosen')}
          </p>
          <div className="column-actions">
            <button
              type="button"
              onClick={() => {
                choice.reset();
                // The button disables itself: keep the keyboard in the menu rather than dropping it on the page.
                root.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
              }}
              disabled={choice.isDefault}
              data-testid="columns-default"
            >
              {t('dashboard.columns.default')}
            </button>
            <button type="button" onClick={() => close(true)}>
              {t('dashboard.columns.close')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
