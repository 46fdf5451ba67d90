import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Check } from '../../../../src-main/checks/schemas';
import { useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';

export const ranges = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, '90d': 90 * 86_400_000 } as const;
export type Range = keyof typeof ranges;
const liveTypes = ['checks.results'] as const;
// About one point per 2 px of a chart about 1,000 px wide.
const points = 500;

/** One check's latency: a min–max band and the average line, reduced in the core. */
export function LatencyChart({ checks }: { checks: Check[] }) {
  const { t, i18n } = useTranslation();
  const [checkId, setCheckId] = useState(checks[0]?.id ?? '');
  const [range, setRange] = useState<Range>('1h');
  const [now, setNow] = useState(() => Date.now());
  const current = checks.find((check) => check.id === checkId) ?? checks[0];
  const input = current ? { checkId: current.id, from: new Date(now - ranges[range]).toISOString(), to: new Date(now).toISOString(), points } : null;
  const series = useQuery('checks.series', input, { keepPrevious: true });
  // New results move the window to now; the input changes, so the series is fetched again.
  useLiveReload(() => setNow(Date.now()), liveTypes, (event) => event.type === 'checks.results' && (event.truncated || (current !== undefined && event.checkIds.includes(current.id))), 1000);

  const short = range === '1h' || range === '24h';
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, short ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric' }), [i18n.language, short]);
  const tooltipFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  const data = useMemo(
    () =>
      (series.data?.points ?? []).map((point) => ({
        at: Date.parse(point.at),
        band: point.minMs !== null && point.maxMs !== null ? [point.minMs, point.maxMs] : null,
        avg: point.avgMs,
      })),
    [series.data],
  );

  return (
    <section className="panel" aria-label={t('checks.chart.title')}>
      <h2 className="panel__title">
        {t('checks.chart.title')}
        <span className="chart-controls">
          {checks.length > 1 ? (
            <select className="input select" aria-label={t('checks.chart.check')} value={current?.id ?? ''} onChange={(event) => setCheckId(event.target.value)}>
              {checks.map((check) => (
                <option key={check.id} value={check.id}>
                  {check.label || check.target}
                </option>
              ))}
            </select>
          ) : null}
          <span className="segmented" role="radiogroup" aria-label={t('checks.chart.range')}>
            {(Object.keys(ranges) as Range[]).map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="latency-range"
                  value={option}
                  checked={range === option}
                  onChange={() => {
                    setRange(option);
                    setNow(Date.now());
                  }}
                />
                <span>{t(`checks.chart.ranges.${option}`)}</span>
              </label>
            ))}
          </span>
        </span>
      </h2>
      {!current ? (
        <p className="panel__empty">{t('checks.chart.noChecks')}</p>
      ) : data.length === 0 && series.status !== 'loading' ? (
        <p className="panel__empty">{t('checks.chart.noData')}</p>
      ) : data.length > 0 && data.every((point) => point.avg === null) ? (
        <p className="panel__empty">{t('checks.chart.noLatency')}</p>
      ) : (
        <div className="latency-chart" data-testid="latency-chart" data-points={data.length}>
          <ResponsiveContainer width="100%" height={220}>
            <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid stroke="var(--border)" vertical={false} />
              <XAxis dataKey="at" type="number" scale="time" domain={[now - ranges[range], now]} tickFormatter={(value: number) => timeFormat.format(value)} stroke="var(--text-faint)" fontSize={11} />
              <YAxis unit=" ms" stroke="var(--text-faint)" fontSize={11} width={64} />
              <Tooltip
                labelFormatter={(value) => tooltipFormat.format(Number(value))}
                formatter={(value) => (Array.isArray(value) ? value.map((v) => `${Math.round(Number(v))} ms`).join(' – ') : `${Math.round(Number(value))} ms`)}
                contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', fontSize: 12 }}
              />
              <Area dataKey="band" name={t('checks.chart.band')} stroke="none" fill="var(--accent)" fillOpacity={0.15} isAnimationActive={false} connectNulls />
              <Line dataKey="avg" name={t('checks.chart.avg')} stroke="var(--accent)" strokeWidth={1.5} dot={data.length < 30} isAnimationActive={false} connectNulls />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
