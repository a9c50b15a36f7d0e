export { type IsoDate, type DateParts, parseIsoDate, isIsoDate, requireIsoDate, formatIsoDate, isLeapYear, daysInMonth } from './isoDate';
export { toDayNumber, fromDayNumber, dayNumberToParts } from './dayNumber';
export { addDays } from './addDays';
export { addMonths } from './addMonths';
export { compareDates, isWithin } from './compareDates';
export { differenceInDays } from './differenceInDays';
export { dayOfWeek } from './dayOfWeek';
export { ageOn, type LeapDayAnniversary } from './ageOn';
