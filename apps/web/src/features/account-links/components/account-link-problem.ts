import type { Problem } from "../../../apollo/error-messages";

/** A mailed account link (reset, verification) that cannot be used, in words; null for any other problem. */
export function accountLinkProblem(problem: Problem, kind: "reset" | "verify"): { title: string; message: string } | null {
  const what = kind === "reset" ? "reset link" : "verification link";
  if (problem.reason === "LINK_USED")
    return {
      title: `This ${what} was already used`,
      message: kind === "reset" ? "Your password was already changed with it." : "Your address is verified.",
    };
  if (problem.reason === "LINK_EXPIRED") return { title: `This ${what} has expired`, message: "Links work for a limited time." };
  if (problem.reason === "LINK_NOT_VALID")
    return { title: "This link does not work", message: "Check that you opened the whole link from the email." };
  return null;
}
