import { useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { deleteInEntry, maskEntry, nextSegment, normalizeEntry, segmentAt, segmentRange, stepEntry, typeInSegment, type EntryKind, type WallTime } from '@/lib/time';
import { useI18n } from '../I18n';
import './time-entry.css';

export interface DateTimeEntryProps {
  kind: EntryKind;
  /** The text as the entry shows it ("07-12-2026 16:30"); the caller reads it with lib/time. */
  value: string;
  onChange: (text: string) => void;
  /** Where arrow up/down start when a part is not typed yet: now, or the proposed time. */
  base: () => WallTime;
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  ariaLabel?: string;
  title?: string;
  testId?: string;
  /** Told when the agent enters and leaves the field (a half-typed value is not an error while they type). */
  onEditingChange?: (editing: boolean) => void;
}

/** Whether a key is one the entry handles itself (digits and separators typed inside the text). */
const SEPARATOR_KEY = /^[\s\-/.:,]$/;

/**
 * A text field for "dd-mm-yyyy HH:mm" (or its date or time part), 24-hour, whatever the
 * browser's locale. Typing at the end (and pasting, and Playwright's fill) goes through the
 * mask, so digits land in their segment; inside the text a digit replaces the segment under the
 * caret, Backspace and Delete take digits but keep the separators, and arrow up/down change
 * the segment under the caret (Shift: by 10). The text is tidied ("7-12-2026 9:30" ->
 * "07-12-2026 09:30") when the field is left.
 */
export function DateTimeEntry({ kind, value, onChange, base, id, describedBy, invalid, required, ariaLabel, title, testId, onEditingChange }: DateTimeEntryProps) {
  const { t } = useI18n();
  // Digits typed into one segment so far, valid only while the text and caret are where that left them.
  const typing = useRef<{ text: string; at: number; typed: string } | null>(null);

  const show = (input: HTMLInputElement, text: string, start: number, end = start) => {
    input.value = text;
    input.setSelectionRange(start, end);
    if (text !== value) onChange(text);
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const raw = input.value;
    const { text, caret } = maskEntry(raw, kind, input.selectionStart ?? raw.length);
    typing.current = null;
    // Set here, not left to the re-render: a stripped letter leaves the value unchanged, so
    // nothing would re-render and the letter would stay on screen.
    if (text !== raw) {
      input.value = text;
      input.setSelectionRange(caret, caret);
    }
    if (text !== value) onChange(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.currentTarget;
    const text = input.value;
    const start = input.selectionStart ?? text.length;
    const end = input.selectionEnd ?? start;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const segment = segmentAt(text, kind, start);
      const next = stepEntry(text, kind, segment, (event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 10 : 1), base());
      const range = segmentRange(next, kind, segment);
      typing.current = null;
      return show(input, next, range.start, range.end);
    }
    // Caret moves, Tab, Enter and the like stay the browser's.
    if (event.key.length !== 1 && event.key !== 'Backspace' && event.key !== 'Delete') return;
    // At the end, or over the whole text, the browser types and the mask (onInput) places it.
    const atEnd = start === end && end === text.length;
    const everything = start === 0 && end === text.length;
    if (atEnd || everything) return;
    event.preventDefault();
    if (/^\d$/.test(event.key)) {
      const previous = typing.current;
      const typed = previous && previous.text === text && previous.at === start && start === end ? previous.typed : '';
      const edit = typeInSegment(text, kind, start, event.key, typed);
      typing.current = { text: edit.text, at: edit.start, typed: edit.typed };
      return show(input, edit.text, edit.start, edit.end);
    }
    typing.current = null;
    if (event.key === 'Backspace' || event.key === 'Delete') {
      const edit = deleteInEntry(text, kind, start, end, event.key === 'Backspace' ? 'back' : 'forward');
      return show(input, edit.text, edit.start, edit.end);
    }
    if (SEPARATOR_KEY.test(event.key)) {
      const edit = nextSegment(text, kind, start);
      return show(input, edit.text, edit.start, edit.end);
    }
    // Any other character inside the text: ignored, as the mask would drop it.
  };

  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder={t(`time.placeholder.${kind}`)}
      value={value}
      onChange={onInput}
      onKeyDown={onKeyDown}
      onFocus={() => onEditingChange?.(true)}
      onBlur={() => {
        const tidy = normalizeEntry(value, kind);
        if (tidy !== value) onChange(tidy);
        onEditingChange?.(false);
      }}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      aria-required={required ? true : undefined}
      aria-label={ariaLabel}
      title={title}
      data-testid={testId}
    />
  );
}
