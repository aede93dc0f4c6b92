/** Offers a text as a file download (a model file, the results). */
export function downloadFile(name: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  if (typeof URL.createObjectURL !== 'function') return;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
