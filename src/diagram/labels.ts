/**
 * The translator the app passes to the diagram and the decay chart: the 'diagram' namespace of
 * src/i18n bound to a language (translator(lang, 'diagram')).
 */
import type { Translator } from '../i18n';

export type DiagramLabels = Translator<'diagram'>;
