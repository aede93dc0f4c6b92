/**
 * The worked solution of a card, as data (types.ts, SolutionLine): the entry's formula with its
 * indices substituted, the same with the shown numbers (then its partly evaluated stages), and the
 * value. For the Jacobian entry of a tanh cell:
 *   formula:  f'(z_{2,1})\,W_{1,3}
 *   numbers:  (1 − [0.6412]^{2}) · [−0.3121]        ([x]: a number part)
 *   numbers:  [0.5889] · [−0.3121]
 *   value:    [−0.1838]
 * which the UI writes "f′(z_{2,1})·W_{1,3} = (1 − 0.6412²)·(−0.3121) = 0.5889·(−0.3121) = −0.1838".
 * f′ is written through the shown state s = f(z) (tanh′ = 1 − s², σ′ = s(1 − s), relu′ = 1 or 0
 * by the sign of s, linear′ = 1). Sums are written out term by term.
 */
import type { Activation } from '../../model';
import { texUnit } from './build';
import { evaluate, forwardParts, softmaxExps, valuesOf, type Values } from './formulas';
import { displayValue, fprimeOfState } from './numbers';
import type { Card, SolutionLine, SolutionPart } from './types';

const T = (tex: string): SolutionPart => ({ kind: 'tex', tex });
const N = (value: number, paren = true): SolutionPart => ({
  kind: 'num',
  value: displayValue(value),
  paren,
});
const line = (role: SolutionLine['role'], parts: SolutionPart[]): SolutionLine => ({ role, parts });
const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);
const u = texUnit;
const CDOT = ' \\cdot ';

/** Parts joined by a separator. */
function joined(groups: SolutionPart[][], sep: string): SolutionPart[] {
  return groups.flatMap((g, n) => (n === 0 ? g : [T(sep), ...g]));
}

/** f′ of a unit written through its shown state s. */
function fprimeParts(f: Activation, s: number): SolutionPart[] {
  switch (f) {
    case 'tanh':
      return [T('(1 - '), N(s), T('^{2})')];
    case 'sigmoid':
      return [N(s), T('\\,(1 - '), N(s), T(')')];
    case 'relu':
      return [T(s > 0 ? '1' : '0')];
    case 'linear':
      return [T('1')];
  }
}

const fprimeValue = (f: Activation, x: Values, k: number): number =>
  f === 'linear' ? 1 : fprimeOfState(f, x.get('sK', k)).v;

const F_TEX: Record<Activation, string> = {
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  relu: '\\operatorname{relu}',
  linear: '',
};

function fOf(f: Activation, inner: SolutionPart[]): SolutionPart[] {
  return f === 'linear' ? inner : [T(`${F_TEX[f]}\\big(`), ...inner, T('\\big)')];
}

/** The f′ factor times a (parenthesised) sum or factor, in symbols and in numbers. */
function fprimeTimes(
  card: Card,
  x: Values,
  k: number,
  symbols: string,
  numbers: SolutionPart[],
  rest: number,
): SolutionLine[] {
  const f = card.activation;
  const fp = fprimeValue(f, x, card.i);
  const lines = [
    line('formula', [T(`f'(z_{${k},${u(card.i)}})${CDOT}${symbols}`)]),
    line('numbers', [
      ...(f === 'linear' ? [T('1')] : fprimeParts(f, x.get('sK', card.i))),
      T(CDOT),
      ...numbers,
    ]),
  ];
  if (f === 'tanh' || f === 'sigmoid' || numbers.length > 1)
    lines.push(line('numbers', [N(fp, false), T(CDOT), N(rest)]));
  return lines;
}

function jacobianLines(card: Card, x: Values): SolutionLine[] {
  const { step: k, i } = card;
  const j = card.j ?? 0;
  const w = x.get('W', i, j);
  return fprimeTimes(card, x, k, `W_{${u(i)},${u(j)}}`, [N(w)], w);
}

function deltaLines(card: Card, x: Values): SolutionLine[] {
  const { step: k, i } = card;
  if (x.has('V')) {
    const t = k;
    const K = x.rows('V');
    const sym = range(K).map(
      (c) => `V_{${u(c)},${u(i)}}(\\hat{y}_{${t},${u(c)}} - y_{${t},${u(c)}})`,
    );
    const nums = range(K).map((c) => [
      N(x.get('V', c, i)),
      T('\\,('),
      N(x.get('yhat', c), false),
      T(` - ${x.get('y', c)})`),
    ]);
    const back = range(K).reduce(
      (acc, c) => acc + x.get('V', c, i) * (x.get('yhat', c) - x.get('y', c)),
      0,
    );
    return fprimeTimes(
      card,
      x,
      k,
      `\\big(${sym.join(' + ')}\\big)`,
      [T('\\big('), ...joined(nums, ' + '), T('\\big)')],
      back,
    );
  }
  const H = x.rows('W');
  const sym = range(H).map((v) => `W_{${u(v)},${u(i)}}\\,\\delta_{${k + 1},${u(v)}}`);
  const nums = range(H).map((v) => [N(x.get('W', v, i)), T(CDOT), N(x.get('deltaNext', v))]);
  const back = range(H).reduce((acc, v) => acc + x.get('W', v, i) * x.get('deltaNext', v), 0);
  return fprimeTimes(
    card,
    x,
    k,
    `\\big(${sym.join(' + ')}\\big)`,
    [T('\\big('), ...joined(nums, ' + '), T('\\big)')],
    back,
  );
}

function termLines(card: Card, x: Values): SolutionLine[] {
  const { step: k, i } = card;
  const j = card.j ?? 0;
  return [
    line('formula', [T(`\\delta_{${k},${u(i)}}\\, s_{${k - 1},${u(j)}}`)]),
    line('numbers', [N(x.get('delta', i), false), T(CDOT), N(x.get('sPrev', j))]),
  ];
}

function forwardLines(card: Card, x: Values): SolutionLine[] {
  const { step: t, i, activation: f } = card;
  const D = x.rows('x');
  const H = x.rows('sPrev');
  const sym = [
    ...range(D).map((d) => `U_{${u(i)},${u(d)}}\\,x_{${t},${u(d)}}`),
    ...range(H).map((v) => `W_{${u(i)},${u(v)}}\\,s_{${t - 1},${u(v)}}`),
  ];
  const nums = [
    ...range(D).map((d) => [N(x.get('U', i, d)), T(CDOT), N(x.get('x', d))]),
    ...range(H).map((v) => [N(x.get('W', i, v)), T(CDOT), N(x.get('sPrev', v))]),
  ];
  const { ux, ws } = forwardParts(i, x);
  const z = ux.v + ws.v;
  const lines = [
    line('formula', fOf(f, [T(sym.join(' + '))])),
    line('numbers', fOf(f, joined(nums, ' + '))),
  ];
  if (f !== 'linear') lines.push(line('numbers', fOf(f, [N(z, false)])));
  return lines;
}

function softmaxLines(card: Card, x: Values): SolutionLine[] {
  const { step: t, i } = card;
  const K = x.rows('o');
  const e = (c: number) => `e^{o_{${t},${u(c)}}}`;
  const eNum = (c: number): SolutionPart[] => [T('e^{'), N(x.get('o', c), false), T('}')];
  const exps = softmaxExps(x);
  const total = exps.reduce((acc, v) => acc + v.v, 0);
  return [
    line('formula', [T(`\\frac{${e(i)}}{${range(K).map(e).join(' + ')}}`)]),
    line('numbers', [
      T('\\frac{'),
      ...eNum(i),
      T('}{'),
      ...joined(range(K).map(eNum), ' + '),
      T('}'),
    ]),
    line('numbers', [T('\\frac{'), N(exps[i].v, false), T('}{'), N(total, false), T('}')]),
  ];
}

/** The worked solution: formula, numbers (and stages), value. See the module's comment. */
export function cardSolution(card: Card): SolutionLine[] {
  const x = valuesOf(card.given, 'shown');
  const body = {
    'jacobian-entry': jacobianLines,
    'delta-entry': deltaLines,
    'term-entry': termLines,
    'forward-state': forwardLines,
    softmax: softmaxLines,
  }[card.kind](card, x);
  return [...body, line('value', [N(card.answer, false)])];
}

/** The value the solution's numbers give (computed from the shown numbers). */
export function shownAnswer(card: Card): number {
  return evaluate(card, valuesOf(card.given, 'shown')).answer.v;
}
