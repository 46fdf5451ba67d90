export { occurrences, type OccurrenceRange } from './occurrences';
export { parseRecurrence } from './parse-recurrence';
export { Recurrence, RecurrenceError, type ParseRecurrenceResult, type RecurrenceField, type RecurrencePlan } from './recurrence';
