/**
 * The lenses' deep links live in the page's hash as `#person=<login>&record=<id>`: each lens reads and writes
 * its own key and keeps the others, so a person and a record can be linked together. Written with
 * replaceState: checking someone adds no history entry.
 */
export const hashParam = (key: string): string => new URLSearchParams(location.hash.slice(1)).get(key) ?? '';

export function setHashParam(key: string, value?: string) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (value) params.set(key, value);
  else params.delete(key);
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}
