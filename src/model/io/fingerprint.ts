/**
 * A short name for a model's exact numbers: FNV-1a (32 bits) over its file form, as 8 hex digits.
 * Two models print the same fingerprint only if their files are the same (up to a collision), so
 * a handout or an exported diagram says which model it shows.
 */
import type { AnyModel } from '../bptt/types';
import { modelToJson } from './modelJson';

export function modelFingerprint(model: AnyModel): string {
  const text = JSON.stringify(modelToJson(model));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
