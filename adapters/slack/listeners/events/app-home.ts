import type { SlackDeps } from '../../deps.js';
import { type HomeView, renderHome } from '../../render-home.js';

export interface HomeOpenedEvent {
  user: string;
  /** "home" or "messages": only the Home tab has a view to publish */
  tab?: string | undefined;
}

/** The Web API call the Home tab needs; a WebClient fits, and so does a test's fake. */
export interface ViewPublisher {
  views: { publish(args: { user_id: string; view: HomeView }): Promise<unknown> };
}

/**
 * `app_home_opened` on the Home tab: publishes the view built from the current knowledge. Published at every
 * opening, so an article added while the bot runs is there the next time someone looks.
 */
export async function appHomeOpened(
  { event, client }: { event: HomeOpenedEvent; client: ViewPublisher },
  deps: SlackDeps,
): Promise<void> {
  if (event.tab !== undefined && event.tab !== 'home') return;
  try {
    const [sources, timeline, speakers] = await Promise.all([
      deps.engine.sources(),
      deps.engine.timeline(),
      deps.engine.speakers(),
    ]);
    await client.views.publish({
      user_id: event.user,
      view: renderHome({ sources, timeline, speakers, names: deps.names }),
    });
  } catch (error) {
    // a Home tab that could not be drawn is logged; Slack keeps showing the previous one
    deps.log.warn('slack: could not publish the Home tab', { user: event.user, error: String(error) });
  }
}
