/** The zones an Italian MSP's clients are likely in, Rome first; any other valid zone on a client is kept. */
export const commonTimezones = [
  'Europe/Rome',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Berlin',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Istanbul',
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Dubai',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
];

export const timezoneOptions = (current: string) =>
  (commonTimezones.includes(current) ? commonTimezones : [current, ...commonTimezones]).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
