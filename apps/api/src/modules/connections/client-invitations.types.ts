import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsEmail, IsOptional, MaxLength } from "class-validator";
import { ConnectionStatus } from "./connections.types.js";

/** An employer's invitation to a service provider (the other direction of R6); client is resolved in the resolver. */
@ObjectType("AgencyInvitation", { description: "An employer's invitation to a service provider to manage its job ads." })
export class AgencyInvitationType {
  @Field(() => ID) id: string;
  clientId: string;
  @Field(() => String, { description: "The inviting employer's name." }) clientName: string;
  @Field(() => String, { nullable: true, description: "The person at the employer who sent the invitation." })
  inviterName: string | null;
  @Field(() => String, { description: "The agency's address the invitation was sent to." }) email: string;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => ConnectionStatus, { description: "ACTIVE once accepted." }) status: ConnectionStatus;
  @Field(() => Date) invitedAt: Date;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => ID, { nullable: true, description: "The client connection accepting created." }) connectionId: string | null;
}

@ObjectType("AgencyInvitationPreview", { description: "What an agency invitation link shows before anyone signs in." })
export class AgencyInvitationPreviewType {
  @Field(() => String) clientName: string;
  @Field(() => String, { nullable: true }) inviterName: string | null;
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => ConnectionStatus) status: ConnectionStatus;
  @Field(() => Boolean, { description: "True when an account with email exists: sign in instead of signing up." })
  accountExists: boolean;
}

@InputType("InviteAgencyInput")
export class InviteAgencyInput {
  @Field(() => String) @IsEmail({}, { message: "Enter a valid email address." }) email: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: "Keep the message under 2000 characters." })
  message?: string | null;
}
