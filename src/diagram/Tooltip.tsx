/**
 * The value of the hovered or focused node, as an HTML overlay positioned from the layout (the
 * SVG is drawn 1:1 in its container, so layout coordinates are CSS pixels there).
 */
import type { NodeGeom } from './layout';

export interface TooltipProps {
  readonly id: string;
  readonly node: NodeGeom | null;
  /** Lines of text: "s₂ = [0.532, 0.731, 0.9]", "‖∂E₃/∂s₂‖ = 0.12". */
  readonly lines: readonly string[];
}

export function Tooltip({ id, node, lines }: TooltipProps) {
  if (!node || lines.length === 0) return null;
  const below = node.y - node.r < 150;
  return (
    <div
      id={id}
      role="tooltip"
      className={below ? 'dg-tooltip is-below' : 'dg-tooltip'}
      data-tooltip-for={node.id}
      style={{
        left: node.x,
        top: below ? node.y + node.r + 14 : node.y - node.r - 14,
      }}
    >
      {lines.map((l, i) => (
        <div key={i}>{l}</div>
      ))}
    </div>
  );
}
