import type { RespondArguments } from '@slack/bolt';
import { isRating, recordVote, voteAcknowledgement } from '../../../shared/feedback.js';
import { feedbackOf, type SlackDeps } from '../../deps.js';
import { VOTE_ACTION_PREFIX } from '../../render.js';

export interface VoteButtonArgs {
  action: { action_id: string; value?: string | undefined };
  body: { user: { id: string }; channel?: { id?: string | undefined } | undefined };
  ack(): Promise<void>;
  respond(message: RespondArguments): Promise<unknown>;
}

/** 👍/👎 under an answer: stored with the answer it rates; only the voter sees the thank-you. */
export async function voteButton(
  { action, body, ack, respond }: VoteButtonArgs,
  deps: SlackDeps,
): Promise<void> {
  await ack();
  const rating = action.action_id.slice(VOTE_ACTION_PREFIX.length);
  const feedback = feedbackOf(deps);
  let text: string;
  if (!feedback || !isRating(rating) || !action.value) {
    text = 'That button no longer works; please ask again.';
  } else {
    try {
      const result = await recordVote(
        feedback,
        {
          platform: 'slack',
          channel: body.channel?.id ?? 'unknown',
          userId: body.user.id,
          answerId: action.value,
          rating,
        },
        deps.now,
      );
      text = voteAcknowledgement(result, rating);
    } catch (error) {
      deps.log.error('slack: could not store a vote', { error: String(error) });
      text = 'Sorry, I could not note that just now. Please try again in a moment.';
    }
  }
  await respond({ response_type: 'ephemeral', replace_original: false, text });
}
