/**
 * The subset of JSON Schema that strict structured outputs accept and that madoguchi uses:
 * every object lists all its properties as required and forbids others; optional values are
 * expressed as a union with "null".
 * [doc] https://platform.openai.com/docs/guides/structured-outputs#supported-schemas
 */
export type JsonSchema =
  | {
      readonly type: "object";
      readonly properties: Readonly<Record<string, JsonSchema>>;
      readonly required: readonly string[];
      readonly additionalProperties: false;
      readonly description?: string;
    }
  | {
      readonly type: "array";
      readonly items: JsonSchema;
      readonly description?: string;
    }
  | {
      readonly type: JsonScalarType | readonly [JsonScalarType, "null"];
      readonly enum?: readonly (string | number | null)[];
      readonly description?: string;
    };

export type JsonScalarType = "string" | "number" | "integer" | "boolean";
