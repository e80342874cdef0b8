import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startUrlSync } from "../state/url";
import { useStore } from "../state/store";
import "../styles.css";

startUrlSync();

// The theme follows the OS unless the reader picked one; the attribute drives the CSS variables.
const applyTheme = () => {
  const theme = useStore.getState().theme;
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
};
applyTheme();
useStore.subscribe(applyTheme);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
