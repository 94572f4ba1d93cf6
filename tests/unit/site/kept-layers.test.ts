import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptText } from '../../../src/site/kept-layers.ts';

describe('keptText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-layers-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  let made = 0;
  const make = (text: string) => () => (made++, text);

  it('makes a text once and reads it back while its inputs are the same', () => {
    made = 0;
    expect(keptText(dir, 'a.zh', ['text', 'code'], make('{"a":1}'))).toBe('{"a":1}');
    expect(keptText(dir, 'a.zh', ['text', 'code'], make('other'))).toBe('{"a":1}');
    expect(made).toBe(1);
  });
  it('makes it again when an input changes, and keeps one file a name', () => {
    made = 0;
    keptText(dir, 'a.zh', ['text'], make('old'));
    expect(keptText(dir, 'a.zh', ['text, edited'], make('new'))).toBe('new');
    expect(keptText(dir, 'a.zh', ['text', ', edited'], make('split'))).toBe('split');
    expect(made).toBe(3);
    expect(readdirSync(dir)).toEqual(['a.zh.json']);
  });
});
