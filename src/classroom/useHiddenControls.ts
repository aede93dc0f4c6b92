import { useEffect } from 'react';
import { useClassroom } from './store';

/**
 * A lecturer's link hides controls (`?hide=stepList,explore`): their names go into data-hide on
 * the root element, and classroom.css hides what they name.
 */
export function useHiddenControls(): void {
  const hidden = useClassroom((s) => s.hidden);
  useEffect(() => {
    const root = document.documentElement;
    if (hidden.length > 0) root.dataset.hide = hidden.join(' ');
    else delete root.dataset.hide;
    return () => {
      delete root.dataset.hide;
    };
  }, [hidden]);
}
