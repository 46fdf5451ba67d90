import { z } from 'zod';
import { everyone, method, staff } from '../core/method';
import * as s from './schemas';

export const settingsContract = {
  'settings.get': method({ summary: 'The settings of the installation', access: 'read', roles: everyone, input: z.object({}).strict().default({}), output: s.settings }),
  'settings.update': method({ summary: 'Change settings (each given one replaced whole)', access: 'write', roles: staff, input: s.settingsUpdateInput, output: s.settings }),
};
