import type { ConfidenceLabel } from '../answer.js';
import model from './confidence-model.json' with { type: 'json' };

/**
 * What the ranking knows about its best answer, each roughly 0–1. The confidence model is a logistic
 * regression over these, fitted by scripts/fit-confidence.ts on the training split of the question sets
 * (its coefficients are data: ./confidence-model.json), so a confidence of 0.8 means about eight in ten
 * such answers were right on questions it was fitted on, and it is checked on the test split.
 */
export interface ConfidenceFeatures {
  /** the best window's ranking score */
  score: number;
  /** share of the question's weight the cited window covers */
  coverage: number;
  /** how far the best score is ahead of the next answerable candidate */
  gap: number;
  /** share of the question's weight on words the articles never use (paraphrase or off-topic) */
  unseen: number;
  /** 1 when the question asks for a kind of answer (a time, a number, a person) and the window holds it */
  typed: number;
  /** other articles with an answerable candidate nearly as good: agreement across sources, 0–1 */
  agreement: number;
  /** share of the question's own verbs the window states */
  predicate: number;
  /** the question weight the window covers, against a rare word's weight: how much was really matched */
  mass: number;
}

export const FEATURE_NAMES = [
  'score',
  'coverage',
  'gap',
  'unseen',
  'typed',
  'agreement',
  'predicate',
  'mass',
] as const;

interface Model {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** below this probability the bot abstains rather than answer */
  abstainBelow: number;
}

const fitted = model as Model;

export function featureVector(features: ConfidenceFeatures): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

/** The model's probability that an answer with these features is right. */
export function confidenceOf(features: ConfidenceFeatures, using: Model = fitted): number {
  const x = Object.fromEntries(FEATURE_NAMES.map((name) => [name, features[name]]));
  const z = using.features.reduce((sum, name, i) => sum + using.weights[i]! * (x[name] ?? 0), using.bias);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}

export function abstainBelow(using: Model = fitted): number {
  return using.abstainBelow;
}

/** The confidence in words for chat, where a bare percentage reads as a promise. */
export function confidenceLabel(confidence: number): ConfidenceLabel {
  if (confidence >= 0.8) return 'strong match';
  if (confidence >= 0.5) return 'partial match';
  return 'weak match';
}
