/** The unrolled diagram's props: the model and its numbers, the step's focus, the app's hooks. */
import type { NodeChoice } from './ChoiceLayer';
import type { ReactNode } from 'react';
import type { AnyModel, Dims, Forward, JacobianNorms, TargetTerms } from '../model';
import type { Focus } from '../lesson/types';
import type { AnnotationInfo } from './AnnotationBand';
import type { LayoutRows } from './layout';
import type { DiagramLabels } from './labels';

export interface DiagramAnimation {
  /** Playback rate (1 = normal). */
  readonly speed: number;
  readonly paused: boolean;
  /** Changing it replays the current flow from E. */
  readonly replayKey: number;
  /** Show end states at once (prefers-reduced-motion or the presenter's choice). */
  readonly reducedMotion: boolean;
}

export interface UnrolledDiagramProps {
  /** Sizes of the model (the same as fwd.dims). */
  readonly dims: Dims;
  readonly fwd: Forward;
  readonly model: AnyModel;
  /** The traced target t★ (clamped into [0, T − 1]). */
  readonly target: number;
  /** The current step's focus. */
  readonly focus: Focus;
  /** The current sub-step (0-based). */
  readonly sub: number;
  /** targetTerms(model, fwd, target): flow widths, ‖∂E/∂s_k‖, the truncation window. */
  readonly terms: TargetTerms | null;
  /** jacobianNorms(model, fwd, target): ‖∂s_t★/∂s_k‖ in the tooltips when focus.jacobians. */
  readonly jac: JacobianNorms | null;
  /** The translator for the diagram's strings (the 'diagram' namespace of src/i18n). */
  readonly labels: DiagramLabels;
  /** The term-… class under the pointer or focus anywhere in the app. */
  readonly activeTerm?: string | null;
  /** Reports the term-… class of the element hovered or focused here (null on leave). */
  readonly onHoverTerm?: (cls: string | null) => void;
  /**
   * The content beside s_k (the k-th term in KaTeX), drawn in the annotation band; `band.compact`
   * says the columns are narrow (room for numbers, not for a formula).
   */
  readonly renderAnnotation?: (k: number, band: AnnotationInfo) => ReactNode;
  /** The band's row labels, drawn under column −1 (s₋₁) while any annotation shows. */
  readonly renderAnnotationLegend?: (band: AnnotationInfo) => ReactNode;
  readonly animation: DiagramAnimation;
  /** Available size in stage pixels (default 1600×640); the diagram grows (and scrolls) past it. */
  readonly width?: number;
  readonly height?: number;
  /** Height of the annotation band (default 170 when focus.terms or focus.jacobians, else 0). */
  readonly annotationHeight?: number;
  /** The norm drawn at full flow width (to compare two diagrams); the flow's largest by default. */
  readonly flowReference?: number;
  /**
   * The step's sub-steps walk a 'sumOverK' flow back one s_k each (default, the lesson's
   * 'backward' steps); false when they do something else and the flow is whole at once.
   */
  readonly stepwiseFlow?: boolean;
  /** 'all' rows (default) or the s row alone ('states', a strip for side-by-side flows). */
  readonly rows?: LayoutRows;
  /** The narrowest column before the diagram grows and scrolls. */
  readonly minColWidth?: number;
  /** Draw only the time steps t < columns (e.g. t★ + 1 for a strip); every step by default. */
  readonly columns?: number;
  readonly className?: string;
  /** A prediction's choice on the s_k nodes (ChoiceLayer), while it is asked. */
  readonly choice?: NodeChoice;
}
