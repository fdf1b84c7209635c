/** A literal on the right side of a condition. */
export type QueryValue =
  | { kind: "string"; value: string }
  | { kind: "number"; value: string }
  | { kind: "function"; name: string; args: string[] };

/** A condition or a boolean combination of them. */
export type QueryExpression =
  | { kind: "and" | "or"; left: QueryExpression; right: QueryExpression }
  | { kind: "condition"; field: string; operator: string; values: QueryValue[] };

export type QueryOrder = { field: string; direction: "asc" | "desc" };

/** A parsed query: filter, order, limit and offset (limit/offset undefined when absent). */
export type ParsedQuery = {
  filter?: QueryExpression;
  orderBy: QueryOrder[];
  limit?: number;
  offset?: number;
};
