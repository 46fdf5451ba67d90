/** Small string helpers: accents off for e-mail, domain and code parts, zero padding. */

export function ascii(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case letters and digits only: "D'Angelo" → "dangelo", "Forlì" → "forli". */
export function slug(value: string): string {
  return ascii(value).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Upper-case letters and digits only. */
export function codePart(value: string): string {
  return ascii(value).toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Adds days to a YYYY-MM-DD date, in UTC, so the result never depends on the machine. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
