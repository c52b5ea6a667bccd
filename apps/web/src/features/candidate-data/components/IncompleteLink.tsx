import { Banner } from "../../../ui/Banner";

/** Either candidate link, opened without the token its email gave it. */
export function IncompleteLink() {
  return (
    <Banner tone="warning" title="This link is incomplete">
      Open the link from the email exactly as it arrived. If it still doesn't work, ask for a new one on the "Your data" page of
      the job board you applied through.
    </Banner>
  );
}
