/** Waits until `predicate` holds, polling every 5 ms; fails after `ms`. */
export const settle = async (predicate: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out waiting for the panel');
    await new Promise((r) => setTimeout(r, 5));
  }
};
