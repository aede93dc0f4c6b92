import { useSyncExternalStore } from 'react';
import type { AnyModel } from '../model';
import {
  productsOf,
  productsVersion,
  subscribeProducts,
  type Products,
} from '../store/transitionProducts';

/**
 * The state transition's Jacobian products of `model` for target `t` (store/transitionProducts):
 * ready, or pending while a worker computes them; the component re-renders when they arrive.
 */
export function useTransitionProducts(model: AnyModel | null, t: number): Products | null {
  useSyncExternalStore(subscribeProducts, productsVersion, productsVersion);
  return model ? productsOf(model, t) : null;
}
