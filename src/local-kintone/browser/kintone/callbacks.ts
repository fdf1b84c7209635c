/**
 * kintone's dual calling convention: with a success callback the API returns nothing and calls
 * back; without one it returns the promise.
 */
export function settle<T>(
  promise: Promise<T>,
  success?: (...args: never[]) => void,
  failure?: (error: unknown) => void,
  spread = false,
): Promise<T> | undefined {
  if (typeof success !== "function") return promise;
  promise.then(
    (value) => {
      const call = success as (...args: unknown[]) => void;
      if (spread && Array.isArray(value)) call(...value);
      else call(value);
    },
    (error: unknown) => {
      if (typeof failure === "function") failure(error);
      else console.error(error);
    },
  );
  return undefined;
}
