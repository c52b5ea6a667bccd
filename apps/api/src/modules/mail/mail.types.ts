import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("MailHeader")
export class MailHeaderType {
  @Field(() => String) name: string;
  @Field(() => String) value: string;
}

@ObjectType("OutboxEmail", {
  description: "A mail the server wrote; shown by the dev mailbox when no mail server is configured.",
})
export class OutboxEmailType {
  @Field(() => ID) id: string;
  @Field(() => String) to: string;
  @Field(() => String) subject: string;
  @Field(() => String) text: string;
  @Field(() => [MailHeaderType], { description: "Extra headers it carries, e.g. List-Unsubscribe." })
  headerList: MailHeaderType[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true, description: "Null until a mail server accepted it." }) sentAt: Date | null;
}
