import { useCallback, useRef } from 'react';
import type { SystemInfo } from '../api/session';
import { useQuery } from '../api/useQuery';
import { SearchBox } from '../features/search/SearchBox';
import { Routes } from './Routes';
import { useGlobalShortcuts } from './shortcuts';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

export function Shell({ info }: { info: SystemInfo }) {
  const searchInput = useRef<HTMLInputElement>(null);
  const focusSearch = useCallback(() => searchInput.current?.focus(), []);
  useGlobalShortcuts(focusSearch);
  const stats = useQuery('fleet.stats', {});

  return (
    <div className="shell">
      <Sidebar stats={stats.data} />
      <div className="shell__main">
        <TopBar info={info} demo={stats.data?.demo ?? false}>
          <SearchBox inputRef={searchInput} />
        </TopBar>
        <main className="shell__content">
          <Routes />
        </main>
      </div>
    </div>
  );
}
