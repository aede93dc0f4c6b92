/** The presets as a row of buttons; the one whose model is current is marked as pressed. */
import { PRESETS, type Preset, type PresetId } from '../model/build/presets';
import { type Lang, t as translate, type ExploreKey } from '../i18n';

export interface PresetPickerProps {
  readonly lang: Lang;
  /** The preset last chosen, if the model is still its model. */
  readonly current: PresetId | null;
  readonly onPick: (preset: Preset) => void;
}

export function presetLabelKey(id: PresetId): ExploreKey {
  return `preset.${id}`;
}

export function PresetPicker({ lang, current, onPick }: PresetPickerProps) {
  return (
    <div
      className="xp-presets"
      role="group"
      aria-label={translate(lang, 'explore', 'presets.title')}
    >
      {PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          className="xp-button xp-preset"
          data-preset={p.id}
          aria-pressed={current === p.id}
          onClick={() => onPick(p)}
        >
          {translate(lang, 'explore', presetLabelKey(p.id))}
        </button>
      ))}
    </div>
  );
}

export default PresetPicker;
