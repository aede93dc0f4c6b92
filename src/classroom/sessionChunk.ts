/** A class session's chunk: the relay's client and the badge. */
export { startSession } from './session';
export { SessionBadge } from './SessionBadge';
