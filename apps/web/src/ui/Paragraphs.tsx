/**
 * Text as its writer laid it out: blank lines split paragraphs, single line breaks stay where
 * the surrounding section's style is `white-space: pre-line`. Job ads are typed into a plain textarea.
 */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}
