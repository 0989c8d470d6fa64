// Day arithmetic lives in the one ISO-day module shared with the app.
export { addDays, daysBetween } from '../text/isoDay';
