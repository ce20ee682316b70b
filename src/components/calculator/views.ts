/**
 * Loads on-demand.ts once for every element of the page. A failed load (the file could not be
 * fetched) is forgotten, so the next element that connects tries again.
 */
export type Views = typeof import('./on-demand.js');

let loaded: Views | undefined;
let loading: Promise<Views> | undefined;

/** The views, when they are there. */
export function views(): Views | undefined {
  return loaded;
}

/** Asks for the views (once) and resolves when they are there. */
export function loadViews(): Promise<Views> {
  loading ??= import('./on-demand.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
