/**
 * Steps 9–12: past the lecture's slides (Jacobians, vanishing and exploding gradients, truncated
 * BPTT, the whole gradient), in the same notation.
 */
import { at, formula, lastBackwardSub, text } from './build';
import * as F from './formulas';
import type { Step } from './types';

export const JACOBIAN_STEP: Step = {
  id: 'jacobian',
  title: text('Якобиан ∂s{t:sub}/∂sₖ', 'The Jacobian ∂s{t:sub}/∂sₖ'),
  body: text(
    'Множитель ∂s{t:sub}/∂sₖ — произведение якобианов шагов: по одному множителю diag(f′(zⱼ))·W на каждый шаг назад. Чем дальше k от {t}, тем больше множителей.',
    'The factor ∂s{t:sub}/∂sₖ is a product of per-step Jacobians: one factor diag(f′(zⱼ))·W for each step back. The further k is from {t}, the more factors.',
  ),
  notes: text(
    'Рядом с каждым sₖ — матрица ∂s{t:sub}/∂sₖ (для большого H — её норма). При k = {t} произведение пустое: единичная матрица. Порядок важен: множитель j = {t} стоит слева. При обратном проходе умножаем на транспонированные: Wᵀ diag(f′).',
    'Beside each sₖ: the matrix ∂s{t:sub}/∂sₖ (its norm for a large H). For k = {t} the product is empty: the identity. The order matters: the j = {t} factor is leftmost. The backward pass multiplies by the transposes, Wᵀ diag(f′).',
  ),
  formulas: [
    formula('jacobian-product', F.jacobianProductTex, {
      caption: text(
        'При k = {t} произведение пустое и равно единичной матрице',
        'For k = {t} the product is empty: the identity matrix',
      ),
    }),
    formula('jacobian-example', F.jacobianExampleTex, { fromFor: lastBackwardSub }),
  ],
  substeps: 'backward',
  focus: { emphasis: at('revealed', 's', 'W'), flow: 'sumOverK', jacobians: true },
  beyondSlides: true,
};

export const DECAY_STEP: Step = {
  id: 'vanishing-exploding',
  title: text('Затухающие и взрывающиеся градиенты', 'Vanishing and exploding gradients'),
  body: text(
    'Каждый множитель по норме не больше γ·σ_max(W), где γ = sup|f′| (для tanh γ = 1). Значит, ‖∂s{t:sub}/∂sₖ‖ ≤ (γ·σ_max)^({t}−k): при γ·σ_max < 1 вклад далёких шагов затухает экспоненциально. При γ·σ_max > 1 он может расти — но не обязан: насыщение tanh его сдерживает.',
    'Each factor has a norm of at most γ·σ_max(W), where γ = sup|f′| (γ = 1 for tanh). So ‖∂s{t:sub}/∂sₖ‖ ≤ (γ·σ_max)^({t}−k): with γ·σ_max < 1 the far steps’ contribution vanishes exponentially. With γ·σ_max > 1 it may grow, but need not: tanh saturation holds it back.',
  ),
  notes: text(
    'Три нажатия: текущая модель, та же сеть с уменьшенной W и с увеличенной W (W масштабируется до заданного σ_max). Нормы — на логарифмической шкале против границы. σ_max < 1/γ достаточно для затухания; σ_max > 1/γ для взрыва необходимо, но не достаточно.',
    'Three presses: the current model, the same network with W scaled down, and with W scaled up (W rescaled to a given σ_max). The norms are on a log scale against the bound. σ_max < 1/γ suffices for vanishing; σ_max > 1/γ is necessary for exploding, not sufficient.',
  ),
  formulas: [
    formula('bound', F.boundTex, {
      caption: text(
        'γ = sup|f′|: 1 для tanh, ReLU и линейной, 1/4 для сигмоиды',
        'γ = sup|f′|: 1 for tanh, ReLU and linear, 1/4 for the sigmoid',
      ),
    }),
  ],
  substeps: 3,
  variants: [
    { sigmaW: null, label: text('Текущая W', 'The current W') },
    { sigmaW: 0.3, label: text('Малая W: градиент затухает', 'Small W: the gradient vanishes') },
    { sigmaW: 3, label: text('Большая W: градиент может расти', 'Large W: the gradient may grow') },
  ],
  focus: {
    emphasis: at('upToTarget', 's', 'W'),
    flow: 'sumOverK',
    jacobians: true,
    decay: true,
  },
  beyondSlides: true,
};

export const TRUNCATION_STEP: Step = {
  id: 'truncation',
  title: text('Усечённый BPTT', 'Truncated BPTT'),
  body: text(
    'На практике сумму по k обрезают: для ошибки Eₜ учитываются только k ≥ t − n, то есть не больше n + 1 последних шагов. Разрез на схеме — граница окна. Такой градиент дешевле, но приближённый: это уже не градиент какой-либо функции ошибки.',
    'In practice the sum over k is cut short: for the error Eₜ only k ≥ t − n count, at most the last n + 1 steps. The cut in the diagram is the window’s edge. The result is cheaper but approximate: it is no longer the gradient of any loss.',
  ),
  notes: text(
    'Окно n = {n}. Первое нажатие — разрез и оставшиеся слагаемые, второе — усечённый градиент рядом с полным и их относительная разница. ∂E/∂V усечение не затрагивает. Проверка градиента конечными разностями сходится только с полным градиентом.',
    'Window n = {n}. First press: the cut and the terms that remain; second press: the truncated gradient beside the full one, with their relative difference. ∂E/∂V is not affected. A finite-difference gradient check agrees only with the full gradient.',
  ),
  formulas: [
    formula('truncated', F.truncatedTex, {
      caption: text(
        '[…]ₙ — усечённый градиент: для ошибки Eₜ только k ≥ t − n',
        '[…]ₙ: the truncated gradient, only k ≥ t − n for the error Eₜ',
      ),
    }),
    formula('truncated-whole', F.truncatedWholeTex, { from: 1 }),
  ],
  substeps: 2,
  demoTruncate: 1,
  focus: {
    emphasis: [...at('target', 'E', 'loss', 'yhat', 'V'), ...at('window', 's', 'W')],
    flow: 'sumOverK',
    terms: true,
    cut: true,
  },
  beyondSlides: true,
};

export const WHOLE_STEP: Step = {
  id: 'whole-gradient',
  title: text('Полный градиент', 'The whole gradient'),
  body: text(
    'Складываем вклады всех ошибок Eₜ и все пути k ≤ t. Для U — то же с ∂⁺sₖ/∂U; у V рекурсии нет: V влияет на Eₜ только через ŷₜ. На практике всё это считается одним проходом назад за O(T).',
    'Add up the contributions of every error Eₜ and every path k ≤ t. For U it is the same with ∂⁺sₖ/∂U; V has no recursion: V affects Eₜ only through ŷₜ. In practice all of it is computed in one backward sweep, in O(T).',
  ),
  notes: text(
    'Три нажатия: ∂E/∂W, ∂E/∂U, ∂E/∂V. В двойной сумме O(T²) слагаемых, но их можно сгруппировать по k: δₖ = f′(zₖ) ⊙ (Vᵀ(ŷₖ − yₖ) + Wᵀδₖ₊₁), и тогда ∂E/∂W = Σₖ δₖ sₖ₋₁ᵀ — один проход назад. Слагаемое k = 0 для U не равно нулю, в отличие от W при нулевом s₋₁.',
    'Three presses: ∂E/∂W, ∂E/∂U, ∂E/∂V. The double sum has O(T²) terms, but grouping them by k gives δₖ = f′(zₖ) ⊙ (Vᵀ(ŷₖ − yₖ) + Wᵀδₖ₊₁) and ∂E/∂W = Σₖ δₖ sₖ₋₁ᵀ: one backward sweep. The k = 0 term for U is not zero, unlike W’s when s₋₁ = 0.',
  ),
  formulas: [
    formula('whole-W', (ctx) => F.wholeTex(ctx, 'W')),
    formula('whole-U', (ctx) => F.wholeTex(ctx, 'U'), { from: 1 }),
    formula('whole-V', F.wholeVTex, { from: 2 }),
  ],
  substeps: 3,
  focus: { emphasis: at('all', 'E', 'loss', 's', 'W', 'U', 'V'), flow: 'allTargets' },
  beyondSlides: true,
};

export const BEYOND_STEPS: readonly Step[] = [
  JACOBIAN_STEP,
  DECAY_STEP,
  TRUNCATION_STEP,
  WHOLE_STEP,
];
