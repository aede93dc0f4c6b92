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
  'node.gradNotComputed': '‖∂E{t}/∂s{k}‖: не вычислено (вне окна усечения)',

  'edge.U': 'U: входные веса, общие для всех t',
  'edge.W': 'W: рекуррентные веса, общие для всех t',
  'edge.V': 'V: выходные веса, общие для всех t',

  'diagram.cut': 'окно усечения: k ≥ {k}',
  'diagram.overflow': 'Переполнение: некоторые числа не конечны',

  'decay.title': '{name}: σₘₐₓ(W) = {sigma}',
  'decay.sigma': 'σₘₐₓ(W) = {sigma}',
  'decay.desc':
    'Нормы в зависимости от k в логарифмическом масштабе, t = {t}: произведение якобианов ‖∂s{ts}/∂sₖ‖₂ (спектральная норма) с его верхней оценкой (γσₘₐₓ(W)){exp} и градиент ‖∂E{ts}/∂sₖ‖, к которому эта оценка не относится.',
  'decay.jac': '‖∂s{t}/∂sₖ‖₂ (спектральная норма)',
  'decay.grad': '‖∂E{t}/∂sₖ‖ (без оценки)',
  'decay.bound': 'верхняя оценка ‖∂s{t}/∂sₖ‖₂: (γσₘₐₓ){exp}',
  'decay.k': 'k',

  'annot.share': 'доля',
  'annot.shareDef': 'доля в ∂E{t}/∂W: ⟨слагаемое, сумма⟩ / ‖сумма‖²',
  'annot.notComputed': 'не вычислено',
  'annot.flow': 'поток',

  'decay.omitted': 'не показано значений: {n} (ноль или не конечны)',
};
