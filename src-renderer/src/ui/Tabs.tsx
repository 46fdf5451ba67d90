export interface Tab<K extends string> {
  key: K;
  label: string;
  href: string;
  count?: string;
}

/** Tabs are links: each has its own address, so back, forward and "open in new tab" work. */
export function Tabs<K extends string>({ tabs, current, label }: { tabs: Tab<K>[]; current: K; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <a key={tab.key} href={tab.href} className="tabs__tab" aria-current={tab.key === current ? 'page' : undefined}>
          {tab.label}
          {tab.count !== undefined ? <span className="tabs__count">{tab.count}</span> : null}
        </a>
      ))}
    </nav>
  );
}
