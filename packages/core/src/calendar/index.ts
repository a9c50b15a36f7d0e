export { type DateReading, readDate } from './readDate';
export { type IsoDate, type DateParts, parseIsoDate, isIsoDate, isoDateKey, requireIsoDate, formatIsoDate, isLeapYear, daysInMonth } from './isoDate';
export { toDayNumber, fromDayNumber, dayNumberToParts } from './dayNumber';
export { addDays } from './addDays';
export { addMonths } from './addMonths';
export { compareDates, isWithin } from './compareDates';
export { differenceInDays } from './differenceInDays';
export { dayOfWeek } from './dayOfWeek';
export { ageOn, type LeapDayAnniversary } from './ageOn';
export {
  type LunarDate,
  type LunarOptions,
  VIETNAM_LUNAR_TIME_ZONE,
  LUNAR_MIN_YEAR,
  LUNAR_MAX_YEAR,
  toLunarDate,
  fromLunarDate,
  lunarNewYear,
  lunarLeapMonth,
  daysInLunarMonth,
} from './lunar';
export {
  type HolidayCode,
  type HolidayBasis,
  type PublicHoliday,
  type SubstituteDay,
  type LabourCodeId,
  HOLIDAY_CODES,
  HOLIDAYS_MIN_YEAR,
  HOLIDAYS_MAX_YEAR,
  publicHolidays,
  substituteDays,
  defaultTetDays,
  defaultNationalDayPair,
} from './holidays';
export {
  type OfficialYearCalendar,
  type OfficialCalendarIssue,
  OFFICIAL_CALENDARS,
  validateOfficialCalendar,
} from './officialCalendar';
export { type WorkingCalendarOptions, type DayOff, daysOffInYear } from './daysOff';
export { isWorkingDay, addWorkingDays, workingDaysBetween, workingDayOnOrAfter } from './workingDays';
