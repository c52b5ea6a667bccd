import { Fragment } from "react";

/**
 * An email address that wraps, when it must, only after the "@" or before a dot, never inside a
 * word or at a hyphen ("bakery@example.co / m" reads as a different address): each piece is
 * kept whole, with a break allowed only between pieces.
 */
export function EmailAddress({ value, className }: { value: string; className?: string }) {
  const parts = value.split(/(?=\.)|(?<=@)/);
  return (
    <span className={["email-address", className ?? ""].filter(Boolean).join(" ")}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className="email-address-part">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
