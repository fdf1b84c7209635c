import { decodeBase64, encodeBase64 } from "./base64";

/**
 * Chunk embeddings as stored in the index: one int8 vector per chunk (unit length, scaled so
 * its largest component is ±127) plus that scale, base64 in JSON. About a quarter of Float32
 * and a tenth of a JSON number array; cosine ranking is unchanged at the precision that matters.
 */
export type DocEmbeddingsJson = {
  /** The embedding model that produced the vectors; queries must use the same one. */
  readonly model: string;
  readonly dimensions: number;
  /** Per-chunk scale: component = int8 × scale. */
  readonly scales: readonly number[];
  /** base64 of `chunks × dimensions` int8 values. */
  readonly vectors: string;
};

function unit(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) || 1;
  return vector.map((x) => x / norm);
}

export class DocEmbeddings {
  private constructor(
    readonly model: string,
    readonly dimensions: number,
    private readonly scales: Float64Array,
    private readonly values: Int8Array,
  ) {}

  get size(): number {
    return this.scales.length;
  }

  /** Quantizes one vector per chunk; null when the vectors are empty or of mixed length. */
  static fromVectors(model: string, vectors: readonly (readonly number[])[]): DocEmbeddings | null {
    const dimensions = vectors[0]?.length ?? 0;
    if (dimensions === 0 || vectors.some((vector) => vector.length !== dimensions)) return null;
    const scales = new Float64Array(vectors.length);
    const values = new Int8Array(vectors.length * dimensions);
    vectors.forEach((vector, row) => {
      const u = unit(vector);
      // Rounded as stored, so an index answers the same before and after JSON.
      const scale = Number((Math.max(...u.map(Math.abs)) / 127).toPrecision(6)) || 1;
      scales[row] = scale;
      u.forEach((x, col) => (values[row * dimensions + col] = Math.round(x / scale)));
    });
    return new DocEmbeddings(model, dimensions, scales, values);
  }

  /** Restores {@link DocEmbeddings.toJSON}; null when the data is inconsistent. */
  static fromJSON(json: DocEmbeddingsJson): DocEmbeddings | null {
    const bytes = decodeBase64(json.vectors);
    if (!bytes || bytes.length !== json.scales.length * json.dimensions) return null;
    const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    return new DocEmbeddings(json.model, json.dimensions, Float64Array.from(json.scales), values);
  }

  toJSON(): DocEmbeddingsJson {
    const bytes = new Uint8Array(this.values.buffer, this.values.byteOffset, this.values.length);
    return {
      model: this.model,
      dimensions: this.dimensions,
      scales: Array.from(this.scales),
      vectors: encodeBase64(bytes),
    };
  }

  /** Cosine similarity of `query` with every chunk; null when the dimensions differ. */
  similarities(query: readonly number[]): Float64Array | null {
    if (query.length !== this.dimensions) return null;
    const u = unit(query);
    const out = new Float64Array(this.size);
    for (let row = 0; row < this.size; row += 1) {
      let dot = 0;
      const offset = row * this.dimensions;
      for (let col = 0; col < this.dimensions; col += 1) {
        dot += (this.values[offset + col] as number) * (u[col] as number);
      }
      out[row] = dot * (this.scales[row] as number);
    }
    return out;
  }
}
