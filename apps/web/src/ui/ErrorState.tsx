import type { ReactNode } from "react";
import { Button } from "./Button";

export interface ErrorStateProps {
  title: ReactNode;
  message: ReactNode;
  /** Shown so support can find the request in the API's log. */
  requestId?: string | null;
  onRetry?: () => void;
}

export function ErrorState({ title, message, requestId, onRetry }: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <div className="error-state-mark" aria-hidden="true">
        !
      </div>
      <p className="error-state-title">{title}</p>
      <p className="error-state-text">{message}</p>
      {requestId != null && (
        <p className="error-state-ref">
          Reference: <code>{requestId}</code>
        </p>
      )}
      {onRetry !== undefined && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
