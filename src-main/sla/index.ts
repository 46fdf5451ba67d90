export { addBusinessMinutes, addBusinessMs, businessMinutesBetween, businessMsBetween } from './business-time';
export { CalendarError, compileCalendar, type BusinessCalendar, type BusinessHoursInterval } from './calendar';
export { easterSunday, italianHolidays } from './italian-holidays';
export type { Instant } from './instant';
export type { Pause } from './pauses';
export { DEFAULT_AT_RISK_FRACTION, slaClock, slaState, type SlaClock, type SlaClockInput, type SlaState, type SlaStateInput } from './sla-state';
export { RUNNING_LOOKAHEAD_DAYS, runningStateAt, slaCountdown, type RunningState, type SlaCountdown } from './countdown';
