import { createParamError } from "../rest/errors";

/** A token of kintone's query language. */
export type Token =
  | { kind: "word"; text: string; position: number }
  | { kind: "string"; text: string; position: number }
  | { kind: "operator"; text: string; position: number }
  | { kind: "punct"; text: "(" | ")" | ","; position: number };

const WHITESPACE = /[ \t\r\n\u3000]/;
const OPERATOR_START = /[=!<>]/;
const WORD_STOP = /[ \t\r\n\u3000(),"=!<>]/;

/** The error kintone answers for a query it cannot read (400 CB_VA01, errors.query). */
export function createQuerySyntaxError(): Error {
  return createParamError("query", "E_LK_V_QUERY");
}

function readString(query: string, start: number): { text: string; end: number } {
  let text = "";
  let index = start + 1;
  while (index < query.length) {
    const char = query[index] as string;
    if (char === '"') return { text, end: index + 1 };
    // Raw control characters inside a literal are an error in kintone; escapes are allowed.
    if (char === "\t" || char === "\n" || char === "\r") throw createQuerySyntaxError();
    if (char === "\\") {
      const next = query[index + 1];
      if (next === undefined) break;
      text += next === "t" ? "\t" : next === "n" ? "\n" : next === "r" ? "\r" : next;
      index += 2;
      continue;
    }
    text += char;
    index += 1;
  }
  throw createQuerySyntaxError();
}

/** Splits a query into tokens. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < query.length) {
    const char = query[index] as string;
    if (WHITESPACE.test(char)) {
      index += 1;
    } else if (char === '"') {
      const { text, end } = readString(query, index);
      tokens.push({ kind: "string", text, position: index });
      index = end;
    } else if (char === "(" || char === ")" || char === ",") {
      tokens.push({ kind: "punct", text: char, position: index });
      index += 1;
    } else if (OPERATOR_START.test(char)) {
      const two = query.slice(index, index + 2);
      const text = two === "!=" || two === "<=" || two === ">=" ? two : char;
      if (text === "!") throw createQuerySyntaxError();
      tokens.push({ kind: "operator", text, position: index });
      index += text.length;
    } else {
      let end = index;
      while (end < query.length && !WORD_STOP.test(query[end] as string)) end += 1;
      tokens.push({ kind: "word", text: query.slice(index, end), position: index });
      index = end;
    }
  }
  return tokens;
}
