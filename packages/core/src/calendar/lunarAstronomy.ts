import { toDayNumber } from './dayNumber';

/**
 * Astronomy behind the Vietnamese lunar calendar (âm lịch): the day of each
 * new moon and the major solar term (trung khí) the sun is in at the start of
 * a day, both reckoned in a fixed time zone. Internal to `lunar.ts`; not
 * exported from the package.
 *
 * Sources: Jean Meeus, *Astronomical Algorithms* (2nd ed. 1998), chapter 49
 * (new moons, all periodic and planetary terms) and the low-accuracy solar
 * longitude of chapter 25 in the form used by Hồ Ngọc Đức's description of the
 * Vietnamese calendar rules ("Thuật toán tính âm lịch",
 * informatik.uni-leipzig.de/~duc/amlich); ΔT from Espenak & Meeus. Only
 * `Math.sin`/`Math.floor` are used, never `Date`, so results do not depend
 * on the machine's time zone.
 *
 * Julian Day Numbers (JDN) are used internally; a JDN is the project's day
 * number (days since 1970-01-01) plus {@link JDN_OF_DAY_ZERO}.
 */

/** The Julian Day Number of 1970-01-01, i.e. of day number 0. */
export const JDN_OF_DAY_ZERO = 2440588;

/** The Julian Day Number of 1900-01-01, the origin of new-moon indices. */
export const JDN_1900_01_01 = 2415021;

/** JDN (fractional) of the mean new moon numbered 0, near 1900-01-01 13:51 UT. */
export const MEAN_NEW_MOON_1900 = 2415021.076998695;

/** Mean length of a synodic month (tháng giao hội), in days. */
export const SYNODIC_MONTH = 29.530588853;

/**
 * ΔT = TT − UT in seconds for a decimal year, from the polynomial
 * expressions of Espenak & Meeus (NASA Five Millennium Canon of Solar
 * Eclipses, 2006), for 1800–2200. Values after about 2025 are predictions
 * (uncertain by tens of seconds by 2100), so a new moon within a minute of
 * local midnight cannot be dated with certainty.
 */
export function deltaTSeconds(y: number): number {
  if (y < 1860) {
    const t = y - 1800;
    return 13.72 - 0.332447 * t + 0.0068612 * t ** 2 + 0.0041116 * t ** 3 - 0.00037436 * t ** 4 + 0.0000121272 * t ** 5 - 0.0000001699 * t ** 6 + 0.000000000875 * t ** 7;
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

/** Amplitudes (days) and arguments (degrees: a0 + a1·k) of the 14 planetary terms of Meeus ch. 49; the first also has −0.009173·T². */
const PLANETARY: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Julian date (UT, fractional) of the `k`-th new moon after the one of
 * 1900-01-01 (k = 0 is 1900-01-01 about 13:52 UT; k may be negative).
 *
 * Meeus, *Astronomical Algorithms* ch. 49 with all its periodic and planetary
 * terms (error of the order of a minute over 1800–2200 once ΔT is known),
 * converted from dynamical time to UT with {@link deltaTSeconds}. This is more
 * precise than the shortened series in Hồ Ngọc Đức's published JavaScript,
 * and reproduces his precomputed tables for 1968–2199 except one month whose
 * new moon falls 22 seconds after midnight (May 2054).
 */
export function newMoonJulianDate(k: number): number {
  const n = k - 1237; // Meeus counts from the new moon of 2000-01-06
  const T = n / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const rad = Math.PI / 180;
  const sin = (deg: number): number => Math.sin(deg * rad);
  const jde = 2451550.09766 + 29.530588861 * n + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * n - 0.0000014 * T2 - 0.00000011 * T3; // sun's mean anomaly
  const Mp = 201.5643 + 385.81693528 * n + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4; // moon's
  const F = 160.7108 + 390.67050284 * n - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4; // argument of latitude
  const Om = 124.7746 - 1.56375588 * n + 0.0020672 * T2 + 0.00000215 * T3; // longitude of the ascending node
  const periodic =
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  let planetary = 0;
  PLANETARY.forEach(([amplitude, a0, a1], i) => {
    planetary += amplitude * sin(a0 + a1 * n - (i === 0 ? 0.009173 * T2 : 0));
  });
  return jde + periodic + planetary - deltaTSeconds(2000 + n / 12.3685) / 86400;
}

/**
 * The JDN of the local day (in UTC+`timeZoneHours`) on which the `k`-th new
 * moon falls: that day is the first day (mùng 1) of a lunar month.
 */
export function newMoonDay(k: number, timeZoneHours: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + timeZoneHours / 24);
}

/**
 * The sun's true (geometric) ecliptic longitude, in radians within [0, 2π),
 * at the Julian date `jd` (UT): mean longitude plus the equation of the
 * centre, without nutation or aberration (about 20″, i.e. some 8 minutes of
 * time), as in Hồ Ngọc Đức's formulas. Checked to give the same leap months as
 * his tables for 1968–2199.
 */
export function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/**
 * Which 30° sector of the ecliptic the sun is in at the local midnight that
 * starts the day `jdn`: 0 from the March equinox (Xuân phân, 0°), … 9 from
 * the December solstice (Đông chí, 270°), … 11. A lunar month in which this
 * value does not change contains no major solar term (trung khí).
 */
export function sunSegmentAtDayStart(jdn: number, timeZoneHours: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - timeZoneHours / 24) / Math.PI) * 6);
}

/**
 * The JDN of the first day of lunar month 11 (the month containing the
 * December solstice) of Gregorian year `year`.
 */
export function lunarMonth11Start(year: number, timeZoneHours: number): number {
  const jdnOfDec31 = toDayNumber({ year, month: 12, day: 31 }) + JDN_OF_DAY_ZERO;
  const k = Math.floor((jdnOfDec31 - JDN_1900_01_01) / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZoneHours);
  // If the sun is already past 270° when that month starts, the solstice fell
  // in the month before.
  return sunSegmentAtDayStart(nm, timeZoneHours) >= 9 ? newMoonDay(k - 1, timeZoneHours) : nm;
}

/**
 * In a lunar year with 13 months counted from month 11 starting on `a11`,
 * the position (1 = the month after month 11, …) of the first month that
 * contains no major solar term: that month is the leap month (tháng nhuận).
 */
export function leapMonthOffset(a11: number, timeZoneHours: number): number {
  const k = Math.floor((a11 - MEAN_NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSegmentAtDayStart(newMoonDay(k + i, timeZoneHours), timeZoneHours);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSegmentAtDayStart(newMoonDay(k + i, timeZoneHours), timeZoneHours);
  } while (arc !== last && i < 14);
  return i - 1;
}
