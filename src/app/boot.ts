/**
 * The dashboard's first-paint script: bundled by build/dashboardPrerenderPlugin.ts and inlined into index.html's
 * <head>, so it runs before the body (and its prerendered #root) is parsed, long before the app's module script.
 * It reads the URL with the app's own rule (src/state/view.ts) and, when the reader asks for another view than the
 * one prerendered (another language, release, range, panel, theme…), hides #root's markup: nobody sees the
 * English page of the newest release for a moment when they asked for something else. The app then draws their
 * view (main.tsx). Keep it small: it delays the first byte of the body.
 */
import { viewFromSearch } from "../state/view";
import { isPrerenderedView, OTHER_VIEW_CLASS } from "./prerenderedView";

const view = viewFromSearch(location.search, navigator.languages ?? []);
const html = document.documentElement;
html.lang = view.lang;
if (view.theme !== "auto") html.dataset.theme = view.theme;
if (!isPrerenderedView(view)) html.classList.add(OTHER_VIEW_CLASS);
