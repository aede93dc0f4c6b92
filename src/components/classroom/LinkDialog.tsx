import { useId, useMemo, useState } from 'react';
import { LANG_NAMES } from '../../i18n';
import { useLesson } from '../../store';
import { CONTROL_IDS, useClassroom, type ControlId } from '../../store/classroom';
import { buildLecturerLink } from '../../store/classroomUrl';
import { useT } from '../useT';
import { copyText } from './clipboard';
import { Dialog } from './Dialog';
import { useCt } from './useCt';

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
} as const satisfies Record<ControlId, string>;

const THEME_KEY = { light: 'theme.light', dark: 'theme.dark', contrast: 'theme.contrast' } as const;

/** The page's address without query or hash. */
function pageBase(): string {
  const { origin, protocol, pathname } = window.location;
  return `${origin === 'null' ? `${protocol}//` : origin}${pathname}`;
}

/**
 * The lecturer's link: the lesson on this model, target and step, in this language and theme,
 * with the ticked controls hidden (as TensorFlow Playground's hide-controls link).
 */
export function LinkDialog({ onClose }: Props) {
  const tr = useT();
  const ct = useCt();
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

  const link = useMemo(
    () =>
      buildLecturerLink({
        base: pageBase(),
        model: withModel ? model : null,
        target: withModel ? target : null,
        position: withStep ? { stepIndex, sub } : null,
        lang: withLang ? lang : null,
        theme: withTheme ? theme : null,
        hide,
      }),
    [withModel, model, target, withStep, stepIndex, sub, withLang, lang, withTheme, theme, hide],
  );

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
    <Dialog title={ct('link.title')} onClose={onClose} className="cls-link" testId="link-dialog">
      <p className="cls-muted">{ct('link.intro')}</p>
      <div className="cls-link__cols">
        <fieldset className="cls-fieldset">
          <legend>{ct('link.hide')}</legend>
          {CONTROL_IDS.map((c) => (
            <label key={c} className="cls-check">
              <input
                type="checkbox"
                name="hide"
                value={c}
                checked={hide.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />{' '}
              {ct(CONTROL_KEY[c])}
            </label>
          ))}
        </fieldset>
        <div className="cls-link__side">
          <fieldset className="cls-fieldset">
            <legend>{ct('link.include')}</legend>
            {option(ct('link.step', { n: stepIndex + 1 }), withStep, setWithStep, 'step')}
            {option(ct('link.model', { t: target }), withModel, setWithModel, 'model')}
            {option(ct('link.lang', { name: LANG_NAMES[lang] }), withLang, setWithLang, 'lang')}
            {option(
              ct('link.theme', { name: tr(THEME_KEY[theme]) }),
              withTheme,
              setWithTheme,
              'theme',
            )}
          </fieldset>
          <label className="cls-link__label" htmlFor={`${id}-url`}>
            {ct('link.url')}
          </label>
          <textarea
            id={`${id}-url`}
            className="cls-input cls-link__url"
            readOnly
            rows={5}
            value={link}
            data-testid="lecturer-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="cls-row">
            <button
              type="button"
              className="cls-btn cls-btn--primary"
              onClick={() => void copyText(link).then(setCopied)}
            >
              {ct('link.copy')}
            </button>
            <a className="cls-btn" href={link} target="_blank" rel="noopener">
              {ct('link.try')}
            </a>
            <span role="status" className="cls-status">
              {copied === true ? ct('link.copied') : copied === false ? tr('error.clipboard') : ''}
            </span>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
