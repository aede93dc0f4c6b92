/**
 * The unrolled network. Import './diagram.css' once in the app. The decay chart (./DecayChart,
 * ./decay) is imported by path: it and its d3 scales stay out of the lesson's first chunk.
 */
export { UnrolledDiagram } from './UnrolledDiagram';
export type { UnrolledDiagramProps, DiagramAnimation } from './UnrolledDiagram';
export type { AnnotationInfo } from './AnnotationBand';
export { computeLayout, nodeId, edgeId, colX, cutX, LABEL_FONT, MIN_STROKE } from './layout';
export type {
  DiagramLayout,
  LayoutInput,
  LayoutRows,
  NodeGeom,
  EdgeGeom,
  NodeKind,
  EdgeKind,
} from './layout';
export {
  THEMES,
  THEME_NAMES,
  TERM_KINDS,
  TERM_CLASSES,
  EDGE_DASH,
  NODE_SHAPE,
  UNDERLINE,
  termClass,
  strokeVar,
  textVar,
  elementTerm,
  contrastRatio,
} from './palette';
export type { TermKind, TermClass, ThemeName, ThemeColors } from './palette';
export type { DiagramLabels } from './labels';
export { diagramOverflow, gradNorms, nodeName } from './values';
export { computeFlow, flowWidthScale, wholeFlow, MAX_FLOW } from './flow';
export type { WholeFlow } from './flow';
export { useFlowAnimation, SEGMENT_MS } from './useFlowAnimation';
