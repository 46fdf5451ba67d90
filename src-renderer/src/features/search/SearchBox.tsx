import { type RefObject, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useQuery } from '../../api/useQuery';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { KeyHints } from '../../ui/KeyHints';
import { useDebounced } from '../../ui/useDebounced';
import './search.css';
import { type SearchGroup, type SearchItem, searchItems } from './searchItems';
import { SearchResult } from './SearchResult';

const groups: SearchGroup[] = ['clients', 'sites', 'devices'];

/**
 * The top bar's search: clients, sites and devices from `fleet.search`, grouped; ↑/↓ and Enter
 * open a result, Esc closes. An Enter typed before the answer arrives opens the first result.
 */
export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [enterPending, setEnterPending] = useState(false);
  const query = useDebounced(text.trim(), 100);
  const search = useQuery('fleet.search', query ? { query, limit: 6 } : null, { keepPrevious: true });
  const items = useMemo(() => (search.data ? searchItems(search.data) : []), [search.data]);
  const settled = query === text.trim() && search.status === 'ready';

  const close = () => {
    setOpen(false);
    setEnterPending(false);
    inputRef.current?.blur();
  };
  const go = (item: SearchItem | undefined) => {
    if (!item) return;
    navigate(item.href);
    setText('');
    close();
  };

  useEffect(() => {
    if (enterPending && settled) {
      setEnterPending(false);
      if (items[0]) go(items[0]);
    }
  });

  const showing = open && text.trim() !== '';
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="search">
      <Icon name="search" className="search__icon" />
      <input
        ref={inputRef}
        className="search__input"
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showing && settled && items[active] ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            if (text) setText('');
            close();
          } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (items.length === 0 ? 0 : (current + step + items.length) % items.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (settled) go(items[active]);
            else if (text.trim()) setEnterPending(true);
          }
        }}
      />
      {!showing ? <Kbd>{t('search.shortcut')}</Kbd> : null}
      {showing ? (
        <div className="palette" id={listId} role="listbox" aria-label={t('search.label')} onMouseDown={(event) => event.preventDefault()}>
          {items.length === 0 ? (
            <div className="palette__status">{settled ? t('search.noResults', { query: text.trim() }) : t('search.searching')}</div>
          ) : (
            groups.map((group) => {
              const members = items.map((item, index) => ({ item, index })).filter(({ item }) => item.group === group);
              if (members.length === 0) return null;
              return (
                <div key={group} role="group" aria-label={t(`search.groups.${group}`)}>
                  <div className="palette__group" aria-hidden="true">
                    {t(`search.groups.${group}`)}
                  </div>
                  {members.map(({ item, index }) => (
                    <div
                      key={item.id}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === active}
                      className="palette__option"
                      onMouseMove={() => setActive(index)}
                      onClick={() => go(item)}
                    >
                      <SearchResult item={item} />
                    </div>
                  ))}
                </div>
              );
            })
          )}
          <div className="palette__hint">
            <KeyHints
              hints={[
                { keys: ['↑', '↓'], label: t('keys.move') },
                { keys: [t('keys.enter')], label: t('keys.open') },
                { keys: [t('keys.esc')], label: t('keys.close') },
              ]}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
