/**
 * The gated chapter's controls: the LSTM's forget-gate bias b_f (−2 … 3, a slider with its value
 * written beside it) and the presets that teach, "a long dependency" (the lesson's model becomes
 * that sequence and the target its last step) and "forget gate closed" (b_f = −2).
 */
import { useId } from 'react';
import { formatNumber, translator } from '../i18n';
import { dimsOf, longDependencyModel } from '../model';
import { lessonStore, useLesson } from '../store';
import { gatedComparison, shownForgetBias } from '../store/gatedChapter';
import { FORGET_BIAS_RANGE, gatedStore, useGated } from '../store/gatedStore';

export function GatedControls({ view }: { readonly view: 'lstm' | 'gru' | 'compare' }) {
  const id = useId();
  const lang = useLesson((s) => s.lang);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const forgetBias = useGated((s) => s.forgetBias);
  const tr = translator(lang, 'views');
  const shown = shownForgetBias(gatedComparison(model, target, forgetBias));
  const setBias = (v: number | null) => gatedStore.getState().setForgetBias(v);
  const longDependency = () => {
    const m = longDependencyModel();
    const { setModel, setTarget } = lessonStore.getState();
    setModel(m);
    setTarget(dimsOf(m).T - 1);
  };
  return (
    <div className="gated-controls" role="group" aria-label={tr('gated.forgetBias')}>
      {view !== 'gru' && (
        <label className="gated-controls__bias" htmlFor={id}>
          <span>{tr('gated.forgetBias')}</span>
          <input
            id={id}
            type="range"
            min={FORGET_BIAS_RANGE.min}
            max={FORGET_BIAS_RANGE.max}
            step={FORGET_BIAS_RANGE.step}
            value={shown}
            data-testid="forget-bias"
            onChange={(e) => setBias(Number(e.currentTarget.value))}
            // Dragged with a mouse, the slider gives the focus back: a clicker's next key then
            // turns the page instead of moving the slider.
            onPointerUp={(e) => e.currentTarget.blur()}
          />
          <output htmlFor={id} className="gated-controls__value">
            {formatNumber(shown, { lang })}
          </output>
        </label>
      )}
      {view === 'compare' && (
        <span className="gated-controls__presets">
          <button type="button" data-testid="preset-long" onClick={longDependency}>
            {tr('gated.preset.long')}
          </button>
          <button type="button" data-testid="preset-closed" onClick={() => setBias(-2)}>
            {tr('gated.preset.closed')}
          </button>
          <button type="button" data-testid="preset-common" onClick={() => setBias(1)}>
            {tr('gated.preset.common')}
          </button>
        </span>
      )}
    </div>
  );
}
