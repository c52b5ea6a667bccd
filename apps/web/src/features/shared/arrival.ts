/**
 * What the page a move lands on says first, once: where the person now is (after an account
 * switch) or what just changed for them (signed up from an invitation: now connected). Carried in
 * the router's location state, so a reload or a shared link does not repeat it.
 */
export interface Arrival {
  title: string;
  text: string;
}

export function arrivalState(arrival: Arrival): { arrival: Arrival } {
  return { arrival };
}

export function arrivalOf(state: unknown): Arrival | null {
  if (typeof state !== "object" || state === null || !("arrival" in state)) return null;
  const a = (state as { arrival: unknown }).arrival;
  if (typeof a !== "object" || a === null) return null;
  const { title, text } = a as Record<string, unknown>;
  return typeof title === "string" && typeof text === "string" ? { title, text } : null;
}
