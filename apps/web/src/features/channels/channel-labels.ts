import type { JobChannelView } from "./hooks/use-job-channels";

/** The feeds a draft will enter: the choosable channels ticked (the always-on ones are never sent). */
export function chosenFeeds(channels: readonly JobChannelView[]): Set<string> {
  return new Set(channels.filter((c) => c.choosable && c.on).map((c) => c.channel.slug));
}

export function sameChoice(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((slug) => b.has(slug));
}

/** Why a channel cannot be turned off for one ad, in a few words. */
export function alwaysOnReason(channel: JobChannelView["channel"]): string {
  if (channel.feedFormat === "board") return "Always on: every ad is on the national job board.";
  if (channel.feedFormat === "google-jobs") return "Always on: Google reads every ad on the national job board.";
  return "Always on for every ad.";
}

/** What kind of channel it is, and whether it counts for Labour Market Testing. */
export function channelFacts(channel: JobChannelView["channel"]): string {
  const kind =
    channel.feedFormat === "board" ? "Job board" : channel.feedFormat === "google-jobs" ? "Search engine" : "XML job feed";
  return channel.nationalReach ? `${kind} · national reach` : `${kind} · not national`;
}

/** The ad's current stay in the channel (entered, not left), or its last one. */
export function lastStay(view: JobChannelView): JobChannelView["stays"][number] | null {
  const entered = view.stays.filter((s) => s.enteredAt !== null);
  return entered.find((s) => s.leftAt === null) ?? entered[entered.length - 1] ?? null;
}
