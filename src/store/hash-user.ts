import { createHash } from 'node:crypto';

/**
 * A user id as feedback stores it: hashed with the platform, so votes can be told apart (one vote per person
 * per answer) without the table naming anyone. 16 hex characters: collisions are irrelevant at chat scale.
 */
export function hashUserId(platform: string, userId: string): string {
  return createHash('sha256').update(`talksbot:${platform}:${userId}`).digest('hex').slice(0, 16);
}
