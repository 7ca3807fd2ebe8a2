export { browserTimeZone, offsetMinutes, zoneName } from './zones';
export { formatLocal, formatPattern, toLocalInput, fromLocalInput } from './format';
export { localClock, type LocalClock } from './local-clock';
