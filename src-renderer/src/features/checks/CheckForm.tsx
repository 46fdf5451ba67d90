import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Check, type CheckKind, type KindField, checkKinds, dnsRecordTypes, httpMethods, kindFields } from '../../../../src-main/checks/schemas';
import type { Api } from '../../../../src-main/core/contract';
import type { InputOf, OutputOf } from '../../../../src-main/core/method';
import { ApiError, send } from '../../api/client';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { errorMessage } from '../../ui/errorMessage';
import { StateBadge } from '../health/StateBadge';

type Values = Record<
  | 'label'
  | 'host'
  | 'port'
  | 'url'
  | 'method'
  | 'statusMin'
  | 'statusMax'
  | 'keyword'
  | 'matchType'
  | 'matchExpect'
  | 'headers'
  | 'body'
  | 'followRedirects'
  | 'ignoreTls'
  | 'name'
  | 'recordType'
  | 'resolver'
  | 'expected'
  | 'warnDays'
  | 'critDays'
  | 'intervalSeconds'
  | 'timeoutMs'
  | 'retries'
  | 'warnMs'
  | 'critMs'
  | 'flags'
  | 'ca'
  | 'runOn',
  string
>;

/** Whom a new check belongs to: a device, or a client (a bare target). */
export type CheckOwner = { deviceId: string } | { clientId: string };

/** Regex flags a user may tick; the core accepts exactly these (schemas.ts, regexProblem). */
const regexFlags = ['i', 'm', 's'] as const;

type Definition = InputOf<Api, 'checks.test'>;
type TestResult = OutputOf<Api, 'checks.test'>;

const blank = (host: string): Values => ({
  label: '',
  host,
  port: '',
  url: '',
  method: 'GET',
  statusMin: '',
  statusMax: '',
  keyword: '',
  matchType: 'keyword',
  matchExpect: 'present',
  headers: '',
  body: '',
  followRedirects: 'yes',
  ignoreTls: '',
  name: '',
  recordType: 'A',
  resolver: '',
  expected: '',
  warnDays: '',
  critDays: '',
  intervalSeconds: '60',
  timeoutMs: '5000',
  retries: '2',
  warnMs: '',
  critMs: '',
  flags: '',
  ca: '',
  runOn: '',
});

const number = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The API input for the form's kind: only the fields that kind uses, empty ones left out. */
function definitionOf(kind: CheckKind, v: Values): Definition {
  const common = {
    kind,
    label: v.label.trim(),
    intervalSeconds: number(v.intervalSeconds),
    timeoutMs: number(v.timeoutMs),
    retries: number(v.retries),
    warnMs: number(v.warnMs),
    critMs: number(v.critMs),
  };
  const specific: Record<string, unknown> = {};
  if (kind === 'ping') specific.host = v.host.trim();
  if (kind === 'tcp') Object.assign(specific, { host: v.host.trim(), port: number(v.port) });
  if (kind === 'tls') Object.assign(specific, { host: v.host.trim(), port: number(v.port), warnDays: number(v.warnDays), critDays: number(v.critDays) });
  if ((kind === 'tls' || kind === 'http') && text(v.ca)) specific.ca = v.ca.trim();
  if (kind === 'http') {
    Object.assign(specific, { url: v.url.trim(), method: v.method });
    if (text(v.statusMin) || text(v.statusMax)) specific.expectedStatus = { min: number(v.statusMin) ?? 200, max: number(v.statusMax) ?? 399 };
    if (text(v.keyword)) {
      const flags = v.matchType === 'regex' && v.flags ? { flags: v.flags } : {};
      specific.bodyMatch = { type: v.matchType, pattern: v.keyword.trim(), expect: v.matchExpect, ...flags };
    }
    const headers = headersOf(v.headers);
    if (headers) specific.headers = headers;
    if (v.body !== '') specific.body = v.body;
    if (v.followRedirects !== 'yes') specific.followRedirects = false;
    if (v.ignoreTls === 'yes') specific.ignoreTls = true;
  }
  if (kind === 'dns') Object.assign(specific, { name: v.name.trim(), recordType: v.recordType, resolver: text(v.resolver), expected: text(v.expected) });
  const all = { ...common, ...specific };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)) as unknown as Definition;
}

/** "Name: value" lines to a header record; blank lines are skipped. */
function headersOf(textValue: string): Record<string, string> | undefined {
  const entries = textValue
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return colon < 0 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The form's values for an existing check. */
function valuesOf(check: Check): Values {
  const v = blank('');
  const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    ...v,
    label: check.label,
    host: str(check.host),
    port: str(check.port),
    url: str(check.url),
    method: check.method ?? 'GET',
    statusMin: str(check.expectedStatus?.min),
    statusMax: str(check.expectedStatus?.max),
    keyword: check.bodyMatch?.pattern ?? '',
    matchType: check.bodyMatch?.type ?? 'keyword',
    matchExpect: check.bodyMatch?.expect ?? 'present',
    headers: Object.entries(check.headers ?? {})
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    body: check.body ?? '',
    followRedirects: check.followRedirects === false ? '' : 'yes',
    ignoreTls: check.ignoreTls ? 'yes' : '',
    name: str(check.name),
    recordType: check.recordType ?? 'A',
    resolver: str(check.resolver),
    expected: str(check.expected),
    warnDays: str(check.warnDays),
    critDays: str(check.critDays),
    intervalSeconds: String(check.intervalSeconds),
    timeoutMs: String(check.timeoutMs),
    retries: String(check.retries),
    warnMs: str(check.warnMs),
    critMs: str(check.critMs),
    flags: check.bodyMatch?.flags ?? '',
    ca: check.ca ?? '',
    runOn: check.runOn,
  };
}

/** An update from a definition: every optional field the definition leaves out is cleared (null). */
function updateOf(id: string, definition: Definition): InputOf<Api, 'checks.update'> {
  const update: Record<string, unknown> = { id, ...definition };
  delete update.paused;
  for (const key of [...(Object.keys(kindFields) as KindField[]), 'warnMs', 'critMs']) {
    if (update[key] === undefined) update[key] = null;
  }
  return update as InputOf<Api, 'checks.update'>;
}

/** Fills the form from a template's defaults (flat fields only; bodyMatch and expectedStatus by hand). */
function applyTemplate(values: Values, defaults: Record<string, unknown>): Values {
  const next = { ...values };
  for (const [key, value] of Object.entries(defaults)) {
    if (key in next && (typeof value === 'number' || typeof value === 'string')) next[key as keyof Values] = String(value);
  }
  const status = defaults.expectedStatus as { min?: number; max?: number } | undefined;
  if (status) {
    next.statusMin = String(status.min ?? '');
    next.statusMax = String(status.max ?? '');
  }
  return next;
}

/** Adds a check to a device or a client's bare target (`defaultHost` prefills the target), or with `check` edits that check. */
export function CheckForm({ owner, defaultHost = '', check, onClose }: { owner: CheckOwner; defaultHost?: string; check?: Check; onClose(): void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const templates = useQuery('checks.templates', {});
  const instance = useQuery('system.instance', {});
  const [kind, setKind] = useState<CheckKind>(check?.kind ?? 'http');
  const [values, setValues] = useState<Values>(() => (check ? valuesOf(check) : blank(defaultHost)));
  const [advanced, setAdvanced] = useState(() => Boolean(check && (check.headers || check.body || check.followRedirects === false || check.ignoreTls || check.bodyMatch || check.ca)));
  const [template, setTemplate] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const [testError, setTestError] = useState<unknown>(null);

  const set = (key: keyof Values) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const fieldError = (path: string) => {
    const failure = error ?? testError;
    return failure instanceof ApiError ? failure.fieldError(path) : undefined;
  };

  const chooseTemplate = (id: string) => {
    setTemplate(id);
    const chosen = templates.data?.items.find((item) => item.id === id);
    if (!chosen) return;
    setKind(chosen.kind);
    setValues((previous) => applyTemplate(previous, chosen.defaults));
  };

  // A new check runs where this instance puts checks by default: continuously on the hub, or on this laptop.
  const here = instance.data;
  const runOn = values.runOn || (here ? (here.kind === 'hub' ? 'hub' : here.id) : '');
  const runOnChoices = [
    { value: 'hub', label: t('checks.form.runOnHub') },
    ...(here ? [{ value: here.id, label: t('checks.form.runOnHere', { host: here.hostname }) }] : []),
    ...(runOn && runOn !== 'hub' && runOn !== here?.id ? [{ value: runOn, label: t('checks.form.runOnOther', { id: runOn }) }] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const placement = runOn ? { runOn } : {};
    try {
      if (check) await mutate('checks.update', { ...updateOf(check.id, definitionOf(kind, values)), ...placement });
      else await mutate('checks.create', { ...owner, ...placement, ...definitionOf(kind, values) } as InputOf<Api, 'checks.create'>);
      onClose();
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  const testNow = async () => {
    setTesting(true);
    setTestError(null);
    setResult(null);
    try {
      setResult(await send('checks.test', definitionOf(kind, values)));
    } catch (failure) {
      setTestError(failure);
    } finally {
      setTesting(false);
    }
  };

  const input = (key: keyof Values, label: string, options: { optional?: boolean; mono?: boolean; wide?: boolean; path?: string; placeholder?: string; inputMode?: 'numeric' } = {}) => (
    <Field label={label} htmlFor={`check-${key}`} optional={options.optional} wide={options.wide} error={fieldError(options.path ?? key)}>
      <input
        id={`check-${key}`}
        className={options.mono ? 'input mono' : 'input'}
        value={values[key]}
        placeholder={options.placeholder}
        inputMode={options.inputMode}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={fieldError(options.path ?? key) ? true : undefined}
        onChange={(event) => set(key)(event.target.value)}
      />
    </Field>
  );
  const select = (id: string, label: string, value: string, choices: readonly { value: string; label: string }[], onChange: (value: string) => void): ReactNode => (
    <Field label={label} htmlFor={id}>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const checkbox = (key: 'followRedirects' | 'ignoreTls', label: string) => (
    <label className="field check-toggle" htmlFor={`check-${key}`}>
      <input id={`check-${key}`} type="checkbox" checked={values[key] === 'yes'} onChange={(event) => set(key)(event.target.checked ? 'yes' : '')} />
      <span>{label}</span>
    </label>
  );
  const num = { inputMode: 'numeric' as const, mono: true };
  const caField = (
    <Field label={t('checks.form.ca')} htmlFor="check-ca" optional wide error={fieldError('ca')} hint={t('checks.form.caHint')}>
      <textarea
        id="check-ca"
        className="input mono"
        rows={3}
        value={values.ca}
        placeholder="-----BEGIN CERTIFICATE-----"
        spellCheck={false}
        aria-invalid={fieldError('ca') ? true : undefined}
        onChange={(event) => set('ca')(event.target.value)}
      />
    </Field>
  );

  return (
    <FormDrawer title={check ? t('checks.form.editTitle', { name: check.label || check.target }) : t('checks.form.title')} formRef={formRef} onSubmit={(event) => void submit(event)} onClose={onClose} submitting={submitting} formError={error && !(error instanceof ApiError && error.body.fields?.length) ? error : null} submitLabel={check ? t('common.save') : t('common.create')}>
      {check ? null : select('check-template', t('checks.form.template'), template, [{ value: '', label: t('checks.form.noTemplate') }, ...(templates.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))], chooseTemplate)}
      {select('check-kind', t('checks.form.kind'), kind, checkKinds.map((value) => ({ value, label: t(`checks.kinds.${value}`) })), (value) => setKind(value as CheckKind))}
      {input('label', t('checks.form.label'), { optional: true, wide: true })}
      {kind === 'ping' || kind === 'tcp' || kind === 'tls' ? input('host', t('checks.form.host'), { mono: true }) : null}
      {kind === 'tcp' || kind === 'tls' ? input('port', t('checks.form.port'), { ...num, optional: kind === 'tls' }) : null}
      {kind === 'http' ? (
        <>
          {input('url', t('checks.form.url'), { mono: true, wide: true, placeholder: 'https://' })}
          {select('check-method', t('checks.form.method'), values.method, httpMethods.map((value) => ({ value, label: value })), set('method'))}
          {input('keyword', values.matchType === 'regex' ? t('checks.form.pattern') : t('checks.form.keyword'), { optional: true, path: 'bodyMatch.pattern' })}
          {input('statusMin', t('checks.form.statusMin'), { ...num, optional: true, path: 'expectedStatus.min', placeholder: '200' })}
          {input('statusMax', t('checks.form.statusMax'), { ...num, optional: true, path: 'expectedStatus.max', placeholder: '399' })}
          <div className="field field--wide">
            <button type="button" className="check-advanced" aria-expanded={advanced} onClick={() => setAdvanced((open) => !open)}>
              {advanced ? '▾' : '▸'} {t('checks.form.advanced')}
            </button>
          </div>
          {advanced ? (
            <>
              {select('check-matchType', t('checks.form.matchType'), values.matchType, [{ value: 'keyword', label: t('checks.form.matchTypes.keyword') }, { value: 'regex', label: t('checks.form.matchTypes.regex') }], set('matchType'))}
              {select('check-matchExpect', t('checks.form.matchExpect'), values.matchExpect, [{ value: 'present', label: t('checks.form.matchExpects.present') }, { value: 'absent', label: t('checks.form.matchExpects.absent') }], set('matchExpect'))}
              {values.matchType === 'regex' ? (
                <fieldset className="field field--wide check-flags" aria-describedby={fieldError('bodyMatch.flags') ? 'check-flags-error' : undefined}>
                  <legend className="field__label">{t('checks.form.flags')}</legend>
                  {regexFlags.map((flag) => (
                    <label key={flag} className="check-toggle" htmlFor={`check-flag-${flag}`}>
                      <input
                        id={`check-flag-${flag}`}
                        type="checkbox"
                        checked={values.flags.includes(flag)}
                        onChange={(event) => set('flags')(regexFlags.filter((f) => (f === flag ? event.target.checked : values.flags.includes(f))).join(''))}
                      />
                      <span>{t(`checks.form.flagNames.${flag}`)}</span>
                    </label>
                  ))}
                  {fieldError('bodyMatch.flags') ? (
                    <div className="field__error" id="check-flags-error">
                      {fieldError('bodyMatch.flags')}
                    </div>
                  ) : null}
                </fieldset>
              ) : null}
              <Field label={t('checks.form.headers')} htmlFor="check-headers" optional wide error={fieldError('headers')}>
                <textarea id="check-headers" className="input mono" rows={2} value={values.headers} placeholder="Authorization: Bearer …" spellCheck={false} onChange={(event) => set('headers')(event.target.value)} />
              </Field>
              <Field label={t('checks.form.body')} htmlFor="check-body" optional wide error={fieldError('body')}>
                <textarea id="check-body" className="input mono" rows={2} value={values.body} spellCheck={false} onChange={(event) => set('body')(event.target.value)} />
              </Field>
              {checkbox('followRedirects', t('checks.form.followRedirects'))}
              {checkbox('ignoreTls', t('checks.form.ignoreTls'))}
              {caField}
            </>
          ) : null}
        </>
      ) : null}
      {kind === 'tls' ? (
        <>
          {input('warnDays', t('checks.form.warnDays'), { ...num, optional: true })}
          {input('critDays', t('checks.form.critDays'), { ...num, optional: true })}
          {caField}
        </>
      ) : null}
      {kind === 'dns' ? (
        <>
          {input('name', t('checks.form.dnsName'), { mono: true })}
          {select('check-recordType', t('checks.form.recordType'), values.recordType, dnsRecordTypes.map((value) => ({ value, label: value })), set('recordType'))}
          {input('resolver', t('checks.form.resolver'), { mono: true, optional: true })}
          {input('expected', t('checks.form.expected'), { mono: true, optional: true })}
        </>
      ) : null}
      <FormSection title={t('checks.form.schedule')} />
      {input('intervalSeconds', t('checks.form.interval'), num)}
      {input('timeoutMs', t('checks.form.timeout'), num)}
      {input('retries', t('checks.form.retries'), num)}
      <span />
      {input('warnMs', t('checks.form.warnMs'), { ...num, optional: true })}
      {input('critMs', t('checks.form.critMs'), { ...num, optional: true })}
      <Field label={t('checks.form.runOn')} htmlFor="check-runOn" wide error={fieldError('runOn')} hint={t('checks.form.runOnHint')}>
        <select id="check-runOn" className="input select" value={runOn} disabled={!here} onChange={(event) => set('runOn')(event.target.value)}>
          {runOnChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="field field--wide check-test">
        <Button icon="search" busy={testing} onClick={() => void testNow()}>
          {t('checks.form.testNow')}
        </Button>
        {testError && !(testError instanceof ApiError && testError.body.fields?.length) ? (
          <p className="form-error" role="alert">
            {errorMessage(t, testError)}
          </p>
        ) : null}
        {result ? (
          <section className="check-test__result" aria-label={t('checks.form.result')}>
            <div className="check-test__line">
              <StateBadge state={result.status} />
              {result.latencyMs !== null ? <span className="mono">{Math.round(result.latencyMs)} ms</span> : null}
              <span>{result.message}</span>
            </div>
            {result.details ? <pre className="check-test__details mono">{JSON.stringify(result.details, null, 2)}</pre> : null}
          </section>
        ) : null}
      </div>
    </FormDrawer>
  );
}
