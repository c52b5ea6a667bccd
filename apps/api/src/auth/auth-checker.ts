import type { AuthChecker } from "type-graphql";
import { DomainError } from "@app/domain";
import type { Context } from "../context.js";

/** @Authorized() means only "someone is signed in"; auth/policy.ts decides everything else. */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  if (context.viewer === null) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  return true;
};
