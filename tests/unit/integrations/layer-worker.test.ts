import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import makeLearnerFiles from '../../../src/integrations/layer-worker.ts';
import type { LayerTask } from '../../../src/site/kept-layers.ts';
import { fixtureDictionary } from '../learn/cedict.ts';

vi.mock('../../../src/learn/dictionary.ts', async (original) => ({
  ...(await original<typeof import('../../../src/learn/dictionary.ts')>()),
  loadDictionary: () => fixtureDictionary,
}));

describe('makeLearnerFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layer-worker-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const task: LayerTask = {
    slug: 'story',
    digest: 'digest',
    locale: 'zh',
    path: '/zh/story/learn.json',
    glossary: '/glossary/v/simplified/',
    blocks: [{ id: 'p1', tag: 'p', attributes: '', html: '人们', text: '人们', links: [], ids: [] }],
    source: undefined,
  };

  it('makes each layer into the file its batch names, which the build links, whatever the thread would name it', () => {
    const file = join(dir, 'named-by-the-build.json');
    makeLearnerFiles({ layers: [{ file, task }] });
    expect(readdirSync(dir)).toEqual(['named-by-the-build.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ glossary: task.glossary });
  });
});
