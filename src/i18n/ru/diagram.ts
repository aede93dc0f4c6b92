/** Russian: the unrolled diagram's and the decay chart's strings. */
import type { DiagramKey } from '../keys';

export const DIAGRAM: Readonly<Record<DiagramKey, string>> = {
  'diagram.title': 'Развёрнутая рекуррентная сеть',
  'diagram.desc':
    'Входы x внизу, скрытые состояния s посередине, начиная с s₋₁, выходы ŷ и ошибки E сверху, для t = 0 … {last}. Клавиши со стрелками перемещают фокус между узлами, в том числе к любому шагу; у длинной последовательности отрисованы только шаги около видимой области.',

  'node.x': 'вход',
  'node.s': 'скрытое состояние',
  'node.sInit': 'начальное состояние',
  'node.yhat': 'выход',
  'node.E': 'ошибка',
  'node.aria': '{name}: {kind}, t = {t}, {value}',
  'node.value': 'значение {value}',
  'node.pending': 'ещё не вычислено',
  'node.targetClass': 'целевой класс {y}',
  'node.gradNorm': '‖∂E{t}/∂s{k}‖ = {value}',
  'node.jacNorm': '‖∂s{t}/∂s{k}‖₂ = {value}',

  'edge.U': 'U: входные веса, общие для всех t',
  'edge.W': 'W: рекуррентные веса, общие для всех t',
  'edge.V': 'V: выходные веса, общие для всех t',

  'diagram.cut': 'окно усечения: k ≥ {k}',
  'diagram.overflow': 'Переполнение: некоторые числа не конечны',

  'decay.title': '{name}: σ_max(W) = {sigma}',
  'decay.sigma': 'σ_max(W) = {sigma}',
  'decay.desc':
    'Нормы в зависимости от k на логарифмической оси и оценка (γ·σ_max(W))^(t−k), t = {t}.',
  'decay.jac': '‖∂s{t}/∂sₖ‖₂',
  'decay.grad': '‖∂E{t}/∂sₖ‖',
  'decay.bound': '(γ·σ_max(W)){exp}',
  'decay.k': 'k',

  'annot.share': 'доля',
  'annot.flow': 'поток',

  'decay.omitted': 'не показано значений: {n} (ноль или не конечны)',
};
