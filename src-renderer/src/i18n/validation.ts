import type { TFunction } from 'i18next';

/**
 * The schemas (shared with the core) and the core speak English. Their messages are stable
 * text, so each known one is mapped to a translation; an unknown one is shown as it came,
 * which is still better than hiding it.
 */
const known: [RegExp, (t: TFunction, match: RegExpExecArray) => string][] = [
  [/^Required$/, (t) => t('validation.required')],
  [/^At most (\d+) characters$/, (t, m) => t('validation.tooLong', { max: m[1] })],
  [/^Not a known IANA time zone/, (t) => t('validation.timezone')],
  [/^2–16 letters, digits/, (t) => t('validation.clientCode')],
  [/^Not a valid IPv4 or IPv6 address$/, (t) => t('validation.ip')],
  [/^Not a valid MAC address/, (t) => t('validation.mac')],
  [/^Not a network in CIDR form/, (t) => t('validation.cidr')],
  [/^A date as YYYY-MM-DD$/, (t) => t('validation.date')],
  [/^Not a real date$/, (t) => t('validation.realDate')],
  [/^Tags are 1–40/, (t) => t('validation.tag')],
  [/^Not a valid e-mail address$/, (t) => t('validation.email')],
  [/^Not a valid phone number$/, (t) => t('validation.phone')],
  [/^Not a valid host name$/, (t) => t('validation.hostname')],
  [/^Client code (\S+) is already used by (.+)$/, (t, m) => t('validation.duplicateCode', { code: m[1], holder: m[2] })],
  [/^The client is archived: restore/, (t) => t('validation.clientArchived')],
  [/^The site is archived: restore/, (t) => t('validation.siteArchived')],
  [/^The site belongs to another client$/, (t) => t('validation.otherClientSite')],
  [/^The demo fleet loads only into an empty database/, (t) => t('validation.demoNotEmpty')],
  [/^Too big: expected array/, (t) => t('validation.tooMany')],
  [/^Paste the CA certificate in PEM form/, (t) => t('validation.pem.notPem')],
  [/^This is a private key: /, (t) => t('validation.pem.privateKey')],
  [/^A (.+) block is not a certificate/, (t, m) => t('validation.pem.notCertificate', { label: m[1] })],
  [/^A certificate block holds characters that are not base64/, (t) => t('validation.pem.notBase64')],
  [/^Only certificate blocks, nothing between or around them$/, (t) => t('validation.pem.extraText')],
  [/^(The certificate|Certificate \d+ of \d+) cannot be read/, (t) => t('validation.pem.unreadable')],
  [/^At least 1 day$/, (t) => t('validation.atLeastOneDay')],
  [/^At most (\d+) days$/, (t, m) => t('validation.atMostDays', { max: m[1] })],
  [/^A whole number of days/, (t) => t('validation.wholeDays')],
  [/^At least as long as (raw results|minute rollups|hour rollups) \((\d+) days\)$/, (t, m) => t(`validation.keptAtLeast.${m[1] as 'raw results'}`, { days: m[2] })],
  [/^must be later than start (\d\d:\d\d); split an overnight shift/, (t, m) => t('validation.sla.endBeforeStart', { start: m[1] })],
  [/^".*" is not a time 00:00-23:59$/, (t) => t('validation.sla.startTime')],
  [/^".*" is not a time 00:01-24:00$/, (t) => t('validation.sla.endTime')],
  [/^".*" is not a date YYYY-MM-DD$/, (t) => t('validation.date')],
  [/^the calendar has no business hours/, (t) => t('validation.sla.noHours')],
  [/^Must be at least the response target$/, (t) => t('validation.sla.resolveBeforeResponse')],
  [/^At least 1 minute$/, (t) => t('validation.sla.atLeastOneMinute')],
  [/^Whole minutes$/, (t) => t('validation.sla.wholeMinutes')],
  [/^At most a year of minutes$/, (t) => t('validation.sla.atMostAYear')],
  [/^At least (\d+) characters$/, (t, m) => t('accounts.tooShort', { min: m[1] })],
  [/^Letters, digits and \. _ @ - only/, (t) => t('accounts.loginChars')],
  [/^The login (\S+) is already used by (.+)$/, (t, m) => t('accounts.duplicateLogin', { login: m[1], holder: m[2] })],
  [/^(.+) is the last active admin: /, (t, m) => t('accounts.lastAdmin', { name: m[1] })],
  [/^Not your current password$/, (t) => t('accounts.password.wrongCurrent')],
  [/^Wrong login or password$/, (t) => t('signIn.wrong')],
  [/^Too many failed sign-ins: try again in (\d+) minutes?$/, (t, m) => t('signIn.throttled', { minutes: m[1] })],
];

export function translateMessage(t: TFunction, message: string): string {
  for (const [pattern, translate] of known) {
    const match = pattern.exec(message);
    if (match) return translate(t, match);
  }
  return message;
}
