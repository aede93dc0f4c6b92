import { useEffect } from 'react';
import { useVt } from './useVt';
import { sessionStore, useSession } from './sessionStore';
import { useJoinKey } from './useJoinKey';
import './session.css';

/**
 * A class session's badge: the lecturer sees the room's short code and the connection; a student
 * sees whether they follow the lecturer, and when they have stepped away a button (or C) to catch
 * up at once. Announced politely; colour is never the only sign (a mark and the words). The
 * lecturer's J opens the join view (./useJoinKey).
 */
export function SessionBadge() {
  const vt = useVt();
  const role = useSession((s) => s.role);
  const connected = useSession((s) => s.connected);
  const following = useSession((s) => s.following);
  const code = useSession((s) => s.code);
  const unknown = useSession((s) => s.unknown);
  const catchUp = useSession((s) => s.catchUp);
  useJoinKey(role === 'lecturer');
  useEffect(() => {
    if (role !== 'student') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (e.key === 'c' || e.key === 'C' || e.key === 'с' || e.key === 'С') {
        e.preventDefault();
        sessionStore.getState().catchUp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role]);
  if (role === null) return null;
  const state = unknown
    ? 'unknown'
    : !connected
      ? 'offline'
      : role === 'lecturer'
        ? 'lecturer'
        : following
          ? 'following'
          : 'detached';
  return (
    <div
      className="cls-session"
      data-testid="session-badge"
      data-state={state}
      role="status"
      aria-live="polite"
    >
      <span aria-hidden="true" className="cls-session__mark">
        {state === 'following' || state === 'lecturer' ? '●' : state === 'detached' ? '◌' : '○'}
      </span>{' '}
      {state === 'unknown'
        ? vt('session.unknown')
        : state === 'offline'
          ? vt('session.offline')
          : state === 'lecturer'
            ? vt('session.lecturer', { code: code ?? '—' })
            : state === 'following'
              ? vt('session.following')
              : vt('session.detached')}
      {state === 'detached' && (
        <button
          type="button"
          className="cls-session__catch"
          data-testid="session-catch-up"
          onClick={catchUp}
        >
          {vt('session.catchUp')}
        </button>
      )}
    </div>
  );
}
