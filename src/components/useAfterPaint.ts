import { useLagging } from './useLagging';

/**
 * A value that follows `value` one painted frame late (see useLagging): for views whose work
 * would otherwise delay the frame that shows an edit (heatmaps, charts, a gradient check).
 */
export function useAfterPaint<T>(value: T): T {
  return useLagging(value).shown;
}
