import type { Handlers } from '../core/handlers';
import type { tasksContract } from './contract';
import { planHandlers } from './plans';
import { taskHandlers } from './tasks';

export const tasksHandlers: Handlers<typeof tasksContract> = { ...taskHandlers, ...planHandlers };
