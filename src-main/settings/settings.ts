import type { Queries } from '../store/queries';
import { sharedTable } from '../store/shared-table';
import type { WriteTx } from '../store/write-tx';
import { settings as settingsSchema, settingsDefaults, type Settings } from './schemas';

export const settingsTable = sharedTable('settings', ['value', 'updated_at']);

type Key = keyof Settings;

/** One setting: its stored row (the id is the setting's name) or its default when none, or one that no longer parses. */
export function readSetting<K extends Key>(db: Queries, key: K): Settings[K] {
  const stored = db.value<string>('SELECT value FROM settings WHERE id = ?', [key]);
  if (stored === undefined || stored === null) return settingsDefaults[key];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return settingsDefaults[key];
  }
  const parsed = settingsSchema.shape[key].safeParse(value);
  return parsed.success ? (parsed.data as Settings[K]) : settingsDefaults[key];
}

export function readSettings(db: Queries): Settings {
  return { alertPriorityRule: readSetting(db, 'alertPriorityRule'), retention: readSetting(db, 'retention') };
}

export function writeSetting<K extends Key>(tx: WriteTx, key: K, value: Settings[K], at: string): void {
  const text = JSON.stringify(value);
  const exists = tx.value<string>('SELECT id FROM settings WHERE id = ?', [key]) !== undefined;
  if (exists) {
    if (tx.update(settingsTable, key, { value: text })) tx.update(settingsTable, key, { updated_at: at });
  } else {
    tx.insert(settingsTable, key, { value: text, updated_at: at });
  }
}
