/** The till area: clinic days, cashiers' shifts and the end-of-day report. */
export * from './clinic-day';
export * from './end-of-day';
export * from './till-shift';
