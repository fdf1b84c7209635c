import type { ParsedQuery, QueryExpression, QueryOrder, QueryValue } from "./ast";
import type { Token } from "./tokenize";
import { createQuerySyntaxError, tokenize } from "./tokenize";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  private isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "word" && token.text.toLowerCase() === text;
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (!token) throw createQuerySyntaxError();
    this.index += 1;
    return token;
  }

  private expectPunct(text: string): void {
    const token = this.next();
    if (token.kind !== "punct" || token.text !== text) throw createQuerySyntaxError();
  }

  private isClauseStart(): boolean {
    return (
      (this.isWord("order") && this.isWord("by", 1)) ||
      this.isWord("limit") ||
      this.isWord("offset")
    );
  }

  parse(): ParsedQuery {
    const query: ParsedQuery = { orderBy: [] };
    if (this.peek() && !this.isClauseStart()) query.filter = this.parseOr();
    if (this.isWord("order")) {
      this.index += 2;
      query.orderBy = this.parseOrder();
    }
    if (this.isWord("limit")) {
      this.index += 1;
      query.limit = this.parseInteger();
    }
    if (this.isWord("offset")) {
      this.index += 1;
      query.offset = this.parseInteger();
    }
    if (this.peek()) throw createQuerySyntaxError();
    return query;
  }

  private parseInteger(): number {
    const token = this.next();
    if (token.kind !== "word" || !/^-?\d+$/.test(token.text)) throw createQuerySyntaxError();
    const value = Number(token.text);
    if (value < 0) throw createQuerySyntaxError();
    return value;
  }

  private parseOrder(): QueryOrder[] {
    const orders: QueryOrder[] = [];
    for (;;) {
      const field = this.next();
      if (field.kind !== "word") throw createQuerySyntaxError();
      let direction: "asc" | "desc" = "asc";
      if (this.isWord("asc") || this.isWord("desc"))
        direction = this.next().text.toLowerCase() as "asc" | "desc";
      orders.push({ field: field.text, direction });
      const token = this.peek();
      if (token?.kind === "punct" && token.text === ",") this.index += 1;
      else return orders;
    }
  }

  private parseOr(): QueryExpression {
    let left = this.parseAnd();
    while (this.isWord("or")) {
      this.index += 1;
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): QueryExpression {
    let left = this.parsePrimary();
    while (this.isWord("and")) {
      this.index += 1;
      left = { kind: "and", left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): QueryExpression {
    const token = this.peek();
    if (token?.kind === "punct" && token.text === "(") {
      this.index += 1;
      const inner = this.parseOr();
      this.expectPunct(")");
      return inner;
    }
    return this.parseCondition();
  }

  private parseCondition(): QueryExpression {
    const field = this.next();
    if (field.kind !== "word") throw createQuerySyntaxError();
    const operatorToken = this.next();
    if (operatorToken.kind === "operator") {
      return {
        kind: "condition",
        field: field.text,
        operator: operatorToken.text,
        values: [this.parseValue()],
      };
    }
    if (operatorToken.kind !== "word") throw createQuerySyntaxError();
    const word = operatorToken.text.toLowerCase();
    if (word === "in")
      return { kind: "condition", field: field.text, operator: "in", values: this.parseList() };
    if (word === "like")
      return {
        kind: "condition",
        field: field.text,
        operator: "like",
        values: [this.parseString()],
      };
    if (word === "not") {
      const what = this.next().text.toLowerCase();
      if (what === "in")
        return {
          kind: "condition",
          field: field.text,
          operator: "not in",
          values: this.parseList(),
        };
      if (what === "like")
        return {
          kind: "condition",
          field: field.text,
          operator: "not like",
          values: [this.parseString()],
        };
      throw createQuerySyntaxError();
    }
    if (word === "is") {
      const what = this.next().text.toLowerCase();
      if (what === "empty")
        return { kind: "condition", field: field.text, operator: "is empty", values: [] };
      if (what === "not" && this.next().text.toLowerCase() === "empty") {
        return { kind: "condition", field: field.text, operator: "is not empty", values: [] };
      }
    }
    throw createQuerySyntaxError();
  }

  private parseString(): QueryValue {
    const token = this.next();
    if (token.kind !== "string") throw createQuerySyntaxError();
    return { kind: "string", value: token.text };
  }

  private parseList(): QueryValue[] {
    this.expectPunct("(");
    const values: QueryValue[] = [this.parseValue()];
    for (;;) {
      const token = this.next();
      if (token.kind === "punct" && token.text === ")") return values;
      if (token.kind !== "punct" || token.text !== ",") throw createQuerySyntaxError();
      values.push(this.parseValue());
    }
  }

  private parseValue(): QueryValue {
    const token = this.next();
    if (token.kind === "string") return { kind: "string", value: token.text };
    if (token.kind !== "word") throw createQuerySyntaxError();
    if (NUMBER.test(token.text)) return { kind: "number", value: token.text };
    const open = this.peek();
    if (!/^[A-Z_]+$/.test(token.text) || open?.kind !== "punct" || open.text !== "(")
      throw createQuerySyntaxError();
    this.index += 1;
    const args: string[] = [];
    for (;;) {
      const arg = this.next();
      if (arg.kind === "punct" && arg.text === ")")
        return { kind: "function", name: token.text, args };
      if (arg.kind === "punct" && arg.text === "," && args.length > 0) continue;
      if (arg.kind === "punct") throw createQuerySyntaxError();
      args.push(arg.text);
    }
  }
}

/**
 * Parses a kintone query (`cond and (cond or cond) order by f desc limit 10 offset 20`).
 * @throws KintoneApiError 400 CB_VA01 (errors.query) when the syntax is wrong
 */
export function parseQuery(query: string): ParsedQuery {
  return new Parser(tokenize(query)).parse();
}
