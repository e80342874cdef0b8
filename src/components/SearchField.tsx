import { useId } from "react";
import "./SearchField.css";

interface SearchFieldProps {
  label: string;
  hint: string;
  clearLabel: string;
  query: string;
  onQuery: (q: string) => void;
  /** What the search found, one sentence, read out politely; "" while nothing is searched. */
  status: string;
  className?: string;
}

/**
 * A search box with its clear button and live status (the map's events, the named people). Screen only: on
 * paper the list is already narrowed and its caption says by what (print.css).
 */
export function SearchField({ label, hint, clearLabel, query, onQuery, status, className }: SearchFieldProps) {
  const id = useId();
  return (
    <div className={`search-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={`${id}-q`}>{label}</label>
      <div className="search-field-row">
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder={hint}
          aria-describedby={`${id}-status`}
          onChange={(e) => onQuery(e.target.value)}
        />
        {query && (
          <button type="button" onClick={() => onQuery("")}>
            {clearLabel}
          </button>
        )}
      </div>
      <p id={`${id}-status`} className="search-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
