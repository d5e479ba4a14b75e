/**
 * Remembers a function's last arguments and result, so derived data keeps its identity between renders
 * (a row is built once and reused while its item is the same object). The hooks-free stand-in for useMemo.
 */
export function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    const previous = lastArgs;
    if (!previous || args.some((arg, i) => arg !== previous[i])) {
      lastArgs = args;
      lastResult = compute(...args);
    }
    return lastResult;
  };
}
