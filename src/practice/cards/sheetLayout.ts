/**
 * How the exercise sheet falls into A4 pages: each card's height is estimated from its given
 * tables (laid out in rows across the page's width) and the cards are packed in order, as many
 * to a page as fit; then the answer key, packed the same way. An estimate, not a measurement: a
 * page that comes out longer still prints whole (it runs on to the next sheet of paper).
 */
import { cardSolution, type Card, type Given } from '../../lesson/cards';

/** The page in logical px (A4 portrait, 1358 × 1920, as the handouts' portrait pages). */
export const SHEET_PAGE = { width: 1358, height: 1920 } as const;
/** The page's text width and height (less its padding and footer). */
const TEXT_W = SHEET_PAGE.width - 2 * 56;
const TEXT_H = SHEET_PAGE.height - 80 - 60;
/** The sheet's title block on the first page. */
const TITLE_H = 260;

const CELL_W = 124;
const ROW_H = 32;

function givenSize(g: Given): { w: number; h: number } {
  return {
    w: 70 + g.cols * CELL_W,
    h: (g.rows + 1) * ROW_H + 12,
  };
}

/** The estimated height of one exercise: its heading, task, givens and answer line. */
export function exerciseHeight(card: Card): number {
  let rowW = 0;
  let rowH = 0;
  let total = 0;
  for (const g of card.given) {
    const { w, h } = givenSize(g);
    if (rowW > 0 && rowW + w > TEXT_W) {
      total += rowH + 12;
      rowW = 0;
      rowH = 0;
    }
    rowW += w + 30;
    rowH = Math.max(rowH, h);
  }
  total += rowH;
  const fLine = card.kind === 'jacobian-entry' || card.kind === 'delta-entry' ? 50 : 0;
  // Heading, two lines of task, (f′), givens, legend, tolerance, answer line, separator.
  return 60 + 95 + fLine + total + 40 + 40 + 80 + 40;
}

/** The estimated height of one card's entry in the answer key. */
export function keyHeight(card: Card): number {
  return 70 + cardSolution(card).length * 72 + 20;
}

/** Indices packed into pages in order, each page's total at most its budget (first: `first`). */
function pack(heights: readonly number[], first: number, rest: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let room = first;
  heights.forEach((h, n) => {
    if (page.length > 0 && h > room) {
      pages.push(page);
      page = [];
      room = rest;
    }
    page.push(n);
    room -= h;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface SheetPages {
  /** The cards' indices on each exercise page. */
  readonly exercises: number[][];
  /** The cards' indices on each page of the answer key. */
  readonly key: number[][];
}

export function sheetPages(cards: readonly Card[]): SheetPages {
  return {
    exercises: pack(cards.map(exerciseHeight), TEXT_H - TITLE_H, TEXT_H),
    key: pack(cards.map(keyHeight), TEXT_H - 120, TEXT_H),
  };
}
