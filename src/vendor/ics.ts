// iCalendar writing: needed only by `careers timeline --format ics` (see markdown.ts for why this file exists).
export { createEvents, type EventAttributes } from 'ics';
