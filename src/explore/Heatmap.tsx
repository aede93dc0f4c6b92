/**
 * A matrix as a heatmap: D3 scales compute positions and intensities, React renders the SVG. The
 * colour scale is diverging and centred at 0 (blue positive, orange negative, paler nearer 0), and
 * the sign is also shown without colour: a "+" or "−" glyph in every cell and hatching on
 * negatives. One tab stop; arrow keys move between cells; hovering or focusing a cell shows its
 * value and its place in the formula. Above maxCells per side, cells summarise blocks.
 *
 * The cells are drawn as a few paths (fills by sign and opacity step, glyphs by kind), not as an
 * element each: an edit that changes every value of a 16 × 16 map updates a few dozen attributes
 * instead of restyling and laying out some 800 elements. The values drawn are in `data-values`.
 */
import {
  memo,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { scaleLinear } from 'd3-scale';
import type { Mat } from '../model';
import { formatNumber, type Lang, t as translate } from '../i18n';
import {
  axisLabels,
  cellAtPoint,
  cellCorner,
  cellShapes,
  gridPath,
  heatGrid,
  heatLayers,
  negativeHatch,
  symmetricExtent,
  type HeatCell as Cell,
} from './heatmapData';

export interface HeatmapProps {
  readonly matrix: Mat;
  /** The matrix's name in formulas, e.g. "W" or "∂E₃/∂W"; it starts every cell's label. */
  readonly name: string;
  /** The caption as marked up (a gate's weight with its subscript); `name` when absent. */
  readonly title?: ReactNode;
  readonly lang: Lang;
  /** The place of entry (i, j) in the formula, e.g. "weight from unit j of s_(t−1) …". */
  readonly describe?: (i: number, j: number) => string;
  /** Half-width of the colour scale (share it to compare maps); the largest |entry| by default. */
  readonly extent?: number;
  /** Cells per side before entries are summarised in blocks. */
  readonly maxCells?: number;
  /** Cell side in CSS pixels. */
  readonly cellSize?: number;
  /** Show the hover hint while no cell is shown (once per group of maps is enough). */
  readonly hint?: boolean;
  readonly className?: string;
}

const LABEL = 36;
/** The side of a map drawn with the default cell size (cells between 16 and 64 px). */
const MAP_SIDE = 220;

function cellText(lang: Lang, name: string, c: Cell, summarised: boolean): string {
  const v = formatNumber(c.value, { lang });
  if (!summarised) return translate(lang, 'explore', 'heat.entry', { name, i: c.i, j: c.j, v });
  return translate(lang, 'explore', 'heat.block', {
    name,
    i0: c.i0,
    i1: c.i1 - 1,
    j0: c.j0,
    j1: c.j1 - 1,
    i: c.i,
    j: c.j,
    v,
  });
}

function HeatmapView({
  matrix,
  name,
  title,
  lang,
  describe,
  extent,
  maxCells = 16,
  cellSize: cellSizeProp,
  hint = true,
  className,
}: HeatmapProps) {
  const grid = useMemo(() => heatGrid(matrix, maxCells), [matrix, maxCells]);
  const cellSize =
    cellSizeProp ??
    Math.max(16, Math.min(64, Math.floor(MAP_SIDE / Math.max(grid.rows, grid.cols))));
  const half = extent !== undefined && extent > 0 && Number.isFinite(extent) ? extent : null;
  const m = useMemo(() => half ?? symmetricExtent(matrix), [half, matrix]);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const focusIndex = Math.min(active, grid.cells.length - 1);
  const focusStop = useRef<SVGGElement>(null);

  const width = LABEL + grid.cols * cellSize;
  const height = LABEL + grid.rows * cellSize;
  // The cells' square bands, past the axis labels.
  const geometry = useMemo(
    () => ({ x0: LABEL, y0: LABEL, size: cellSize, cols: grid.cols }),
    [cellSize, grid.cols],
  );
  const glyphSize = Math.max(10, Math.min(30, cellSize * 0.5));
  const shapes = useMemo(
    () => cellShapes(grid.rows, geometry, glyphSize),
    [grid.rows, geometry, glyphSize],
  );
  const outline = useMemo(() => gridPath(shapes), [shapes]);
  // Signed intensity in [−1, 1], centred at 0.
  const intensity = useMemo(
    () => scaleLinear().domain([-m, 0, m]).range([-1, 0, 1]).clamp(true),
    [m],
  );
  const { layers, hatch, values } = useMemo(() => {
    const vs = grid.cells.map((c) => c.value);
    const strengths = vs.map((v) => (Number.isNaN(v) ? 0 : Math.abs(intensity(v))));
    return {
      layers: heatLayers(vs, strengths, shapes),
      hatch: negativeHatch(vs, shapes),
      values: vs.join(' '),
    };
  }, [grid, intensity, shapes]);

  const label = (c: Cell) => {
    const text = cellText(lang, name, c, grid.summarised);
    const place = describe ? describe(c.i, c.j) : '';
    return place ? `${text}: ${place}` : text;
  };

  const move = (e: KeyboardEvent<SVGGElement>) => {
    const r = Math.floor(focusIndex / grid.cols);
    const c = focusIndex % grid.cols;
    const to: Record<string, [number, number]> = {
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      Home: [r, 0],
      End: [r, grid.cols - 1],
    };
    const next = to[e.key];
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    const [nr, nc] = next;
    if (nr < 0 || nr >= grid.rows || nc < 0 || nc >= grid.cols) return;
    const k = nr * grid.cols + nc;
    setActive(k);
    setShown(k);
  };

  // The cell under the pointer, or null (the map may be drawn smaller than its viewBox).
  const cellAt = (e: ReactMouseEvent<SVGSVGElement>): number | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const sx = box.width > 0 ? width / box.width : 1;
    const sy = box.height > 0 ? height / box.height : 1;
    return cellAtPoint(
      (e.clientX - box.left) * sx,
      (e.clientY - box.top) * sy,
      grid.rows,
      geometry,
    );
  };
  // A click makes the cell the active one: the arrows go on from there.
  const pick = (e: ReactMouseEvent<SVGSVGElement>) => {
    const k = cellAt(e);
    if (k === null) return;
    setActive(k);
    setShown(k);
    focusStop.current?.focus({ preventScroll: true });
  };

  // A cell's outline rectangle (inset as the grid's squares).
  const at = (k: number) => {
    const { x, y } = cellCorner(k, geometry);
    return { x: x + 0.5, y: y + 0.5, width: cellSize - 1, height: cellSize - 1 };
  };

  const info = shown !== null && grid.cells[shown] ? label(grid.cells[shown]) : null;
  const labels = axisLabels(grid, geometry);
  return (
    <figure className={`xp-heatmap ${className ?? ''}`} data-name={name}>
      <figcaption className="xp-heatmap__title">
        {title ?? name}{' '}
        <span className="xp-muted">
          ({matrix.rows}×{matrix.cols})
        </span>
      </figcaption>
      <svg
        className="xp-heatmap__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`${name} (${matrix.rows}×${matrix.cols})`}
        data-values={values}
        onMouseMove={(e) => setShown(cellAt(e))}
        onClick={pick}
        onMouseLeave={() => setShown(null)}
      >
        {labels.map((l) => (
          <text
            key={l.key}
            className="xp-axis"
            x={l.x}
            y={l.y}
            textAnchor={l.anchor}
            dominantBaseline={l.baseline}
            aria-hidden="true"
          >
            {l.text}
          </text>
        ))}
        <rect
          className="xp-heatmap__bg"
          x={LABEL}
          y={LABEL}
          width={width - LABEL}
          height={height - LABEL}
        />
        <g aria-hidden="true">
          {layers.fills.map((f) => (
            <path
              key={`${f.sign} ${f.opacity}`}
              className={`xp-fill xp-fill--${f.sign}`}
              data-sign={f.sign}
              fillOpacity={f.opacity}
              d={f.d}
            />
          ))}
          <path className="xp-grid" d={outline} />
          {layers.glyphs.map((g) => (
            <path
              key={`${g.glyph} ${g.strong}`}
              className={g.strong ? 'xp-glyph xp-glyph--strong' : 'xp-glyph'}
              data-glyph={g.glyph}
              strokeWidth={Math.round(glyphSize * 1.4) / 10}
              d={g.d}
            />
          ))}
          {layers.texts.map((t) => (
            <text
              key={t.k}
              className={t.strong ? 'xp-glyph-text xp-glyph--strong' : 'xp-glyph-text'}
              x={t.x}
              y={t.y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={glyphSize}
            >
              {t.text}
            </text>
          ))}
          {/* Over the fills, so that a strong negative is hatched too. */}
          <path className="xp-hatch" d={hatch} data-testid="hatch" />
          {shown !== null && grid.cells[shown] && (
            <rect className="xp-heatmap__hover" data-cell={shown} {...at(shown)} />
          )}
        </g>
        {/* The one tab stop: the active cell, named by its value and its place. */}
        <g
          ref={focusStop}
          className="xp-heatmap__focus"
          tabIndex={0}
          role="img"
          aria-label={grid.cells[focusIndex] ? label(grid.cells[focusIndex]) : name}
          data-cell={focusIndex}
          onFocus={() => setShown(focusIndex)}
          onKeyDown={move}
        >
          {grid.cells[focusIndex] && <rect className="xp-heatmap__cursor" {...at(focusIndex)} />}
        </g>
      </svg>
      <p className="xp-heatmap__info" aria-live="polite">
        {info ?? (hint ? translate(lang, 'explore', 'heat.hint') : '')}
      </p>
      {grid.summarised && (
        <p className="xp-muted">
          {translate(lang, 'explore', 'heat.summarised', { r: grid.blockRows, c: grid.blockCols })}
        </p>
      )}
      <p className="xp-heatmap__scale xp-muted" data-extent={m}>
        {translate(lang, 'explore', 'heat.scale', { v: formatNumber(m, { lang }) })}
      </p>
    </figure>
  );
}

/** Memoised: pass a stable `describe` (useCallback) so that unchanged maps skip rendering. */
export const Heatmap = memo(HeatmapView);

export default Heatmap;
