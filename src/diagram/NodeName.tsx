import { splitSubscript } from '../i18n';

/**
 * A node's name with its index as a real subscript (a smaller, lowered tspan), not Unicode
 * subscript glyphs, which are too small to read from the back of a hall: s₅₄ reads as s 54.
 */
export function NodeName({ name }: { readonly name: string }) {
  const [base, index] = splitSubscript(name);
  if (!index) return <>{name}</>;
  return (
    <>
      {base}
      <tspan className="dg-sub" dy="0.3em">
        {index}
      </tspan>
    </>
  );
}
