// A handful of 16px stroke icons drawn inline: no icon font or library to load, and they take currentColor.
const paths = {
  search: 'M7 12.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11ZM11 11l3.5 3.5',
  plus: 'M8 3v10M3 8h10',
  clients: 'M2.5 14V3.5l5-2v12.5M7.5 6h6v8M2.5 14h11M4.5 5h1M4.5 7.5h1M4.5 10h1M9.5 8.5h2M9.5 11h2',
  devices: 'M2 3h12v7H2zM5.5 13.5h5M8 10v3.5',
  settings:
    'M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  chevronRight: 'M6 3.5 10.5 8 6 12.5',
  arrowUp: 'M8 13V3M4 7l4-4 4 4',
  arrowDown: 'M8 3v10M4 9l4 4 4-4',
  close: 'M4 4l8 8M12 4l-8 8',
  edit: 'M10.5 2.5l3 3L6 13H3v-3l7.5-7.5Z',
  archive: 'M2 3h12v3H2zM3 6v7.5h10V6M6.5 9h3',
  restore: 'M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v3h3',
  alert: 'M8 1.5 15 14H1L8 1.5ZM8 6v3.5M8 11.5v.5',
  inbox: 'M1.5 9h4l1 2h3l1-2h4M3 3h10l1.5 6v4.5h-13V9L3 3Z',
  lock: 'M4 7V5a4 4 0 0 1 8 0v2M3 7h10v7H3zM8 9.5v2',
  filter: 'M2 3h12L9.5 8.5V13l-3 1.5v-6L2 3Z',
  download: 'M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11',
  upload: 'M8 10V2M4.5 5.5 8 2l3.5 3.5M2.5 13.5h11',
  repeat: 'M2.5 7V5.5a2 2 0 0 1 2-2h9M11 1l2.5 2.5L11 6M13.5 9v1.5a2 2 0 0 1-2 2h-9M5 15l-2.5-2.5L5 10',
  sun: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={paths[name]} />
    </svg>
  );
}
