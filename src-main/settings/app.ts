import type { Handlers } from '../core/handlers';
import type { settingsContract } from './contract';
import { readSettings, writeSetting } from './settings';

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': ({ alertPriorityRule, retention }, { tx, now }) => {
    if (alertPriorityRule) writeSetting(tx, 'alertPriorityRule', alertPriorityRule, now().toISOString());
    if (retention) writeSetting(tx, 'retention', retention, now().toISOString());
    return readSettings(tx);
  },
};
