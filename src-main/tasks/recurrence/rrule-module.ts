import * as rruleNamespace from 'rrule';

type RRuleModule = typeof rruleNamespace;

// Bundlers (vite, vitest, electron-vite) resolve the package's ES build and see its named exports.
// Node's own loader (tsx scripts, the hub run without a bundle) gets the CommonJS bundle, whose named
// exports it cannot detect, so everything sits on `default`. Accept both shapes.
const candidate = rruleNamespace as Partial<RRuleModule> & { default?: RRuleModule };
const loaded: RRuleModule = candidate.RRule ? (candidate as RRuleModule) : candidate.default!;

export const RRule = loaded.RRule;
export type RRule = InstanceType<RRuleModule['RRule']>;
export type { Options as RRuleOptions } from 'rrule';
