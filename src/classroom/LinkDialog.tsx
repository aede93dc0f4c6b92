import { useId, useMemo, useState } from 'react';
import { LANG_NAMES } from '../i18n';
import { useLesson } from '../store';
import { useClassroom } from './store';
import { CONTROL_IDS, type ControlId } from '../url/values';
import { buildLecturerLink } from './links';
import { modelToJson } from '../model/io/parse';
import { stringifyResults } from '../model/io/results';
import { MAX_LINK_LENGTH, pageBase } from '../url';
import { downloadFile } from '../components/downloadFile';
import { usePackedModel } from '../components/usePackedModel';
import { useT } from '../components/useT';
import { copyText } from './clipboard';
import { Dialog } from './Dialog';
import { useVt } from './useVt';

interface Props {
  readonly onClose: () => void;
}

const CONTROL_KEY = {
  progress: 'control.progress',
  langSwitch: 'control.langSwitch',
  themeSwitch: 'control.themeSwitch',
  toolbar: 'control.toolbar',
  zoom: 'control.zoom',
  stepList: 'control.stepList',
  animation: 'control.animation',
  navButtons: 'control.navButtons',
  explore: 'control.explore',
  predictions: 'control.predictions',
} as const satisfies Record<ControlId, string>;

const THEME_KEY = { light: 'theme.light', dark: 'theme.dark', contrast: 'theme.contrast' } as const;

/**
 * The lecturer's link: the lesson on this model, target and step, in this language and theme,
 * with the ticked controls hidden (as TensorFlow Playground's hide-controls link).
 */
export function LinkDialog({ onClose }: Props) {
  const tr = useT();
  const vt = useVt();
  const id = useId();
  const lang = useLesson((s) => s.lang);
  const theme = useLesson((s) => s.theme);
  const model = useLesson((s) => s.model);
  const target = useLesson((s) => s.target);
  const stepIndex = useLesson((s) => s.stepIndex);
  const sub = useLesson((s) => s.sub);
  const hiddenNow = useClassroom((s) => s.hidden);
  const [hide, setHide] = useState<readonly ControlId[]>(hiddenNow);
  const [withStep, setWithStep] = useState(true);
  const [withModel, setWithModel] = useState(true);
  const [withLang, setWithLang] = useState(true);
  const [withTheme, setWithTheme] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);

  // The model is packed asynchronously; the link is shown once it is ready.
  const packed = usePackedModel(withModel ? model : null);
  const build = useMemo(
    () => (packedModel: string | null) =>
      buildLecturerLink({
        base: pageBase(window.location),
        model: packedModel,
        target: withModel ? target : null,
        position: withStep ? { stepIndex, sub, model, target } : null,
        lang: withLang ? lang : null,
        theme: withTheme ? theme : null,
        hide,
      }),
    [withModel, model, target, withStep, stepIndex, sub, withLang, lang, withTheme, theme, hide],
  );
  const full = useMemo(() => build(packed.text), [build, packed.text]);
  // Past what browsers open, the link leaves the model out and the model file is offered.
  const tooLong = full.length > MAX_LINK_LENGTH;
  const link = packed.pending ? '' : tooLong ? build(null) : full;

  const toggle = (c: ControlId, on: boolean) => {
    setCopied(null);
    setHide((h) => (on ? [...h, c] : h.filter((x) => x !== c)));
  };
  const option = (label: string, checked: boolean, set: (v: boolean) => void, name: string) => (
    <label className="cls-check">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => {
          setCopied(null);
          set(e.target.checked);
        }}
      />{' '}
      {label}
    </label>
  );

  return (
    <Dialog title={vt('link.title')} onClose={onClose} className="cls-link" testId="link-dialog">
      <p className="cls-muted">{vt('link.intro')}</p>
      <div className="cls-link__cols">
        <fieldset className="cls-fieldset">
          <legend>{vt('link.hide')}</legend>
          {CONTROL_IDS.map((c) => (
            <label key={c} className="cls-check">
              <input
                type="checkbox"
                name="hide"
                value={c}
                checked={hide.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />{' '}
              {vt(CONTROL_KEY[c])}
            </label>
          ))}
        </fieldset>
        <div className="cls-link__side">
          <fieldset className="cls-fieldset">
            <legend>{vt('link.include')}</legend>
            {option(vt('link.step', { n: stepIndex + 1 }), withStep, setWithStep, 'step')}
            {option(vt('link.model', { t: target }), withModel, setWithModel, 'model')}
            {option(vt('link.lang', { name: LANG_NAMES[lang] }), withLang, setWithLang, 'lang')}
            {option(
              vt('link.theme', { name: tr(THEME_KEY[theme]) }),
              withTheme,
              setWithTheme,
              'theme',
            )}
          </fieldset>
          <label className="cls-link__label" htmlFor={`${id}-url`}>
            {vt('link.url')}
          </label>
          <textarea
            id={`${id}-url`}
            className="cls-input cls-link__url"
            readOnly
            rows={5}
            value={link}
            placeholder={packed.pending ? vt('link.pending') : undefined}
            data-testid="lecturer-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          {tooLong && (
            <p className="cls-muted" role="note" data-testid="link-too-long">
              {vt('link.tooLong', { n: full.length, max: MAX_LINK_LENGTH })}{' '}
              <button
                type="button"
                className="cls-btn"
                onClick={() =>
                  downloadFile('model.json', stringifyResults(modelToJson(model)) + '\n')
                }
              >
                {vt('link.saveModel')}
              </button>
            </p>
          )}
          <div className="cls-row">
            <button
              type="button"
              className="cls-btn cls-btn--primary"
              disabled={link === ''}
              onClick={() => void copyText(link).then(setCopied)}
            >
              {vt('link.copy')}
            </button>
            <a className="cls-btn" href={link || undefined} target="_blank" rel="noopener">
              {vt('link.try')}
            </a>
            <span role="status" className="cls-status">
              {copied === true ? vt('link.copied') : copied === false ? tr('error.clipboard') : ''}
            </span>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
