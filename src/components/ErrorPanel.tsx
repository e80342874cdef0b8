import { Component, type ReactNode } from "react";
import { DataError } from "../data/errors";
import { translator, useT } from "../i18n";
import { useStore } from "../state/store";

interface ErrorPanelProps {
  error: Error;
  onRetry?: () => void;
  /** Offer to switch to the newest release (when a pinned one fails). */
  onNewest?: () => void;
}

/** A clear, specific error: what failed, in which file and where, and what to do. */
export function ErrorPanel({ error, onRetry, onNewest }: ErrorPanelProps) {
  const t = useT();
  const data = error instanceof DataError ? error : null;
  return (
    <div className="error-panel" role="alert">
      <h2>{data ? t(`error.kind.${data.kind}`) : t("error.title")}</h2>
      {/* Technical details are written in English (they name files and fields for whoever maintains the data). */}
      <p className="error-message" lang="en">
        {error.message}
      </p>
      {data && (
        <dl className="error-where">
          <dt>{t("error.file")}</dt>
          <dd>
            <code>{data.file}</code>
          </dd>
          {data.path && (
            <>
              <dt>{t("error.path")}</dt>
              <dd>
                <code>{data.path}</code>
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="error-actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t("error.retry")}
          </button>
        )}
        {onNewest && (
          <button type="button" onClick={onNewest}>
            {t("error.newest")}
          </button>
        )}
      </p>
    </div>
  );
}

interface BoundaryProps {
  /** Shown in the message so the reader knows which view failed. */
  name: string;
  children: ReactNode;
}

/** Keeps one failing widget from taking the page down. */
export class WidgetBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    // Surfaced on screen; logged once for whoever maintains the deployment.
    console.warn(`[widget ${this.props.name}]`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = translator(useStore.getState().lang);
    return (
      <div className="error-panel" role="alert">
        <h2>{this.props.name}</h2>
        <p className="error-message">{t("error.widget", { message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t("error.retry")}
        </button>
      </div>
    );
  }
}
