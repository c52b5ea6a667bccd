import { useId, type ReactNode } from "react";

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  /** While a change is being saved: the switch shows the new state but takes no clicks. */
  busy?: boolean;
}

/** An on/off setting that takes effect at once (role=switch), not a form checkbox. */
export function Switch({ checked, onChange, label, description, disabled = false, busy = false }: SwitchProps) {
  const labelId = useId();
  const descriptionId = useId();
  return (
    <div className="switch-row">
      <div className="switch-text">
        <span className="switch-label" id={labelId}>
          {label}
        </span>
        {description !== undefined && (
          <span className="switch-description" id={descriptionId}>
            {description}
          </span>
        )}
      </div>
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={description !== undefined ? descriptionId : undefined}
        aria-busy={busy || undefined}
        disabled={disabled || busy}
        onClick={() => onChange(!checked)}
      >
        <span className="switch-thumb" aria-hidden="true" />
        <span className="switch-state" aria-hidden="true">
          {checked ? "On" : "Off"}
        </span>
      </button>
    </div>
  );
}
