/**
 * The name of a release's bundle beside its files (see build/releaseBundlePlugin.ts), in a module of its own: the
 * code that asks for it before the app's modules have run (src/app/early.ts) need not load the loader for it.
 */
export const BUNDLE_FILE = "bundle.json";
