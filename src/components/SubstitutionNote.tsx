/**
 * The lesson's fourteen steps speak of the vanilla cell (its U, W and f). When the current model
 * is gated (opened from a link or a file, or chosen in the explore mode), the steps show a vanilla
 * RNN on the same sequence instead (lessonModelOf); this note says so, so that nobody takes the
 * lesson's numbers for the GRU's or the LSTM's.
 */
import { isRnnModel } from '../model';
import { useShownLesson } from './useShownLesson';
import { useT } from './useT';
import './substitutionNote.css';

export function SubstitutionNote() {
  const tr = useT();
  const model = useShownLesson((s) => s.model);
  if (isRnnModel(model)) return null;
  return (
    <p className="substitution-note" data-testid="substitution-note" data-cell={model.cell}>
      {tr('lesson.substituted', { cell: model.cell.toUpperCase() })}
    </p>
  );
}

export default SubstitutionNote;
