import type { Handlers } from '../core/handlers';
import type { settingsContract } from './contract';
import { readSettings, writeSetting } from './settings';

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': ({ alertPriorityRule }, { tx, now }) => {
    if (alertPriorityRule) writeSetting(tx, 'alertPriorityRule', alertPriorityRule, now().toISOString());
    return readSettings(tx);
  },
};
