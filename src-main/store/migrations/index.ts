import { migration as fleet } from './0001_fleet';
import { migration as checks } from './0002_checks';
import { migration as tasks } from './0003_tasks';
import { migration as settingsAlertTasks } from './0004_settings_alert_tasks';
import { migration as accounts } from './0005_accounts';
import { migration as checkPlacement } from './0006_check_placement';
import { migration as tasksSchedule } from './0007_tasks_schedule';
import type { Migration } from './migration';

/** Every migration, oldest first. The schema only ever grows: old laptops sync with newer hubs. */
export const migrations: readonly Migration[] = [fleet, checks, tasks, settingsAlertTasks, accounts, checkPlacement, tasksSchedule];
