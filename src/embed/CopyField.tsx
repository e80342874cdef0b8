import "virtual:i18n/en/share";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n";

interface CopyFieldProps {
  label: string;
  value: string;
  /** Text of the copy button. */
  action: string;
  rows?: number;
  /** What this code does, under the label (also the field's description). */
  hint?: string;
}

/** Code or text to copy: a readonly textarea (select by hand, read by tests) and a copy button with feedback. */
export function CopyField({ label, value, action, rows = 3, hint }: CopyFieldProps) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  // New content: old feedback no longer applies.
  useEffect(() => setState("idle"), [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // No clipboard permission (or an old browser): select the text so Ctrl+C / long-press copies it.
      ref.current?.focus();
      ref.current?.select();
      setState("failed");
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="embed-hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        ref={ref}
        readOnly
        value={value}
        rows={rows}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-row">
        <button type="button" onClick={copy}>
          {action}
        </button>
        <span className="copy-status" role="status">
          {state === "copied" ? t("embed.copied") : state === "failed" ? t("embed.copyFailed") : ""}
        </span>
      </div>
    </div>
  );
}
