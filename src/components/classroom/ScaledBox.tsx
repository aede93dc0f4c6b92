import type { ReactNode } from 'react';

interface Props {
  /** The content's own (logical) size. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** The width it is shown at; the height follows the aspect ratio. */
  readonly width: number;
  readonly className?: string;
  readonly children: ReactNode;
}

/** Content laid out at one size and shown smaller (a thumbnail that keeps the layout). */
export function ScaledBox({ innerWidth, innerHeight, width, className, children }: Props) {
  const scale = innerWidth > 0 ? width / innerWidth : 1;
  return (
    <div
      className={`cls-scaled ${className ?? ''}`}
      style={{ width, height: Math.round(innerHeight * scale) }}
    >
      <div
        className="cls-scaled__inner"
        style={{ width: innerWidth, height: innerHeight, transform: `scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
