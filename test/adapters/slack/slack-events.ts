import { FAKE_IDS } from '../../fakes/slack-web-api.js';

/** Request bodies shaped like Slack's, for the Bolt integration tests (HTTP and Socket Mode). */

let counter = 0;
const nextTs = () => `17000000${String(++counter).padStart(2, '0')}.000100`;

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++counter}`) {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_IDS.team,
    api_app_id: FAKE_IDS.app,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: FAKE_IDS.team, user_id: FAKE_IDS.botUser, is_bot: true, is_enterprise_install: false },
    ],
    event,
  };
}

export function appMentionEvent(channel: string, text: string, over: Record<string, unknown> = {}) {
  const ts = nextTs();
  return { type: 'app_mention', user: 'U0ALICE', text, ts, event_ts: ts, channel, ...over };
}

export function directMessageEvent(channel: string, text: string, over: Record<string, unknown> = {}) {
  const ts = nextTs();
  return { type: 'message', channel_type: 'im', user: 'U0ALICE', text, ts, event_ts: ts, channel, ...over };
}

export function slashCommandBody(command: string, text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_IDS.team,
    team_domain: 'example',
    channel_id: 'C0SLASH',
    channel_name: 'general',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command,
    text,
    api_app_id: FAKE_IDS.app,
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

export function buttonPayload(actionId: string, value: string, responseUrl: string) {
  const ts = nextTs();
  return {
    type: 'block_actions',
    user: { id: 'U0ALICE', username: 'alice', team_id: FAKE_IDS.team },
    api_app_id: FAKE_IDS.app,
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: ts, channel_id: 'C0PAGE', is_ephemeral: false },
    trigger_id: '1.2.3',
    team: { id: FAKE_IDS.team, domain: 'example' },
    channel: { id: 'C0PAGE', name: 'general' },
    message: { type: 'message', ts, text: 'Timeline', user: FAKE_IDS.botUser },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'talks_pager',
        value,
        text: { type: 'plain_text', text: 'Next ▶' },
        action_ts: ts,
      },
    ],
  };
}
