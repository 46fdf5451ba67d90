import { z } from 'zod';
import { criticalities } from '../fleet/schemas';
import { priority } from '../sla-policies/schemas';

export { criticalities };
export type Criticality = (typeof criticalities)[number];

/** The priority of the incident task a check alert opens, by the device's criticality. */
export const alertPriorityRule = z
  .object({ critical: priority, high: priority, medium: priority, low: priority })
  .strict() satisfies z.ZodType<Record<Criticality, unknown>>;
export type AlertPriorityRule = z.infer<typeof alertPriorityRule>;

export const defaultAlertPriorityRule: AlertPriorityRule = { critical: 'P1', high: 'P2', medium: 'P3', low: 'P4' };

const keptDays = (max: number) =>
  z.number({ message: `A whole number of days from 1 to ${max}` }).int('A whole number of days').min(1, 'At least 1 day').max(max, `At most ${max} days`);

/**
 * How many days check data is kept. Raw results are many (at 50,000 checks a minute apart, 72
 * million a day); each coarser kind is kept at least as long as the finer one, so a chart over an
 * old range always finds something to draw. A year of minute rollups at 50,000 checks would be
 * about 26 billion rows: hour and day rollups keep the long history instead.
 */
export const retention = z
  .object({ resultsDays: keptDays(90), minuteDays: keptDays(400), hourDays: keptDays(3650), dayDays: keptDays(3650) })
  .strict()
  .superRefine((value, ctx) => {
    const order = [
      ['resultsDays', 'raw results'],
      ['minuteDays', 'minute rollups'],
      ['hourDays', 'hour rollups'],
      ['dayDays', 'day rollups'],
    ] as const;
    for (let i = 1; i < order.length; i++) {
      const [[finer, finerName], [coarser]] = [order[i - 1]!, order[i]!];
      if (value[coarser] < value[finer]) ctx.addIssue({ code: 'custom', path: [coarser], message: `At least as long as ${finerName} (${value[finer]} days)` });
    }
  });
export type Retention = z.infer<typeof retention>;

export const defaultRetention: Retention = { resultsDays: 7, minuteDays: 30, hourDays: 400, dayDays: 400 };

export const settings = z.object({ alertPriorityRule, retention });
export type Settings = z.infer<typeof settings>;

export const settingsDefaults: Settings = { alertPriorityRule: defaultAlertPriorityRule, retention: defaultRetention };

/** Only the settings given change; each is replaced whole. */
export const settingsUpdateInput = z.object({ alertPriorityRule: alertPriorityRule.optional(), retention: retention.optional() }).strict();
