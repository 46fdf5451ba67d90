/** Today as YYYY-MM-DD in the user's own day, which is what "expired" means to them. */
export function localToday(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export const soonDays = 90;

export type WarrantyState = 'expired' | 'soon' | 'ok';

/** ISO dates compare as strings. */
export function warrantyState(end: string | null, today = localToday(), soon = localToday(soonDays)): WarrantyState | null {
  if (!end) return null;
  if (end < today) return 'expired';
  return end < soon ? 'soon' : 'ok';
}
