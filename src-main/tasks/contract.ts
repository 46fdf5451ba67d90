import { z } from 'zod';
import { everyone, method, staff } from '../core/method';
import { taskImportInput, taskImportOutput } from './import-schemas';
import { plansContract } from './plans';
import * as s from './schemas';

export const tasksContract = {
  'tasks.create': method({ summary: 'Open a service task', access: 'write', roles: everyone, input: s.taskCreateInput, output: s.task }),
  'tasks.get': method({ summary: 'One task with its notes, time and history', access: 'read', roles: everyone, input: s.byId, output: s.taskDetail }),
  'tasks.list': method({
    summary: 'Tasks filtered and sorted by due time, a page at a time',
    access: 'read',
    roles: everyone,
    input: s.taskListInput,
    output: s.taskListOutput,
  }),
  'tasks.update': method({ summary: 'Change a task', access: 'write', roles: everyone, input: s.taskUpdateInput, output: s.task }),
  'tasks.addNote': method({ summary: 'Append a note to a task', access: 'write', roles: everyone, input: s.addNoteInput, output: s.task }),
  'tasks.addTime': method({ summary: 'Log time on a task', access: 'write', roles: everyone, input: s.addTimeInput, output: s.task }),
  'tasks.setChecklistItem': method({ summary: 'Tick or untick a checklist item', access: 'write', roles: everyone, input: s.setChecklistItemInput, output: s.task }),
  'tasks.assign': method({
    summary: 'Assign many tasks (or unassign them) at once, all or nothing',
    access: 'write',
    roles: staff,
    input: s.assignInput,
    output: z.object({ items: z.array(s.task) }),
  }),
  'tasks.myDay': method({
    summary: "The caller's tasks for a local day plus their overdue ones, grouped by site",
    access: 'read',
    roles: everyone,
    input: s.myDayInput,
    output: s.myDayOutput,
  }),
  'tasks.calendar': method({
    summary: 'Scheduled tasks as an iCalendar (.ics) file, one event per task',
    access: 'read',
    roles: everyone,
    input: s.calendarInput,
    output: s.calendarOutput,
  }),
  'tasks.import': method({
    summary: 'Tasks from another tool as CSV, keeping their opening time: a dry run, or all rows created or none',
    access: 'write',
    roles: staff,
    input: taskImportInput,
    output: taskImportOutput,
  }),
  ...plansContract,
};
