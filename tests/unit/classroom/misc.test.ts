// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseStepNumber } from '../../../src/classroom/GotoDialog';
import { currentFormulaTex, plainLatex } from '../../../src/classroom/latex';
import { formatElapsed } from '../../../src/classroom/useTimer';
import { exportName } from '../../../src/classroom/exportDiagram';
import { defaultModel } from '../../../src/model';
import { STEPS } from '../../../src/lesson/steps';
import { formulasAt } from '../../../src/lesson/tex';
import { stepCounts } from '../../../src/store/counts';

describe('go to a step', () => {
  it('accepts 1 … total only', () => {
    expect(parseStepNumber('1', 12)).toBe(0);
    expect(parseStepNumber(' 12 ', 12)).toBe(11);
    for (const bad of ['0', '13', '', 'x', '2.5', '-1', '1e1']) {
      expect(parseStepNumber(bad, 12), bad).toBeNull();
    }
  });
});

describe('the timer', () => {
  it('formats minutes and hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });
});

describe('LaTeX of the formula on screen', () => {
  it('drops the app-only \\htmlClass wrappers and keeps the groups', () => {
    expect(plainLatex('\\htmlClass{term-W}{W} s_{t-1} + \\htmlClass{term-U}{U x_t}')).toBe(
      '{W} s_{t-1} + {U x_t}',
    );
  });

  it("is the last formula the sub-step has revealed, for every step's last sub-step", () => {
    const model = defaultModel(1);
    const counts = stepCounts(4, 3);
    let withFormula = 0;
    STEPS.forEach((step, stepIndex) => {
      const sub = counts[stepIndex] - 1;
      const tex = currentFormulaTex({ model, target: 3, stepIndex, sub });
      const shown = formulasAt(step, { t: 3, T: 4, n: step.demoTruncate ?? null, sub });
      if (shown.length === 0) {
        expect(tex).toBeNull();
        return;
      }
      withFormula++;
      expect(tex).toBe(shown[shown.length - 1].tex);
      expect(plainLatex(tex!)).not.toContain('htmlClass');
    });
    expect(withFormula).toBeGreaterThan(5);
  });

  it('names exported files by step and sub-step', () => {
    expect(exportName(2, 1)).toBe('bptt-step-03-2');
  });
});
