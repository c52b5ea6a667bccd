import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { NOTIFICATION_KINDS } from "@app/domain";
import type { Context } from "../../context.js";

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTIFICATION_KINDS)[number]]: K;
};
registerEnumType(NotificationKind, { name: "NotificationKind" });

@ObjectType("Notification")
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: string;
  @Field(() => String) title: string;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true, description: "Where it leads in the app (a path)." }) link: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true, description: "Null while unread." }) readAt: Date | null;
}

@ObjectType("NotificationPreference", { description: "How a person hears about one kind of reminder." })
export class NotificationPreferenceType {
  @Field(() => NotificationKind) kind: string;
  @Field(() => String) label: string;
  @Field(() => Boolean) mail: boolean;
  @Field(() => Boolean) inApp: boolean;
}

@ObjectType("NotificationSettings", { description: "The organization's reminder settings." })
export class NotificationSettingsType {
  @Field(() => Int, { nullable: true, description: "Remind when the credit balance falls under this; null: never." })
  creditAlertThreshold: number | null;
}

@Resolver()
export class NotificationsResolver {
  @Authorized()
  @Query(() => [NotificationType], { description: "The signed-in person's notifications, newest first." })
  notifications(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("unreadOnly", () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.notifications(ctx.viewer, first, unreadOnly);
  }

  @Authorized()
  @Query(() => Int, { description: "Unread notifications (the header's count)." })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => NotificationType)
  markNotificationRead(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.notifications.markRead(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks every unread notification read; returns how many." })
  markAllNotificationsRead(@Ctx() ctx: Context) {
    return ctx.services.notifications.markAllRead(ctx.viewer);
  }

  @Authorized()
  @Query(() => [NotificationPreferenceType], { description: "Per kind, whether the person hears by mail and/or in the app." })
  notificationPreferences(@Ctx() ctx: Context) {
    return ctx.services.notifications.preferences(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => NotificationPreferenceType)
  setNotificationPreference(
    @Arg("kind", () => NotificationKind) kind: string,
    @Arg("mail", () => Boolean) mail: boolean,
    @Arg("inApp", () => Boolean) inApp: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.setPreference(ctx.viewer, kind, { mail, inApp });
  }

  @Authorized()
  @Query(() => NotificationSettingsType)
  notificationSettings(@Ctx() ctx: Context) {
    return ctx.services.notifications.settings(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => NotificationSettingsType, { description: "Owners and admins: the credit alert threshold (null turns it off)." })
  setCreditAlertThreshold(@Arg("threshold", () => Int, { nullable: true }) threshold: number | null, @Ctx() ctx: Context) {
    return ctx.services.notifications.setCreditAlertThreshold(ctx.viewer, threshold ?? null);
  }
}
