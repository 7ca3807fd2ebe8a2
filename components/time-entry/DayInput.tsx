import { useEffect, useId, useState } from 'react';
import { ENTRY_PATTERNS, checkEntry, dayFromEntry, entryFromDay, wallTimeAt } from '@/lib/time';
import { useI18n } from '../I18n';
import { DateTimeEntry } from './DateTimeEntry';
import { useTimeWords } from './useTimeWords';

/**
 * A calendar day typed "dd-mm-yyyy" (the dashboard's date filter), for a value kept as
 * "yyyy-MM-dd". The filter takes a day once it is a whole, real one inside [min, max]; a
 * half-typed one keeps the filter as it was, and is refused in words once the field is left.
 */
export function DayInput({
  label,
  value,
  onChange,
  min,
  max,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
  min?: string | null;
  max?: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const words = useTimeWords();
  const [text, setText] = useState(entryFromDay(value));
  const [editing, setEditing] = useState(false);
  // Follows a day set from outside (a preset, "reset").
  useEffect(() => {
    setText((shown) => (dayFromEntry(shown) === value || (value === null && shown.trim() === '') ? shown : entryFromDay(value)));
  }, [value]);

  const day = dayFromEntry(text);
  const checked = checkEntry(text, 'date');
  let error: string | null = null;
  if (!checked.ok && checked.problem !== 'empty' && !(editing && checked.problem === 'incomplete')) {
    error = t(checked.problem === 'incomplete' ? 'time.error.incomplete' : 'time.error.no-such-date', { label, pattern: ENTRY_PATTERNS.date, example: '07-12-2026' });
  } else if (day && min && day < min) error = t('time.error.beforeMin', { label, min: entryFromDay(min) });
  else if (day && max && day > max) error = t('time.error.afterMax', { label, max: entryFromDay(max) });

  const change = (next: string) => {
    setText(next);
    const nextDay = dayFromEntry(next);
    if (next.trim() === '') onChange(null);
    else if (nextDay && !(min && nextDay < min) && !(max && nextDay > max)) onChange(nextDay);
  };

  return (
    <div className="time-day">
      <label htmlFor={id}>{label}</label>
      <DateTimeEntry
        id={id}
        kind="date"
        value={text}
        onChange={change}
        base={() => wallTimeAt(Date.now())}
        describedBy={error ? `${id}-error` : undefined}
        invalid={!!error}
        title={checked.ok ? words.wallTime(checked.time, 'date') : undefined}
        testId={testId}
        onEditingChange={setEditing}
      />
      {error && (
        <small id={`${id}-error`} className="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
