export type {
  CallFacts,
  CallMetrics,
  CallOutcome,
  CountBy,
  DayCount,
  QuestionCluster,
} from "./types";
export type { AggregateOptions } from "./aggregate-calls";
export {
  aggregateCalls,
  isUnanswered,
  toDayKey,
  DEFAULT_UTC_OFFSET_MINUTES,
  LOW_CONFIDENCE,
  NO_ANSWER_REASONS,
} from "./aggregate-calls";
export {
  clusterQuestions,
  measureSimilarity,
  toBigrams,
  CLUSTER_SIMILARITY,
} from "./cluster-questions";
