/** One approved question-and-answer pair, as in the FAQ app and `id,question,answer,…` CSV. */
export type FaqEntry = {
  readonly id: string;
  readonly question: string;
  /** Approved text, read out verbatim in offline mode. */
  readonly answer: string;
  readonly category: string;
  /** The department that owns the topic (transfers for this topic go there). */
  readonly department: string;
  readonly keywords: readonly string[];
};

/** A department of the ward office, as in the departments app and `name,extension,…` CSV. */
export type Department = {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  readonly keywords: readonly string[];
};
