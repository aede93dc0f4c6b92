/**
 * Animates the gradient flow inside a ref'd <g>: each newly revealed segment (a path carrying
 * data-flow-seg, data-order and data-len) is drawn from its upstream end, one flow order after
 * another. React renders the paths and owns their attributes; this hook only runs Web Animations
 * on the stroke-dash properties (the flow's paths picked by their data-flow-seg), so the end state is simply "no
 * animation" and needs no clean-up of attributes.
 *
 * - A new sub-step while animating: the effect's cleanup cancels the running animations (their
 *   segments jump to the end state) and only the segments new at this sub-step animate. Nothing
 *   queues.
 * - `playKey` changes (another step, or the replay button): the whole revealed flow animates again.
 * - `paused` pauses and resumes; `speed` sets the playback rate live.
 * - `reducedMotion`, or a browser without Element.animate (jsdom): the end state at once.
 * - StrictMode: which segments are new is derived during render from the previous props (state),
 *   not from effect history, so a second setup after a cleanup starts the same animation again.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** Duration of one segment at speed 1 (ms). */
export const SEGMENT_MS = 520;

export interface FlowAnimationOptions {
  /** Ids of the revealed segments (their data-flow-seg), in flow order. */
  readonly ids: readonly string[];
  /** Changing it replays the whole revealed flow from E. */
  readonly playKey: string;
  readonly speed: number;
  readonly paused: boolean;
  readonly reducedMotion: boolean;
}

interface History {
  readonly key: string;
  readonly ids: string;
  /** The ids shown before the current ones (under the same key): these do not animate. */
  readonly from: string;
}

const SEP = '\u0001';

function canAnimate(el: Element): boolean {
  return typeof (el as Partial<Element>).animate === 'function';
}

function safeRate(speed: number): number {
  return Number.isFinite(speed) && speed > 0 ? Math.min(speed, 16) : 1;
}

export function useFlowAnimation(
  ref: RefObject<SVGGElement | null>,
  { ids, playKey, speed, paused, reducedMotion }: FlowAnimationOptions,
): void {
  const joined = ids.join(SEP);
  const [hist, setHist] = useState<History>({ key: playKey, ids: joined, from: '' });
  let from = hist.from;
  if (hist.key !== playKey || hist.ids !== joined) {
    from = hist.key !== playKey ? '' : hist.ids;
    setHist({ key: playKey, ids: joined, from });
  }

  const running = useRef<Animation[]>([]);
  const live = useRef({ speed, paused });

  useEffect(() => {
    live.current = { speed, paused };
    const rate = safeRate(speed);
    for (const a of running.current) {
      a.playbackRate = rate;
      if (paused && a.playState === 'running') a.pause();
      else if (!paused && a.playState === 'paused') a.play();
    }
  }, [speed, paused]);

  useEffect(() => {
    const g = ref.current;
    if (!g || reducedMotion) return;
    const before = new Set(from.split(SEP));
    const fresh = new Set(joined.split(SEP).filter((id) => id !== '' && !before.has(id)));
    if (fresh.size === 0) return;
    const paths = Array.from(g.querySelectorAll<SVGPathElement>('path[data-flow-seg]'))
      .filter((path) => fresh.has(path.getAttribute('data-flow-seg') ?? ''))
      .filter(canAnimate);
    const orders = [...new Set(paths.map((p) => Number(p.getAttribute('data-order'))))].sort(
      (a, b) => a - b,
    );
    const { speed: s, paused: p } = live.current;
    const anims: Animation[] = [];
    for (const path of paths) {
      const len = Number(path.getAttribute('data-len'));
      if (!Number.isFinite(len) || len <= 0) continue;
      const dash = `${len} ${len}`;
      const a = path.animate(
        [
          { strokeDasharray: dash, strokeDashoffset: `${len}` },
          { strokeDasharray: dash, strokeDashoffset: '0' },
        ],
        {
          duration: SEGMENT_MS,
          delay: orders.indexOf(Number(path.getAttribute('data-order'))) * SEGMENT_MS,
          easing: 'ease-in-out',
          fill: 'backwards',
        },
      );
      a.playbackRate = safeRate(s);
      if (p) a.pause();
      anims.push(a);
    }
    running.current = anims;
    return () => {
      for (const a of anims) a.cancel();
      if (running.current === anims) running.current = [];
    };
  }, [ref, joined, from, playKey, reducedMotion]);
}
