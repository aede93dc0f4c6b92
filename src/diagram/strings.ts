/**
 * Every string the diagram and the decay chart show, in both languages. The app passes a
 * translator `labels(key)`; `DIAGRAM_STRINGS` holds the texts it can merge into its dictionary.
 * Placeholders in braces ({t}, {k}, {name}, …) are filled by the diagram with `fill`.
 */
import type { Lang } from '../lesson/types';

export const DIAGRAM_STRINGS = {
  'diagram.title': { en: 'Unrolled recurrent network', ru: 'Развёрнутая рекуррентная сеть' },
  'diagram.desc': {
    en: 'Inputs x at the bottom, hidden states s in the middle starting from s₋₁, outputs ŷ and losses E above, for t = 0 … {last}. Arrow keys move between the nodes and reach every time step; a long sequence draws the steps near the view.',
    ru: 'Входы x внизу, скрытые состояния s посередине, начиная с s₋₁, выходы ŷ и ошибки E сверху, для t = 0 … {last}. Стрелки переходят между узлами и доходят до любого шага; у длинной последовательности нарисованы шаги рядом с видимой частью.',
  },
  'node.x': { en: 'input', ru: 'вход' },
  'node.s': { en: 'hidden state', ru: 'скрытое состояние' },
  'node.sInit': { en: 'initial state', ru: 'начальное состояние' },
  'node.yhat': { en: 'output', ru: 'выход' },
  'node.E': { en: 'loss', ru: 'ошибка' },
  /** "{name}: {kind}, t = {t}, {value}" — a node's accessible name. */
  'node.aria': { en: '{name}: {kind}, t = {t}, {value}', ru: '{name}: {kind}, t = {t}, {value}' },
  'node.value': { en: 'value {value}', ru: 'значение {value}' },
  'node.pending': { en: 'not computed yet', ru: 'ещё не вычислено' },
  'node.targetClass': { en: 'target class {y}', ru: 'целевой класс {y}' },
  'node.gradNorm': { en: '‖∂E{t}/∂s{k}‖ = {value}', ru: '‖∂E{t}/∂s{k}‖ = {value}' },
  'node.jacNorm': { en: '‖∂s{t}/∂s{k}‖₂ = {value}', ru: '‖∂s{t}/∂s{k}‖₂ = {value}' },
  'edge.U': { en: 'U: input weights, shared by every t', ru: 'U: входные веса, общие для всех t' },
  'edge.W': {
    en: 'W: recurrent weights, shared by every t',
    ru: 'W: рекуррентные веса, общие для всех t',
  },
  'edge.V': {
    en: 'V: output weights, shared by every t',
    ru: 'V: выходные веса, общие для всех t',
  },
  'edge.loss': { en: 'loss', ru: 'ошибка' },
  'diagram.cut': { en: 'cut: k ≥ {k}', ru: 'отсечение: k ≥ {k}' },
  'diagram.overflow': {
    en: 'Values overflowed: some numbers are not finite',
    ru: 'Переполнение: некоторые числа не конечны',
  },
  'decay.title': { en: '{name}: σ_max(W) = {sigma}', ru: '{name}: σ_max(W) = {sigma}' },
  'decay.sigma': { en: 'σ_max(W) = {sigma}', ru: 'σ_max(W) = {sigma}' },
  'decay.desc': {
    en: 'Norms against k on a logarithmic axis, with the bound (γ·σ_max(W))^(t−k), t = {t}.',
    ru: 'Нормы в зависимости от k на логарифмической оси и оценка (γ·σ_max(W))^(t−k), t = {t}.',
  },
  'decay.jac': { en: '‖∂s{t}/∂sₖ‖₂', ru: '‖∂s{t}/∂sₖ‖₂' },
  'decay.grad': { en: '‖∂E{t}/∂sₖ‖', ru: '‖∂E{t}/∂sₖ‖' },
  /** {exp} is the exponent in superscript, e.g. "³⁻ᵏ". */
  'decay.bound': { en: '(γ·σ_max(W)){exp}', ru: '(γ·σ_max(W)){exp}' },
  'decay.k': { en: 'k', ru: 'k' },
  /** {state} names the state the flow starts from, e.g. "s₃". */
  'decay.flow': { en: 'The gradient flow from {state}', ru: 'Поток градиента от {state}' },
  'decay.pending': { en: 'Next press', ru: 'Следующее нажатие' },
  'annot.share': { en: 'share', ru: 'доля' },
  'annot.flow': { en: 'flow', ru: 'поток' },
  'decay.omitted': {
    en: '{n} values not drawn (zero or not finite)',
    ru: 'не показано значений: {n} (ноль или не конечны)',
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type DiagramLabelKey = keyof typeof DIAGRAM_STRINGS;

/** The translator the app passes to the diagram. */
export type DiagramLabels = (key: DiagramLabelKey) => string;

export const DIAGRAM_LABEL_KEYS = Object.keys(DIAGRAM_STRINGS) as DiagramLabelKey[];

/** A translator over DIAGRAM_STRINGS alone (tests, or an app without its own dictionary). */
export function diagramLabels(lang: Lang): DiagramLabels {
  return (key) => DIAGRAM_STRINGS[key][lang];
}

/** Replaces each {name} in a template by vars[name] (left as is when absent). */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  // A plain scan (no regular expression): the diagram fills a few hundred labels per edit.
  let out = '';
  let from = 0;
  for (;;) {
    const open = template.indexOf('{', from);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const name = template.slice(open + 1, close);
    if (/^\w+$/.test(name) && Object.hasOwn(vars, name)) {
      out += template.slice(from, open) + String(vars[name]);
    } else {
      // Not a placeholder we fill: keep the brace and look again just after it.
      out += template.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    from = close + 1;
  }
  return out + template.slice(from);
}
