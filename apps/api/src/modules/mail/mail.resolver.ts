import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { OutboxEmailRow } from "./mail.repository.js";
import { MailHeaderType, OutboxEmailType } from "./mail.types.js";

@Resolver(() => OutboxEmailType)
export class MailResolver {
  @Query(() => [OutboxEmailType], {
    description:
      "Development only: recent mail, newest first. FORBIDDEN when the server sends real email (SMTP_URL); NOT_FOUND from another machine unless DEV_MAILBOX=true.",
  })
  devMailbox(
    @Arg("to", () => String, { nullable: true, description: "Only mail to this address." }) to: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mail.devMailbox(to ?? null, { fromThisMachine: ctx.fromThisMachine });
  }

  @FieldResolver(() => [MailHeaderType])
  headerList(@Root() mail: OutboxEmailRow): MailHeaderType[] {
    return Object.entries(mail.headers ?? {}).map(([name, value]) => ({ name, value }));
  }
}
