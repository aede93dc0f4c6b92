/**
 * The reveal's sentences for the prompt at the position: the verdict on the prediction, how far it
 * was (for a drawn curve, per point in factors of ten) and one sentence on why, each filled with
 * the numbers of the case shown.
 */
import { formatNumber, t, type Lang } from '../i18n';
import type { PracticeKey } from '../i18n/keys';
import { binaryGap, choiceGap, drawGap, roundFactor } from '../lesson/prompts/gaps';
import type { BinaryTruth, ChoiceTruth, DrawTruth, PromptResponse } from '../lesson/prompts/types';
import type { CurrentPrompt } from './current';

export interface RevealText {
  /** "Right." / "Not this time." / "Skipped. The answer:" */
  readonly verdict: string;
  readonly correct: boolean | null;
  readonly answer: string;
  readonly why: readonly string[];
}

const num = (lang: Lang, x: number) => formatNumber(x, { lang });

function choiceText(lang: Lang, c: CurrentPrompt, truth: ChoiceTruth, r: PromptResponse | null) {
  const tr = (k: PracticeKey, p: Record<string, string | number>) => t(lang, 'practice', k, p);
  const k = truth.correct;
  const chosen = r?.kind === 'choice' ? r.k : null;
  const gap = chosen === null ? null : choiceGap(truth, chosen);
  const answer = tr('prompt.smallest-term.answer', {
    t: c.t,
    k,
    norm: num(lang, truth.norms[k]),
    chosen: chosen === null ? 'none' : chosen === k ? 'same' : chosen,
    factor: gap ? roundFactor(gap.factor) : 1,
  });
  const why = [
    tr('prompt.smallest-term.why', {
      k,
      km1: k - 1,
      delta: num(lang, truth.deltaNorms[k]),
      state: num(lang, truth.prevNorms[k]),
    }),
  ];
  if (truth.zeroAtStart) why.push(tr('prompt.smallest-term.zero', {}));
  return { correct: gap ? gap.correct : null, answer, why };
}

function drawText(lang: Lang, c: CurrentPrompt, truth: DrawTruth, r: PromptResponse | null) {
  const tr = (k: PracticeKey, p: Record<string, string | number>) => t(lang, 'practice', k, p);
  const why: string[] = [];
  let answer = '';
  let correct: boolean | null = null;
  if (r?.kind === 'draw') {
    const g = drawGap(truth, r.values);
    const comparable = g.points.filter((p) => p.decades !== null);
    const near = comparable.filter((p) => Math.abs(p.decades ?? 0) < 1).length;
    correct = near === comparable.length && g.points.every((p) => p.zero === null);
    if (g.worst && Math.abs(g.worst.decades) >= 1) {
      answer = tr('prompt.draw-norms.answer', {
        near,
        total: comparable.length,
        k: g.worst.k,
        dir: g.worst.decades > 0 ? 'high' : 'low',
        factor: roundFactor(10 ** Math.abs(g.worst.decades)),
        decades: Math.round(Math.abs(g.worst.decades) * 10) / 10,
      });
    } else if (comparable.length > 0) answer = tr('prompt.draw-norms.exact', {});
    const missed = g.points.filter((p) => p.zero === 'missed-zero').length;
    const falseZero = g.points.filter((p) => p.zero === 'false-zero').length;
    if (missed > 0) answer += ` ${tr('prompt.draw-norms.missed', { count: missed })}`;
    if (falseZero > 0) answer += ` ${tr('prompt.draw-norms.falseZero', { count: falseZero })}`;
  }
  if (Number.isFinite(truth.perStep))
    why.push(
      tr('prompt.draw-norms.why', {
        t: c.t,
        perStep: num(lang, truth.perStep),
        gs: num(lang, truth.gammaSigma),
      }),
    );
  if (truth.kMin > 0)
    why.push(tr('prompt.draw-norms.window', { n: c.t - truth.kMin, kMin: truth.kMin }));
  const dead = truth.zeros.filter((z) => z === 'dead').length;
  if (dead > 0) why.push(tr('prompt.draw-norms.dead', { count: dead }));
  return { correct, answer: answer.trim(), why };
}

function binaryText(lang: Lang, c: CurrentPrompt, truth: BinaryTruth, r: PromptResponse | null) {
  const tr = (k: PracticeKey, p: Record<string, string | number>) => t(lang, 'practice', k, p);
  const f = truth.facts;
  const correct = r?.kind === 'binary' ? binaryGap(truth, r.option).correct : null;
  const ratio = roundFactor(Math.max(truth.a, truth.b) / Math.min(truth.a, truth.b));
  // Two decided numbers may agree to 3 digits: then with as many as tell them apart.
  const digits = num(lang, truth.a) === num(lang, truth.b) ? 6 : 3;
  const common = {
    t: c.t,
    correct: truth.correct,
    a: formatNumber(truth.a, { lang, digits }),
    b: formatNumber(truth.b, { lang, digits }),
  };
  switch (truth.id) {
    case 'sigma-double':
      return {
        correct,
        answer: tr('prompt.sigma-double.answer', { ...common, ratio }),
        why: [
          tr('prompt.sigma-double.why', {
            t: c.t,
            first: c.t === 0 ? 'yes' : 'no',
            fr: num(lang, f.fprimeRatio),
            out: num(lang, f.outputRatio),
            gsA: num(lang, f.gammaSigmaBefore),
            gsB: num(lang, f.gammaSigmaAfter),
          }),
        ],
      };
    case 'truncation-v':
      return {
        correct,
        answer: tr('prompt.truncation-v.answer', {
          correct: truth.correct,
          exact: f.maxChangeV === 0 ? 'yes' : 'no',
          maxChange: num(lang, f.maxChangeV),
          changeW: num(lang, f.changeW),
          normW: num(lang, f.normW),
        }),
        why: [tr('prompt.truncation-v.why', {})],
      };
    case 'c-vs-s':
      return {
        correct,
        answer: tr('prompt.c-vs-s.answer', { ...common, ratio }),
        why: [
          tr('prompt.c-vs-s.why', {
            direct: num(lang, f.directPath),
            first: c.t === 0 ? 'yes' : 'no',
          }),
        ],
      };
  }
}

/** The reveal's text, for a prompt answered or skipped. */
export function revealText(lang: Lang, c: CurrentPrompt): RevealText {
  const r = c.record?.state === 'answered' ? c.record.response : null;
  const truth = c.truth;
  const body =
    truth.kind === 'choice'
      ? choiceText(lang, c, truth, r)
      : truth.kind === 'draw'
        ? drawText(lang, c, truth, r)
        : binaryText(lang, c, truth, r);
  const verdict =
    body.correct === null
      ? t(lang, 'practice', r ? 'prompt.yours' : 'prompt.skipped')
      : t(lang, 'practice', body.correct ? 'prompt.right' : 'prompt.wrong');
  return { verdict, correct: body.correct, answer: body.answer, why: body.why };
}
