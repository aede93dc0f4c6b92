/**
 * Import and export: open a model file (file picker, or a file dropped anywhere on the page),
 * export the model file and the results (the `bptt` command's format, with `terms`), and share a
 * link that carries the model packed in the fragment (`#…?model=z.…`, which no server sees). A
 * model too large for a link is said so, and its file offered. A bad file shows its problems,
 * each naming its field, and keeps the current model.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { CELL_KINDS, type AnyModel, type FieldError } from '../model';
import { modelToJson, parseModelText } from '../model/io/parse';
import { decodeModelBytes, fileSizeProblem } from '../model/io/text';
import {
  computeResults,
  countTermNumbers,
  MAX_TERM_NUMBERS,
  stringifyResults,
} from '../model/io/results';
import { encodeModelLink, formatFragment, MAX_LINK_LENGTH, readUrl, withQuery } from '../url';
import { downloadFile as download } from '../components/downloadFile';
import { useLesson } from '../store';
import { FieldErrorList } from './FieldErrorList';
import { t as translate, type ExploreKey, type Params } from '../i18n';
import type { ModelEditProps } from './types';

export interface ImportExportProps extends ModelEditProps {
  /** Problems with a `?model=` link read on start. */
  readonly linkErrors?: readonly FieldError[];
  /** The page's address the share link is built on (window.location.href by default). */
  readonly pageUrl?: string;
}

/** A file that was not loaded, and why (kept as data: the texts follow the language). */
interface Problem {
  readonly name: string;
  readonly errors: readonly FieldError[];
}

/** A status line, as a string key with its parameters. */
interface Status {
  readonly key: ExploreKey;
  readonly params?: Params;
}

/**
 * The page's address with the model packed into the fragment (its position, the other
 * parameters and the query kept; an old `?model=` in the query is dropped).
 */
export async function shareLink(
  model: AnyModel,
  pageUrl: string,
  target: number | null = null,
): Promise<string> {
  const hashAt = pageUrl.indexOf('#');
  const hash = hashAt < 0 ? '' : pageUrl.slice(hashAt);
  const before = hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt);
  const queryAt = before.indexOf('?');
  const page = queryAt < 0 ? before : before.slice(0, queryAt);
  const search = queryAt < 0 ? '' : before.slice(queryAt);
  const { state } = readUrl('', hash);
  const fragment = formatFragment({ ...state, model: await encodeModelLink(model) });
  // The traced t★ goes with the model (none: the last step is traced).
  const query = withQuery(
    search,
    target === null ? { queryModel: null } : { queryModel: null, target },
  );
  return `${page}${query}${fragment}`;
}

/**
 * A name the user's file gave, isolated (FSI … PDI) inside the app's sentence: direction marks
 * in it cannot reorder the text around it.
 */
function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}

function hasFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

export function ImportExport({
  model,
  lang,
  onModelChange,
  linkErrors,
  pageUrl,
}: ImportExportProps) {
  const id = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [link, setLink] = useState<{ model: AnyModel; url: string } | null>(null);
  const wantedTarget = useLesson((s) => s.wantedTarget);
  const linkField = useRef<HTMLInputElement>(null);
  const alertBox = useRef<HTMLDivElement>(null);
  // Problems are brought into view (a file dropped while this section is out of view, a bad
  // link on start).
  const linkProblem = !!linkErrors && linkErrors.length > 0;
  useEffect(() => {
    if (problem || linkProblem) alertBox.current?.scrollIntoView?.({ block: 'nearest' });
  }, [problem, linkProblem]);
  const shownLink = link?.model === model ? link.url : null;

  const open = async (file: File) => {
    // Refused by its size before it is read; read as bytes and decoded as the command does.
    const big = fileSizeProblem(file.size);
    if (big && !big.ok) {
      setStatus(null);
      setProblem({ name: file.name, errors: big.errors });
      return;
    }
    let text: string;
    try {
      const decoded = decodeModelBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        setStatus(null);
        setProblem({ name: file.name, errors: decoded.errors });
        return;
      }
      text = decoded.value;
    } catch {
      setStatus(null);
      setProblem({
        name: file.name,
        errors: [{ field: '(file)', message: 'the file could not be read', code: 'file.read' }],
      });
      return;
    }
    const r = parseModelText(text, { cells: CELL_KINDS });
    if (r.ok) {
      setProblem(null);
      setStatus({ key: 'io.loaded', params: { name: isolated(file.name) } });
      onModelChange(r.model);
    } else {
      setStatus(null);
      setProblem({ name: file.name, errors: r.errors });
    }
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // A model file dropped anywhere on the page.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const exportResults = () => {
    const count = countTermNumbers(model);
    const terms = count <= MAX_TERM_NUMBERS;
    setStatus(
      terms ? null : { key: 'io.termsTooMany', params: { n: count, max: MAX_TERM_NUMBERS } },
    );
    download('results.json', stringifyResults(computeResults(model, { terms, jacobian: true })));
  };

  const share = async () => {
    const url = await shareLink(model, pageUrl ?? window.location.href, wantedTarget);
    if (url.length > MAX_LINK_LENGTH) {
      // Browsers would not open it: the model file is the way to share this model.
      setLink(null);
      setStatus({ key: 'io.tooLong', params: { n: url.length, max: MAX_LINK_LENGTH } });
      return;
    }
    setLink({ model, url });
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ key: 'io.copied' });
    } catch {
      setStatus({ key: 'io.copyFailed' });
      linkField.current?.select();
    }
  };

  const shownProblem: { title: string; errors: readonly FieldError[] } | null = problem
    ? {
        title: translate(lang, 'explore', 'io.fileError', { name: isolated(problem.name) }),
        errors: problem.errors,
      }
    : linkErrors && linkErrors.length > 0
      ? { title: translate(lang, 'explore', 'io.linkError'), errors: linkErrors }
      : null;
  return (
    <div className="xp-io">
      <div className="xp-field">
        <label htmlFor={`${id}-file`}>{translate(lang, 'explore', 'io.open')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="xp-file"
          data-testid="model-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
        <p className="xp-help">{translate(lang, 'explore', 'io.drop')}</p>
      </div>
      <div className="xp-row">
        <button
          type="button"
          className="xp-button"
          onClick={() => download('model.json', stringifyResults(modelToJson(model)) + '\n')}
        >
          {translate(lang, 'explore', 'io.exportModel')}
        </button>
        <button type="button" className="xp-button" onClick={exportResults}>
          {translate(lang, 'explore', 'io.exportResults')}
        </button>
        <button
          type="button"
          className="xp-button"
          data-action="share"
          onClick={() => void share()}
        >
          {translate(lang, 'explore', 'io.share')}
        </button>
      </div>
      {shownLink && (
        <div className="xp-field xp-field--wide">
          <label htmlFor={`${id}-link`}>{translate(lang, 'explore', 'io.link')}</label>
          <input
            id={`${id}-link`}
            ref={linkField}
            className="xp-input xp-input--link"
            data-testid="share-link"
            readOnly
            value={shownLink}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      <p className="xp-status" aria-live="polite">
        {status && translate(lang, 'explore', status.key, status.params)}
      </p>
      {shownProblem && (
        <div className="xp-error" role="alert" data-testid="import-error" ref={alertBox}>
          <p>{shownProblem.title}</p>
          <FieldErrorList errors={shownProblem.errors} lang={lang} />
        </div>
      )}
    </div>
  );
}

export default ImportExport;
