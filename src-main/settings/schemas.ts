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

export const settings = z.object({ alertPriorityRule });
export type Settings = z.infer<typeof settings>;

export const settingsDefaults: Settings = { alertPriorityRule: defaultAlertPriorityRule };

/** Only the settings given change; each is replaced whole. */
export const settingsUpdateInput = z.object({ alertPriorityRule: alertPriorityRule.optional() }).strict();
