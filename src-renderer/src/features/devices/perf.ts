// Marks the benchmark reads in Chromium (targets: first page within 300 ms of navigating to
// Devices; a filter change repainted within 50 ms). `devices:filter-input` is set when the
// debounced filter is applied, so the measure is the query plus the repaint, not the debounce.

let awaiting: 'navigate' | 'filter' | null = null;

export function markDevicesNavigate(): void {
  performance.mark('devices:navigate');
  awaiting = 'navigate';
}

export function markFilterInput(): void {
  performance.mark('devices:filter-input');
  if (awaiting !== 'navigate') awaiting = 'filter';
}

/** Called from a layout effect once the rows for the current filter are in the DOM. */
export function markRowsCommitted(): void {
  if (awaiting === 'navigate') performance.mark('devices:first-page-painted');
  else if (awaiting === 'filter') performance.mark('devices:filter-painted');
  awaiting = null;
}
