import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../I18n';
import { filterGroups, groupKey, type GroupOption } from './group-choices';
import type { GroupChoicesState } from './useGroupChoices';
import './group-chooser.css';

/**
 * The forward-to group, chosen rather than typed (issue 14, item 7): a combobox over the ticket's
 * Owner Group, the lead's list, NOSSA's own list (read on the agent's click) and recent groups,
 * filtered as the agent types. Keyboard: ↓/↑ move through the list (↓ opens it), Enter takes the
 * highlighted group, Escape closes the list. Whether the typed group may go on is the step's
 * (checkGroup): with a list known, a group outside it is refused at this field.
 */
export function GroupChooser({
  id,
  describedBy,
  value,
  onChange,
  onLeave,
  choices,
  invalid,
}: {
  id: string;
  describedBy?: string;
  value: string;
  onChange: (value: string) => void;
  /** The agent left the field (its check may show now). */
  onLeave?: () => void;
  choices: GroupChoicesState;
  invalid: boolean;
}) {
  const { t } = useI18n();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  /** What the agent typed since the list opened: the filter (opening shows every group). */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const shown = filterGroups(choices.options, query ?? '');
  const optionId = (index: number) => `${listId}-${index}`;

  const openList = () => {
    setOpen(true);
    setQuery(null);
    setActive(choices.options.findIndex((o) => groupKey(o.value) === groupKey(value)));
  };
  const choose = (option: GroupOption) => {
    onChange(option.value);
    setOpen(false);
    setQuery(null);
    setActive(-1);
    input.current?.focus();
  };
  const move = (by: number) => {
    if (!open) return openList();
    if (!shown.length) return;
    setActive((index) => (index < 0 ? (by > 0 ? 0 : shown.length - 1) : (index + by + shown.length) % shown.length));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        return move(1);
      case 'ArrowUp':
        event.preventDefault();
        return move(-1);
      case 'Enter':
        // With a group highlighted, Enter takes it; otherwise it submits the step as usual.
        if (open && shown[active]) {
          event.preventDefault();
          choose(shown[active]);
        }
        return;
      case 'Escape':
        if (open) {
          // Only the list closes: the panel's own Escape (leaving the panel) waits for the next press.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  };

  const reading = choices.nossaRead.kind === 'reading';
  const readStatus =
    choices.nossaRead.kind === 'reading'
      ? t('groups.reading')
      : choices.nossaRead.kind === 'done'
        ? t('groups.readDone', { count: choices.nossaRead.count })
        : choices.nossaRead.kind === 'failed'
          ? t(`groups.readFailed.${choices.nossaRead.reason}`)
          : '';

  return (
    <div className="group-chooser">
      {/* Above the field: the list that opens under the field never covers it. */}
      <div className="group-read">
        <button type="button" className="link" onClick={() => void choices.readNossa()} disabled={reading} data-testid="group-read">
          {t('groups.read')}
        </button>
        <span role="status" className={choices.nossaRead.kind === 'failed' ? 'group-read-failed' : undefined} data-testid="group-read-status">
          {readStatus}
        </span>
      </div>
      <div className="group-combo">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onClick={() => (open ? setOpen(false) : openList())}
          onBlur={() => {
            setOpen(false);
            onLeave?.();
          }}
          data-testid="request-group"
        />
        <ul role="listbox" id={listId} aria-label={t('groups.options')} hidden={!open} className="group-options" data-testid="group-options">
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // The input keeps focus: a click chooses without blurring it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              data-value={option.value}
            >
              <span className="group-value">{option.value}</span>
              <span className="group-sources">{option.sources.map((source) => t(`groups.source.${source}`)).join(' · ')}</span>
            </li>
          ))}
          {open && shown.length === 0 && (
            <li role="presentation" className="group-none">
              {t('groups.none')}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
