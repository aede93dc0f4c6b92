import type { Progress } from '../model';

interface Props {
  /** What has been done, in words ("Checked 120 of 12288 weights"). */
  readonly text: string;
  readonly progress: Progress;
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly testId: string;
}

/** A long computation under way: its count, a bar and a cancel (the gradient check, training). */
export function ComputationProgress({ text, progress, cancelLabel, onCancel, testId }: Props) {
  return (
    <>
      <label className="xp-progress" data-testid={testId}>
        {text}
        <progress value={progress.done} max={progress.total} />
      </label>
      <button type="button" className="xp-button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </>
  );
}
