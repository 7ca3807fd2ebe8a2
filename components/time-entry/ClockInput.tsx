import { useEffect, useState } from 'react';
import { clockFromEntry, wallTimeAt } from '@/lib/time';
import { DateTimeEntry } from './DateTimeEntry';
import './time-entry.css';

/**
 * A time of day typed "HH:mm", 24-hour (the popup's shift times), for a value kept as "HH:mm".
 * What is not a time yet is passed on as typed, so the form's own check refuses it.
 */
export function ClockInput({ value, onChange, ariaLabel, testId }: { value: string; onChange: (time: string) => void; ariaLabel: string; testId?: string }) {
  const [text, setText] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    setText((shown) => (clockFromEntry(shown) === value ? shown : value));
  }, [value]);
  const valid = clockFromEntry(text) !== null;
  return (
    <span className="time-clock">
      <DateTimeEntry
        kind="time"
        value={text}
        onChange={(next) => {
          setText(next);
          const time = clockFromEntry(next) ?? next;
          if (time !== value) onChange(time);
        }}
        base={() => wallTimeAt(Date.now())}
        invalid={!valid && !editing}
        required
        ariaLabel={ariaLabel}
        testId={testId}
        onEditingChange={setEditing}
      />
    </span>
  );
}
