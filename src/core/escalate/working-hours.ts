import type { Department } from '../knowledge/schema.js';

/** The weekday (1 = Monday … 7 = Sunday) and "HH:MM" of a moment in a time zone. */
function localTime(at: Date, timeZone: string): { day: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return { day: days.indexOf(get('weekday')) + 1, time: `${get('hour')}:${get('minute')}` };
}

/** Whether a department is at work at `at`; a department without hours always is. */
export function isWithinHours(department: Pick<Department, 'hours'>, at: Date): boolean {
  const hours = department.hours;
  if (!hours) return true;
  const { day, time } = localTime(at, hours.timezone);
  return hours.days.includes(day) && time >= hours.from && time < hours.to;
}
