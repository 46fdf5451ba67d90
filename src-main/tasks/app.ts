import type { Handlers } from '../core/handlers';
import type { tasksContract } from './contract';
import { importHandlers } from './import';
import { planHandlers } from './plans';
import { taskHandlers } from './tasks';

export const tasksHandlers: Handlers<typeof tasksContract> = { ...taskHandlers, ...importHandlers, ...planHandlers };
