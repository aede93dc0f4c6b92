import { useEffect, useState } from 'react';
import { loadedTermList, loadTermList } from './loadTermList';

/** The term list, drawn as soon as its chunk is here (at once when it already is). */
export function LazyTermList() {
  const [List, setList] = useState(() => loadedTermList());
  useEffect(() => {
    if (List) return;
    let live = true;
    loadTermList()
      .then((m) => live && setList(() => m.TermList))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [List]);
  return List ? <List /> : null;
}
