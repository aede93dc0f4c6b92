/**
 * The lesson's steps but the gated chapter's speak of the vanilla cell (its U, W and f). When the
 * current model is gated (opened from a link or a file, or chosen in the explore mode), those steps
 * show a vanilla RNN on the same sequence instead (lessonModelOf); this note says so on each of
 * them, so that nobody takes their numbers for the GRU's or the LSTM's. The gated chapter's steps
 * (focus.cell) show the gated model itself and carry no note.
 */
import { isRnnModel } from '../model';
import { selectStep } from '../store';
import { useShownLesson } from './useShownLesson';
import { useT } from './useT';
import './substitutionNote.css';

export function SubstitutionNote() {
  const tr = useT();
  const model = useShownLesson((s) => s.model);
  const step = useShownLesson(selectStep);
  if (isRnnModel(model) || step.focus.cell !== undefined) return null;
  return (
    <p className="substitution-note" data-testid="substitution-note" data-cell={model.cell}>
      {tr('lesson.substituted', { cell: model.cell.toUpperCase() })}
    </p>
  );
}

export default SubstitutionNote;
