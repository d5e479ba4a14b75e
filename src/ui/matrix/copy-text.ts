/** Copies text to the clipboard; resolves false when the browser refuses (or has no clipboard here). */
export const copyText = (text: string): Promise<boolean> =>
  Promise.resolve()
    .then(() => navigator.clipboard.writeText(text))
    .then(
      () => true,
      () => false,
    );
