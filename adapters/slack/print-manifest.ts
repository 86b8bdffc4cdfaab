import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { slackManifest } from './manifest.js';

/**
 * `npm run slack:manifest [-- --request-url https://host/slack/events]`: prints the app manifest for
 * SLACK_COMMAND_PREFIX, ready to paste into api.slack.com/apps (Socket Mode, or HTTP mode with a url).
 */
function main(): void {
  const { values } = parseArgs({ options: { 'request-url': { type: 'string' } }, strict: true });
  const requestUrl = values['request-url'];
  if (requestUrl !== undefined && !/^https:\/\/[^\s]+$/.test(requestUrl))
    throw new ConfigError(
      `--request-url ${requestUrl} is not an https address; Slack posts only to https, e.g. https://your-host.example/slack/events`,
    );
  const config = loadConfig();
  process.stdout.write(
    slackManifest({ prefix: config.slackCommandPrefix, ...(requestUrl ? { requestUrl } : {}) }),
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
