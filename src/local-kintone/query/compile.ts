import { createApiError } from "../rest/errors";
import type { FieldProperty, StoredRecord } from "../store";
import type { ParsedQuery, QueryExpression, QueryValue } from "./ast";
import type { QueryField } from "./fields";
import { assertOperatorAllowed, readFieldValues, resolveQueryField } from "./fields";
import type { TemporalValue } from "./functions";
import { evaluateDateFunction } from "./functions";
import { compareNumbers, compareRanges, toRange } from "./compare";
import { parseQuery } from "./parse";
import { createQuerySyntaxError } from "./tokenize";

/** What a compiled query needs to know about the caller and the time. */
export type QueryEnvironment = { now: Date; timeZone: string; loginUser: string };

/** A query ready to run over stored records. */
export type CompiledQuery = {
  matches: (record: StoredRecord) => boolean;
  compare: (a: StoredRecord, b: StoredRecord) => number;
  limit?: number;
  offset?: number;
};

type Predicate = (record: StoredRecord) => boolean;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return String(value).trim() === "";
}

function toTexts(value: unknown): string[] {
  if (value === null || value === undefined || value === "") return [];
  if (Array.isArray(value))
    return value.map((item) =>
      typeof item === "object" && item
        ? String(
            (item as { code?: unknown; name?: unknown }).code ?? (item as { name?: unknown }).name,
          )
        : String(item),
    );
  return [String(value)];
}

function literalText(value: QueryValue, env: QueryEnvironment): string {
  if (value.kind !== "function") return value.value;
  if (value.name === "LOGINUSER" && value.args.length === 0) return env.loginUser;
  if (value.name === "PRIMARY_ORGANIZATION" && value.args.length === 0)
    return "\u0000no-organization";
  throw createApiError(400, "GAIA_IL08");
}

function buildValueTest(
  field: QueryField,
  operator: string,
  literals: QueryValue[],
  env: QueryEnvironment,
): (value: unknown) => boolean {
  if (operator === "is empty") return isEmpty;
  if (operator === "is not empty") return (value) => !isEmpty(value);
  if (operator === "like" || operator === "not like") {
    const needle = literalText(literals[0] as QueryValue, env).toLowerCase();
    const test = (value: unknown): boolean => {
      const texts =
        field.kind === "file"
          ? ((value as { name: string }[] | undefined) ?? []).map((file) => file.name)
          : toTexts(value);
      return texts.some((text) =>
        text
          .replace(/<[^>]*>/g, "")
          .toLowerCase()
          .includes(needle),
      );
    };
    return operator === "like" ? test : (value) => !test(value);
  }
  if (operator === "in" || operator === "not in") {
    const list = literals.map((literal) => literalText(literal, env));
    const test = (value: unknown): boolean => {
      const texts = toTexts(value);
      if (texts.length === 0) return list.includes("");
      if (field.kind === "number")
        return texts.some((text) =>
          list.some((item) => item !== "" && Number(item) === Number(text)),
        );
      return texts.some((text) => list.includes(text));
    };
    return operator === "in" ? test : (value) => !test(value);
  }
  const literal = literals[0] as QueryValue;
  if (field.kind === "date" || field.kind === "datetime" || field.kind === "time") {
    let temporal: string | TemporalValue;
    if (literal.kind === "function") {
      const evaluated = evaluateDateFunction(literal.name, literal.args, env.now, env.timeZone);
      if (!evaluated) throw createApiError(400, "GAIA_IL08");
      temporal = evaluated;
    } else temporal = literal.value;
    if (temporal === "")
      return (value) =>
        operator === "=" ? isEmpty(value) : operator === "!=" ? !isEmpty(value) : false;
    const range = toRange(field.kind, temporal, env);
    if (!range) throw createQuerySyntaxError();
    return (value) => {
      if (isEmpty(value)) return operator === "!=";
      const own = toRange(field.kind, String(value), env);
      return own ? compareRanges(operator, own, range) : false;
    };
  }
  const text = literalText(literal, env);
  if (field.kind === "number") {
    if (text === "")
      return (value) =>
        operator === "=" ? isEmpty(value) : operator === "!=" ? !isEmpty(value) : false;
    const number = Number(text);
    return (value) => !isEmpty(value) && compareNumbers(operator, Number(value), number);
  }
  return (value) => {
    const own = value === null || value === undefined ? "" : String(value);
    return operator === "=" ? own === text : own !== text;
  };
}

function compileExpression(
  expression: QueryExpression,
  properties: Record<string, FieldProperty>,
  env: QueryEnvironment,
): Predicate {
  if (expression.kind !== "condition") {
    const left = compileExpression(expression.left, properties, env);
    const right = compileExpression(expression.right, properties, env);
    return expression.kind === "and" ? (r) => left(r) && right(r) : (r) => left(r) || right(r);
  }
  const field = resolveQueryField(properties, expression.field);
  assertOperatorAllowed(field, expression.operator);
  const test = buildValueTest(field, expression.operator, expression.values, env);
  const negative =
    expression.operator === "not in" ||
    expression.operator === "not like" ||
    expression.operator === "!=";
  if (!field.subtable) return (record) => test(readFieldValues(field, record)[0]);
  // A record matches a table condition when any row matches (for negations: when every row does).
  return (record) => {
    const values = readFieldValues(field, record);
    return negative ? values.every(test) : values.some(test);
  };
}

function sortKey(field: QueryField, record: StoredRecord): number | string {
  const value = readFieldValues(field, record)[0];
  if (isEmpty(value))
    return field.kind === "text" || field.kind === "choice" ? "" : Number.NEGATIVE_INFINITY;
  if (field.kind === "number") return Number(value);
  if (field.kind === "date" || field.kind === "datetime") return Date.parse(String(value));
  return toTexts(value).join(",");
}

/**
 * Parses and compiles a kintone query against an app's fields.
 * @throws KintoneApiError with kintone's query codes (CB_VA01, GAIA_IQ03/07/11/23/25, GAIA_IL08)
 */
export function compileQuery(
  query: string,
  properties: Record<string, FieldProperty>,
  env: QueryEnvironment,
): CompiledQuery {
  const parsed: ParsedQuery = parseQuery(query);
  const filter = parsed.filter ? compileExpression(parsed.filter, properties, env) : () => true;
  const orders = parsed.orderBy.map((order) => ({
    field: resolveQueryField(properties, order.field),
    sign: order.direction === "asc" ? 1 : -1,
  }));
  if (orders.length === 0) orders.push({ field: resolveQueryField(properties, "$id"), sign: -1 });
  const compare = (a: StoredRecord, b: StoredRecord): number => {
    for (const { field, sign } of orders) {
      const left = sortKey(field, a);
      const right = sortKey(field, b);
      if (left < right) return -sign;
      if (left > right) return sign;
    }
    return b.id - a.id;
  };
  return { matches: filter, compare, limit: parsed.limit, offset: parsed.offset };
}
