/**
 * A small JSONC reader (JSON with `//` and `/* *\/` comments and trailing commas) that reports the line and column
 * of the first error instead of throwing.
 */

export interface JsoncError {
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export type JsoncResult = { readonly value: unknown; readonly error?: undefined } | { readonly value?: undefined; readonly error: JsoncError };

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  fail(message: string, at = this.i): never {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at && k < this.s.length; k++) {
      if (this.s.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    throw Object.assign(new Error(message), { jsonc: { message, line, column: at - lineStart + 1 } });
  }

  skip(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.i++;
      else if (c === '/' && s[this.i + 1] === '/') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === '/' && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('Unterminated comment');
        this.i = end + 2;
      } else return;
    }
  }

  value(): unknown {
    this.skip();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) this.fail(this.i >= this.s.length ? 'Unexpected end of file' : `Unexpected character ${JSON.stringify(c)}`);
    this.i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  }

  string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '"') {
        this.i++;
        try {
          return JSON.parse(this.s.slice(start, this.i)) as string;
        } catch {
          this.fail('Invalid string', start);
        }
      }
      if (c === '\n') break;
      this.i += c === '\\' ? 2 : 1;
    }
    return this.fail('Unterminated string', start);
  }

  object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.skip();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.s[this.i] !== '"') this.fail('Expected a property name in double quotes');
      const key = this.string();
      this.skip();
      if (this.s[this.i] !== ':') this.fail('Expected ":"');
      this.i++;
      out[key] = this.value();
      this.skip();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') this.fail('Expected "," or "}"');
    }
  }

  array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.skip();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail('Expected "," or "]"');
    }
  }
}

export function parseJsonc(text: string): JsoncResult {
  const reader = new Reader(text);
  try {
    const value = reader.value();
    reader.skip();
    if (reader.i < text.length) reader.fail('Unexpected content after the value');
    return { value };
  } catch (e) {
    const error = (e as { jsonc?: JsoncError }).jsonc;
    if (error) return { error };
    throw e;
  }
}
