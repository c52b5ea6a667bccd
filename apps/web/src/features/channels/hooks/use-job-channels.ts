import { useMutation, useQuery } from "@apollo/client/react";
import type { ApolloCache } from "@apollo/client";
import { graphql } from "../../../gql";
import type { JobChannel_ViewFragment } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/** An ad in one channel: for a draft, whether it will enter it at publish; once published, whether it is in it now. */
export const JobChannelFragment = graphql(`
  fragment JobChannel_view on JobChannel {
    on
    choosable
    channel {
      slug
      name
      nationalReach
      feedFormat
      feedUrl
    }
    stays {
      enteredAt
      leftAt
    }
  }
`);

/** An ad's channels: what a draft will enter (its choice, else the API's defaults), or what a published ad is in. */
const JobChannelsFragment = graphql(`
  fragment JobChannels_job on Job {
    id
    channels {
      ...JobChannel_view
    }
  }
`);

const JobChannelsDocument = graphql(`
  query JobChannels($jobId: ID!) {
    job(id: $jobId) {
      ...JobChannels_job
    }
  }
`);

const ChooseJobChannelsDocument = graphql(`
  mutation ChooseJobChannels($jobId: ID!, $channels: [String!]!) {
    chooseJobChannels(jobId: $jobId, channels: $channels) {
      ...JobChannel_view
    }
  }
`);

const SetJobChannelDocument = graphql(`
  mutation SetJobChannel($jobId: ID!, $channel: String!, $on: Boolean!) {
    setJobChannel(jobId: $jobId, channel: $channel, on: $on) {
      ...JobChannel_view
    }
  }
`);

export type JobChannelView = JobChannel_ViewFragment;

/** The mutations answer with the ad's channels, without the job: they are written back onto the job here. */
function writeChannels(cache: ApolloCache, jobId: string, channels: readonly JobChannelView[] | undefined) {
  if (channels === undefined) return;
  cache.writeFragment({
    id: cache.identify({ __typename: "Job", id: jobId }),
    fragment: JobChannelsFragment,
    fragmentName: "JobChannels_job",
    data: { __typename: "Job", id: jobId, channels: [...channels] },
  });
}

/** One ad's channels, asked afresh on each visit (the operator may have added or turned off one meanwhile). */
export function useJobChannels(jobId: string, skip = false) {
  const { data, loading, error, refetch } = useQuery(JobChannelsDocument, {
    variables: { jobId },
    fetchPolicy: "cache-and-network",
    skip,
  });
  return {
    channels: data?.job?.channels ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** A draft's choice of feeds (the always-on channels are in whatever is sent). */
export function useChooseJobChannels() {
  const [mutate, { loading }] = useMutation(ChooseJobChannelsDocument);
  async function choose(jobId: string, slugs: readonly string[]) {
    const { data } = await mutate({
      variables: { jobId, channels: [...slugs] },
      update: (cache, { data: answer }) => writeChannels(cache, jobId, answer?.chooseJobChannels),
    });
    if (!data) throw new Error("The answer had no data.");
    return data.chooseJobChannels;
  }
  return { choose, loading };
}

/** Turns one feed of an ad off (its placement ends today) or on (a new placement starts). */
export function useSetJobChannel() {
  const [mutate, { loading }] = useMutation(SetJobChannelDocument);
  async function setOn(jobId: string, slug: string, on: boolean) {
    const { data } = await mutate({
      variables: { jobId, channel: slug, on },
      update: (cache, { data: answer }) => writeChannels(cache, jobId, answer?.setJobChannel),
    });
    if (!data) throw new Error("The answer had no data.");
    return data.setJobChannel;
  }
  return { setOn, loading };
}
