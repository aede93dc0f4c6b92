/**
 * Steps 1–8: the lecture's slides, in their order and notation. Texts may use the placeholders
 * of text.ts ({t} = the target t★, {t:sub} its subscript, {tPrev}, {T}, {tLast}, {n}).
 */
import { at, formula, lastBackwardSub, text } from './build';
import * as F from './formulas';
import type { Step } from './types';

export const TITLE_STEP: Step = {
  id: 'title',
  title: text(
    'Рекуррентные нейронные сети: backward pass',
    'Recurrent neural networks: the backward pass',
  ),
  body: text(
    'Как обучить рекуррентную сеть: обратное распространение ошибки во времени (backpropagation through time, BPTT). Сеть на схеме развёрнута во времени, T = {T}; все числа на экране посчитаны для неё.',
    'How a recurrent network is trained: backpropagation through time (BPTT). The network in the diagram is unrolled in time, T = {T}; every number on screen is computed for it.',
  ),
  notes: text(
    'Титульный слайд. План: прямой проход, две идеи (ошибка и градиент — суммы по t), цепное правило для E{t:sub}, сумма по k. Дальше — то, чего нет на слайдах: якобианы, затухание и взрыв градиентов, усечённый BPTT, полный градиент. Клавиши: → или PageDown — дальше, ? — справка.',
    'Title slide. Plan: the forward pass, two ideas (the error and the gradient are sums over t), the chain rule for E{t:sub}, the sum over k. Then what the slides leave out: Jacobians, vanishing and exploding gradients, truncated BPTT, the whole gradient. Keys: → or PageDown for next, ? for help.',
  ),
  formulas: [],
  substeps: 1,
  focus: { emphasis: [], flow: 'none' },
};

export const FORWARD_STEP: Step = {
  id: 'forward-pass',
  title: text('Прямой проход', 'The forward pass'),
  body: text(
    'На каждом шаге t сеть читает вход xₜ, обновляет скрытое состояние sₜ и выдаёт распределение ŷₜ; ошибка Eₜ сравнивает его с правильным ответом yₜ. На слайде выход обозначен hₜ — это тот же ŷₜ, дальше пишем ŷₜ. Сеть разворачивается слева направо, и каждое значение появляется, когда оно вычислено.',
    'At each step t the network reads the input xₜ, updates its hidden state sₜ and outputs a distribution ŷₜ; the error Eₜ compares it with the correct answer yₜ. The slide writes hₜ for the output: it is the same ŷₜ, which we use from here on. The network unrolls from left to right, and each value appears as it is computed.',
  ),
  notes: text(
    'Каждое нажатие раскрывает следующий шаг, t = 0 … {tLast}. s₋₁ — начальное состояние (обычно нулевое). f — нелинейность (в примере по умолчанию tanh), выход — softmax, ошибка — перекрёстная энтропия. Смещений в модели нет.',
    'Each press reveals the next step, t = 0 … {tLast}. s₋₁ is the initial state (usually zero). f is the nonlinearity (tanh in the default example), the output is a softmax, the error is the cross-entropy. The model has no biases.',
  ),
  formulas: [
    formula('forward-state', F.forwardStateTex),
    formula('forward-output', F.forwardOutputTex),
    formula('forward-loss', F.forwardLossTex, {
      caption: text(
        'Перекрёстная энтропия; yₜ — правильный ответ (one-hot)',
        'Cross-entropy; yₜ is the correct answer (one-hot)',
      ),
    }),
  ],
  substeps: 'forward',
  focus: {
    emphasis: at('revealed', 'x', 'U', 's', 'W', 'V', 'yhat', 'loss', 'E'),
    forwardSweep: true,
    flow: 'none',
  },
};

export const GRADIENTS_STEP: Step = {
  id: 'gradients-needed',
  title: text('Нужно уметь вычислять градиенты', 'We need the gradients'),
  body: text(
    'Нужно уметь вычислять градиенты по U, W и V. Это одни и те же матрицы на всех шагах: развёрнутая сеть делит веса между шагами, поэтому на схеме каждая матрица — один объект.',
    'We need to compute the gradients with respect to U, W and V. They are the same matrices at every step: the unrolled network shares its weights across steps, so each matrix is one object in the diagram.',
  ),
  notes: text(
    'Подчеркнуть: U, W, V — не {T} разные копии, а одни и те же параметры. Отсюда и трудность: W влияет на ошибку на каждом шаге, и не по одному пути.',
    'Stress that U, W, V are not {T} separate copies but the same parameters. That is the difficulty: W affects the error at every step, and along more than one path.',
  ),
  formulas: [formula('gradients', F.gradientsNeededTex)],
  substeps: 1,
  focus: { emphasis: at('all', 'U', 'W', 'V'), sharedWeights: true, flow: 'none' },
};

export const IDEAS_STEP: Step = {
  id: 'ideas',
  title: text('Идеи', 'The ideas'),
  body: text(
    'Ошибка сети есть сумма ее ошибок для всех t. Общий градиент по переменной есть сумма ее градиентов для всех t.',
    "The network's error is the sum of its errors over all t. The total gradient with respect to a variable is the sum of its gradients over all t.",
  ),
  notes: text(
    'Первое нажатие — сумма ошибок: на схеме подсвечены все Eₜ. Второе — то же для градиента: производная суммы есть сумма производных.',
    'First press: the sum of the errors, every Eₜ lit in the diagram. Second press: the same for the gradient, since the derivative of a sum is the sum of the derivatives.',
  ),
  formulas: [
    formula('error-sum', F.errorSumTex),
    formula('gradient-sum', F.gradientSumIdeaTex, {
      from: 1,
      caption: text('θ — любой из параметров U, W, V', 'θ is any of the parameters U, W, V'),
    }),
  ],
  substeps: 2,
  focus: { emphasis: at('all', 'E', 'loss'), flow: 'none' },
};

export const SUM_OVER_T_STEP: Step = {
  id: 'sum-over-t',
  title: text('Градиент по W — сумма по t', 'The gradient with respect to W is a sum over t'),
  body: text(
    'Каждая ошибка Eₜ даёт свой вклад в градиент по W. Достаточно понять один вклад; возьмём E{t:sub}, как на слайдах.',
    'Each error Eₜ contributes its own part of the gradient with respect to W. Understanding one part is enough; take E{t:sub}, as the slides do.',
  ),
  notes: text(
    'Дальше следим за одной ошибкой E{t:sub} (цель t★ = {t}; её можно сменить). Для U рассуждение то же; V проще, к нему вернёмся в конце.',
    'From here on we follow one error, E{t:sub} (the target t★ = {t}; it can be changed). The argument for U is the same; V is simpler, we return to it at the end.',
  ),
  formulas: [formula('sum-over-t', F.sumOverTTex)],
  substeps: 1,
  focus: { emphasis: at('all', 'E', 'W'), mark: at('target', 'E'), flow: 'none' },
};

export const CHAIN_STEP: Step = {
  id: 'chain-rule',
  title: text('Цепное правило для E{t:sub}', 'The chain rule for E{t:sub}'),
  body: text(
    'E{t:sub} зависит от W через выход ŷ{t:sub} и состояние s{t:sub}. По цепному правилу градиент — произведение трёх множителей; поток градиента идёт E{t:sub} → ŷ{t:sub} → s{t:sub}.',
    'E{t:sub} depends on W through the output ŷ{t:sub} and the state s{t:sub}. By the chain rule the gradient is a product of three factors; the gradient flows E{t:sub} → ŷ{t:sub} → s{t:sub}.',
  ),
  notes: text(
    'Первые два множителя для softmax с перекрёстной энтропией сворачиваются в (ŷ{t:sub} − y{t:sub})ᵀV — без деления на ŷ, это численно устойчиво. Весь интерес — в третьем множителе ∂s{t:sub}/∂W.',
    'For softmax with cross-entropy the first two factors collapse to (ŷ{t:sub} − y{t:sub})ᵀV, with no division by ŷ, which is numerically stable. All the interest is in the third factor, ∂s{t:sub}/∂W.',
  ),
  formulas: [
    formula('chain-rule', F.chainRuleTex),
    formula('output-error', F.outputErrorTex, {
      caption: text('Для softmax с перекрёстной энтропией', 'For softmax with cross-entropy'),
    }),
  ],
  substeps: 1,
  focus: { emphasis: at('target', 'E', 'loss', 'yhat', 'V', 's'), flow: 'toState' },
};

export const TOTAL_STEP: Step = {
  id: 'total-derivative',
  title: text('Полная производная ∂s{t:sub}/∂W', 'The total derivative ∂s{t:sub}/∂W'),
  body: text(
    's{t:sub} = f(U x{t:sub} + W s{tPrev:sub}): W входит сюда напрямую, но и s{tPrev:sub} вычислено с тем же W на предыдущих шагах. Поэтому ∂s{t:sub}/∂W на прошлом слайде — полная производная: она собирает все пути от W к s{t:sub}.',
    's{t:sub} = f(U x{t:sub} + W s{tPrev:sub}): W enters directly, but s{tPrev:sub} was itself computed with the same W on the earlier steps. So the ∂s{t:sub}/∂W of the previous slide is a total derivative: it collects every path from W to s{t:sub}.',
  ),
  notes: text(
    'U и W выделены, как красным на слайде. Второе нажатие раскрывает полную производную: d — полная, ∂⁺ — непосредственная (s{tPrev:sub} считается константой). Если раскрыть рекурсию до конца, получится сумма по k на следующем слайде.',
    'U and W are marked, as in red on the slide. The second press expands the total derivative: d is the total one, ∂⁺ the immediate one (s{tPrev:sub} held constant). Unrolling the recursion to the end gives the sum over k of the next slide.',
  ),
  formulas: [
    formula('marked-state', F.markedStateTex),
    formula('total-derivative', F.totalDerivativeTex, {
      from: 1,
      caption: text(
        'd — полная производная; ∂⁺ — непосредственная: предыдущее состояние считается константой',
        'd: the total derivative; ∂⁺: the immediate one, with the previous state held constant',
      ),
    }),
  ],
  substeps: 2,
  focus: {
    emphasis: [...at('upToTarget', 's', 'W', 'U'), ...at('target', 'x')],
    mark: at('target', 'U', 'W'),
    flow: 'none',
  },
};

export const SUM_OVER_K_STEP: Step = {
  id: 'sum-over-k',
  title: text('Сумма по k', 'The sum over k'),
  body: text(
    'Раскроем полную производную до конца: W влияет на s{t:sub} через каждое состояние sₖ, k = 0 … {t}. Каждый путь даёт слагаемое: градиент идёт назад по рекуррентным стрелкам от s{t:sub} к sₖ, а затем к W непосредственно — ∂⁺sₖ/∂W, где sₖ₋₁ считается константой (иначе пути посчитались бы дважды). Ширина потока — настоящая норма ‖∂E{t:sub}/∂sₖ‖.',
    'Expand the total derivative to the end: W affects s{t:sub} through every state sₖ, k = 0 … {t}. Each path gives one term: the gradient runs back along the recurrent arrows from s{t:sub} to sₖ, then to W immediately, ∂⁺sₖ/∂W with sₖ₋₁ held constant (otherwise paths would be counted twice). The width of the flow is the real norm ‖∂E{t:sub}/∂sₖ‖.',
  ),
  notes: text(
    'Каждое нажатие продвигает поток на шаг назад, и рядом с sₖ появляется k-е слагаемое: значение и доля в сумме. Последнее нажатие — сумма. Слагаемое k = 0 для W равно нулю, когда s₋₁ = 0. Ловушка слайда: ∂s{t:sub}/∂W и ∂sₖ/∂W записаны одним символом, но первая производная полная, а вторая — непосредственная.',
    'Each press moves the flow one step back, and the k-th term appears beside sₖ: its value and its share of the sum. The last press shows the sum. The k = 0 term for W is zero when s₋₁ = 0. The slide’s pitfall: ∂s{t:sub}/∂W and ∂sₖ/∂W share one symbol, but the first is total and the second immediate.',
  ),
  formulas: [
    formula('sum-over-k', F.sumOverKTex, {
      caption: text(
        'd — полная производная; ∂⁺ — непосредственная: sₖ₋₁ считается константой',
        'd: the total derivative; ∂⁺: the immediate one, with sₖ₋₁ held constant',
      ),
    }),
    formula('immediate', F.immediateTex, {
      caption: text(
        'Непосредственная производная: только прямое вхождение W в sₖ; eᵢ — i-й базисный вектор',
        'The immediate derivative: only the direct appearance of W in sₖ; eᵢ is the i-th basis vector',
      ),
    }),
    formula('sum-expanded', F.sumExpandedTex, { fromFor: lastBackwardSub }),
  ],
  substeps: 'backward',
  focus: {
    emphasis: [...at('target', 'E', 'loss', 'yhat', 'V'), ...at('revealed', 's', 'W')],
    flow: 'sumOverK',
    terms: true,
  },
};

export const SLIDE_STEPS: readonly Step[] = [
  TITLE_STEP,
  FORWARD_STEP,
  GRADIENTS_STEP,
  IDEAS_STEP,
  SUM_OVER_T_STEP,
  CHAIN_STEP,
  TOTAL_STEP,
  SUM_OVER_K_STEP,
];
