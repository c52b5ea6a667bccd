import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";

/** R10, public: a candidate's copy of their data and its erasure, each through a link mailed to them. */
@Resolver()
export class CandidateDataResolver {
  @Mutation(() => Boolean, { description: "Candidate data rights: sends a link to the email if it has applications." })
  requestCandidateDataExport(@Arg("email", () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.candidateData.requestExport(email, ctx.clientAddress);
  }

  @Mutation(() => Boolean, { description: "Sends a link that confirms the erasure, if the email has applications." })
  requestCandidateErasure(@Arg("email", () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.candidateData.requestErasure(email, ctx.clientAddress);
  }

  @Mutation(() => Boolean, {
    description: "Erases the candidate's personal data and CVs; NOT_FOUND when the link has expired or was used.",
  })
  confirmCandidateErasure(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.candidateData.confirmErasure(token);
  }
}
