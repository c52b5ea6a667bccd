import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsEmail, IsOptional, Length, MaxLength } from "class-validator";

export enum ConnectionStatus {
  PENDING = "PENDING",
  ACTIVE = "ACTIVE",
  DECLINED = "DECLINED",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}
registerEnumType(ConnectionStatus, { name: "ConnectionStatus" });

/** serviceProvider, client and sharedCredits are resolved in connections.resolver.ts. */
@ObjectType("ClientConnection")
export class ClientConnectionType {
  @Field(() => ID) id: string;
  serviceProviderId: string;
  clientId: string | null;
  @Field(() => String) invitedCompanyName: string;
  @Field(() => String) invitedEmail: string;
  @Field(() => String, { nullable: true, description: "Who the invitation was addressed to." }) contactName: string | null;
  @Field(() => ConnectionStatus) status: ConnectionStatus;
  @Field(() => Date) invitedAt: Date;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
}

@ObjectType("ClientConnectionPage")
export class ClientConnectionPageType {
  @Field(() => [ClientConnectionType]) nodes: ClientConnectionType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
}

@ObjectType("InvitationPreview", { description: "What an invitation link shows before anyone signs in." })
export class InvitationPreviewType {
  @Field(() => String) serviceProviderName: string;
  @Field(() => String, { nullable: true, description: "The person at the service provider who sent the invitation." })
  inviterName: string | null;
  @Field(() => String) invitedCompanyName: string;
  @Field(() => String) invitedEmail: string;
  @Field(() => ConnectionStatus) status: ConnectionStatus;
  @Field(() => Boolean, { description: "True when an account with invitedEmail exists: sign in instead of signing up." })
  accountExists: boolean;
}

@InputType("InviteClientInput")
export class InviteClientInput {
  @Field(() => String) @Length(1, 160, { message: "Enter the company's name (up to 160 characters)." }) companyName: string;
  @Field(() => String) @IsEmail({}, { message: "Enter a valid email address." }) email: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: "Use at most 120 characters." })
  contactName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: "Keep the message under 2000 characters." })
  message?: string | null;
}
