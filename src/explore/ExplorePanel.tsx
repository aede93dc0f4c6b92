/**
 * The explore mode: change the sequence and the network and watch the gradients change. Every
 * change builds a new model at once and hands it to onModelChange; the views below recompute from
 * the model they receive. Settings that are not part of the model file (the text, seed and weight
 * scale that drew the weights; the parameter and term shown) are this panel's own state.
 */
import { useState } from 'react';
import {
  dimsOf,
  paramNames,
  type Activation,
  type FieldError,
  type ParamName,
  type AnyModel,
} from '../model';
import { buildPreset, type Preset, type PresetId } from '../model/build/presets';
import { companionOf } from '../model/build/companions';
import { rebuildModel, sequenceMatches, type ModelResult } from '../model/build/sequence';
import { type Lang, t as translate, type ExploreKey } from '../i18n';
import { DecayComparison } from './DecayComparison';
import { FieldErrorList } from './FieldErrorList';
import { GradientCheckView } from './GradientCheckView';
import { HeatmapsView } from './HeatmapsView';
import { ImportExport } from './ImportExport';
import { LiveSection } from './LiveSection';
import { NetworkControls } from './NetworkControls';
import { PresetPicker } from './PresetPicker';
import { SequenceControls, type SequenceMode } from './SequenceControls';
import { TraceControls } from './TraceControls';
import { TrainingView } from './TrainingView';
import { gateKey, paramGroups } from './paramLabels';
import { useCellSwitch } from './useCellSwitch';
import type { Recipe, Trace } from './types';
import './explore.css';

export interface ExplorePanelProps {
  /** The current model (the store's). */
  readonly model: AnyModel;
  /** Called with every new model (the store's setModel). */
  readonly onModelChange: (model: AnyModel) => void;
  /** The traced target t (the store's target, clamped to [0, T − 1]). */
  readonly target: number;
  readonly onTargetChange: (t: number) => void;
  readonly lang: Lang;
  /** Problems with a `?model=` link read on start, shown in the import section. */
  readonly linkErrors?: readonly FieldError[];
  /** The link of the page, for the share link (window.location.href by default). */
  readonly pageUrl?: string;
  /** Trace the whole E = Σ_t E_t (controlled from outside when given; else the panel's own). */
  readonly traceAll?: boolean;
  readonly onTraceAllChange?: (all: boolean) => void;
  readonly className?: string;
}

const DEFAULT_RECIPE: Recipe = { text: 'hello', seed: 1, scale: 1 };

export function ExplorePanel({
  model,
  onModelChange,
  target,
  onTargetChange,
  lang,
  linkErrors,
  pageUrl,
  className,
  traceAll: traceAllProp,
  onTraceAllChange,
}: ExplorePanelProps) {
  const [recipe, setRecipe] = useState<Recipe>(DEFAULT_RECIPE);
  const [mode, setMode] = useState<SequenceMode>(() =>
    sequenceMatches(model, DEFAULT_RECIPE.text) ? 'text' : 'table',
  );
  const [ownTraceAll, setOwnTraceAll] = useState(false);
  const traceAll = traceAllProp ?? ownTraceAll;
  const setTraceAll = (all: boolean) => {
    setOwnTraceAll(all);
    onTraceAllChange?.(all);
  };
  const [chosenParam, setParam] = useState<ParamName>('W');
  // The parameter chosen, while the model has it; else its recurrent weights (a W…), as at first.
  const params = paramNames(model);
  const param = params.includes(chosenParam)
    ? chosenParam
    : (params.find((p) => p.startsWith('W')) ?? params[0]);
  const [k, setK] = useState<number | null>(null);
  const [preset, setPreset] = useState<{ id: PresetId; model: AnyModel } | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const T = dimsOf(model).T;
  const t = Math.min(Math.max(0, Math.trunc(target)), T - 1);
  const trace: Trace = traceAll ? 'all' : t;

  const apply = (r: ModelResult, next?: Recipe) => {
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    if (next) setRecipe(next);
    onModelChange(r.model);
  };

  const pickPreset = (p: Preset) => {
    // A preset's sequence and settings, through the cell chosen (the presets are vanilla models).
    const m = companionOf(buildPreset(p), model.cell ?? 'rnn');
    setRecipe({ text: p.text, seed: p.seed, scale: p.scale });
    setMode('text');
    setErrors([]);
    setPreset({ id: p.id, model: m });
    onModelChange(m);
    onTargetChange(dimsOf(m).T - 1);
  };

  const onText = (text: string) =>
    apply(rebuildModel(model, { seed: recipe.seed, scale: recipe.scale, text }), {
      ...recipe,
      text,
    });

  const onRedraw = (change: { H?: number; seed?: number; scale?: number }) => {
    const next: Recipe = {
      ...recipe,
      seed: change.seed ?? recipe.seed,
      scale: change.scale ?? recipe.scale,
    };
    apply(
      rebuildModel(model, { seed: next.seed, scale: next.scale, H: change.H, redraw: true }),
      next,
    );
  };

  const onCell = useCellSwitch(model, (m) => {
    setErrors([]);
    onModelChange(m);
  });
  const groups = paramGroups(model).map((g) => {
    const key = g.gate === null ? null : gateKey(model, g.gate);
    return key ? { ...g, label: translate(lang, 'explore', key) } : g;
  });

  const onActivation = (activation: Activation) =>
    apply(rebuildModel(model, { seed: recipe.seed, scale: recipe.scale, activation }));

  const onTrace = (tr: Trace) => {
    if (tr === 'all') {
      setTraceAll(true);
      return;
    }
    setTraceAll(false);
    onTargetChange(tr);
  };

  const h3 = (key: ExploreKey) => <h3 className="xp-h3">{translate(lang, 'explore', key)}</h3>;
  return (
    <section
      className={`xp-panel ${className ?? ''}`}
      aria-label={translate(lang, 'explore', 'panel.title')}
    >
      <h2 className="xp-h2">{translate(lang, 'explore', 'panel.title')}</h2>
      <section className="xp-section" data-section="presets">
        {h3('presets.title')}
        <PresetPicker
          lang={lang}
          current={preset && preset.model === model ? preset.id : null}
          onPick={pickPreset}
        />
        {model.cell !== undefined && model.cell !== 'rnn' && (
          <p className="xp-help" data-testid="presets-gated">
            {translate(lang, 'explore', 'presets.gated', { cell: model.cell.toUpperCase() })}
          </p>
        )}
      </section>
      <LiveSection name="sequence" watch={lang}>
        {h3('seq.title')}
        <SequenceControls
          model={model}
          lang={lang}
          text={recipe.text}
          mode={mode}
          onModeChange={setMode}
          onText={onText}
          onModelChange={onModelChange}
        />
      </LiveSection>
      <LiveSection name="network" watch={lang}>
        {h3('net.title')}
        <NetworkControls
          model={model}
          lang={lang}
          recipe={recipe}
          onRedraw={onRedraw}
          onActivation={onActivation}
          onModelChange={onModelChange}
          onCell={onCell}
        />
        {errors.length > 0 && (
          <div className="xp-error" role="alert" data-testid="settings-error">
            <FieldErrorList errors={errors} lang={lang} />
          </div>
        )}
      </LiveSection>
      <LiveSection name="maps" watch={lang}>
        {h3('maps.title')}
        <TraceControls
          lang={lang}
          T={T}
          trace={trace}
          onTrace={onTrace}
          groups={groups}
          param={param}
          onParam={setParam}
          k={k}
          onK={setK}
        />
        <HeatmapsView
          model={model}
          lang={lang}
          trace={trace}
          param={param}
          k={k}
          onModelChange={onModelChange}
        />
      </LiveSection>
      <LiveSection name="decay" watch={lang}>
        {h3('decay.title')}
        <DecayComparison model={model} lang={lang} target={traceAll ? T - 1 : t} />
      </LiveSection>
      <LiveSection name="check" watch={lang}>
        {h3('check.title')}
        <GradientCheckView model={model} lang={lang} />
      </LiveSection>
      <LiveSection name="training" watch={lang}>
        {h3('train.title')}
        <TrainingView model={model} lang={lang} onModelChange={onModelChange} />
      </LiveSection>
      <LiveSection name="io" watch={lang}>
        {h3('io.title')}
        <ImportExport
          model={model}
          lang={lang}
          onModelChange={(m) => {
            setMode(sequenceMatches(m, recipe.text) ? 'text' : 'table');
            onModelChange(m);
          }}
          linkErrors={linkErrors}
          pageUrl={pageUrl}
        />
      </LiveSection>
    </section>
  );
}

export default ExplorePanel;
