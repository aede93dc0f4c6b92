import { useClassroom } from '../classroom/store';
import { useExplore } from '../explore/store';

/** True when the stage shows the explore mode (chosen, and not hidden by a lecturer's link). */
export function useExploreMode(): boolean {
  const mode = useExplore((s) => s.mode);
  const hidden = useClassroom((s) => s.hidden.includes('explore'));
  return mode === 'explore' && !hidden;
}
