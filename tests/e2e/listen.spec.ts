import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../site/axe.ts';
import { guardPage } from '../site/guard.ts';
import { articleUrl, ready, slug } from './helpers.ts';

/**
 * The player (src/scripts/listen.ts) on the fixture article. Headless Chromium has no voices, so
 * speechSynthesis is replaced by a recording stub: each utterance is recorded, and the test ends
 * it (`finish`) as a voice would.
 */
interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
  rate: number;
}

async function stubSpeech(page: Page, voices: { name: string; lang: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: Spoken[] = [];
    let current: { onend?: (() => void) | null; onerror?: ((e: { error: string }) => void) | null } | null = null;
    const all = list.map((v, i) => ({ ...v, voiceURI: `voice-${i}`, localService: true, default: i === 0 }));
    w['__spoken'] = spoken;
    w['__finish'] = () => {
      const u = current;
      current = null;
      u?.onend?.();
    };
    w['SpeechSynthesisUtterance'] = class {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    };
    const synth = {
      getVoices: () => all,
      speak(u: Spoken & { voice: { name: string } | null }) {
        if (!u.text) return; // the empty utterance that lets iOS speak after the tap
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
        current = u as never;
      },
      cancel() {
        const u = current;
        current = null;
        u?.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
const lit = (page: Page) => page.locator('main .lit');
const VOICES = [
  { name: 'Test English', lang: 'en-US' },
  { name: 'Test Mandarin', lang: 'zh-CN' },
  { name: 'Test Taiwan', lang: 'zh-TW' },
];
const FIRST = 'Terrorism is a grave menace that transcends borders and threatens global peace, stability, and development.';
const SECOND = 'No nation is immune to its devastating effects;';
const THIRD = 'The magnitude of this challenge is immense';

async function openPlayer(page: Page, path: string, name = 'Listen'): Promise<void> {
  await page.goto(path);
  await ready(page);
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('region', { name: name === 'Listen' ? 'Read aloud' : name })).toBeVisible();
}

test('reads the article sentence by sentence from the top, lighting each as it is spoken', async ({ page, baseURL }) => {
  const seen = await guardPage(page, new URL(baseURL!).origin);
  await stubSpeech(page, VOICES);
  await openPlayer(page, articleUrl('en'));
  await expect.poll(() => spoken(page)).toHaveLength(1);
  expect((await spoken(page))[0]).toEqual({ text: FIRST, lang: 'en', voice: 'Test English', rate: 1 });
  await expect(lit(page)).toHaveText(FIRST);
  // The light follows each utterance's end.
  await finish(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toContain(SECOND);
  await expect(lit(page)).toContainText(SECOND);
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveAttribute('aria-expanded', 'true');
  // Lock-screen and headset controls name the article.
  expect(await page.evaluate(() => [navigator.mediaSession.metadata?.title, navigator.mediaSession.playbackState])).toEqual([
    await page.locator('h1').textContent(),
    'playing',
  ]);
  expect(await axeViolations(page)).toEqual([]);
  expect(seen()).toEqual([]);
});

test('starts from the sentence the reader is at, and from a sentence tapped while it plays', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openPlayer(page, articleUrl('en', '#intro-p1-s3'));
  await expect.poll(async () => (await spoken(page))[0]?.text).toContain(THIRD);
  await page.locator('#intro-p2 [data-s]').first().click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toContain('On August 12, 2025');
  await expect(lit(page)).toContainText('On August 12, 2025');
});

test('pauses, resumes the sentence it was at, and keeps the chosen speed', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openPlayer(page, articleUrl('en'));
  await expect.poll(() => spoken(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await finish(page); // a cancelled utterance's end moves nothing
  expect(await spoken(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([FIRST, FIRST]);

  await page.getByLabel('Speed').selectOption('1.5');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
  await page.reload();
  await ready(page);
  await page.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
  await expect(page.getByLabel('Speed')).toHaveValue('1.5');
});

test('in the bilingual view, reads each sentence in English and then in Chinese, or the other way', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openPlayer(page, `en/${slug}/bilingual/`);
  await expect.poll(() => spoken(page)).toHaveLength(1);
  await finish(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  const [en, zh] = await spoken(page);
  expect([en!.lang, en!.voice, en!.text]).toEqual(['en', 'Test English', FIRST]);
  expect([zh!.lang, zh!.voice, zh!.text]).toEqual(['zh-CN', 'Test Mandarin', '恐怖主义是超越国界的严重威胁，威胁着世界的和平、稳定与发展。']);
  // Both lit in turn: the Chinese group as it plays.
  await expect(lit(page)).toHaveText(zh!.text);

  await page.getByLabel('Order').selectOption('zh');
  // The group being read starts again, Chinese first.
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('zh-CN');
  await finish(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('en');
  expect((await spoken(page)).at(-1)!.text).toBe(FIRST);
});

test('reads Traditional with a Taiwan voice, and says so where the device has no Chinese voice', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openPlayer(page, articleUrl('zh-hant'), '朗讀');
  await expect.poll(async () => (await spoken(page))[0]?.voice).toBe('Test Taiwan');

  await page.goto('about:blank');
  const bare = await page.context().newPage();
  await stubSpeech(bare, [{ name: 'Test English', lang: 'en-US' }]);
  await openPlayer(bare, articleUrl('zh'), '朗读');
  await expect(bare.getByRole('region', { name: '朗读' })).toContainText('此设备没有中文语音。');
  await expect(bare.getByRole('button', { name: '播放' })).toBeDisabled();
  expect(await spoken(bare)).toEqual([]);
});

test('is hidden without speech, in print, and closes when asked', async ({ page }) => {
  await page.addInitScript(() => delete (window as { speechSynthesis?: unknown }).speechSynthesis);
  await page.goto(articleUrl('en'));
  await ready(page);
  await expect(page.getByRole('button', { name: 'Listen' })).toBeHidden();

  const other = await page.context().newPage();
  await stubSpeech(other, VOICES);
  await openPlayer(other, articleUrl('en'));
  await other.emulateMedia({ media: 'print' });
  await expect(other.getByRole('region', { name: 'Read aloud' })).toBeHidden();
  await expect(other.getByRole('button', { name: 'Listen' })).toBeHidden();
  await other.emulateMedia({ media: 'screen' });
  await other.getByRole('button', { name: 'Stop and close' }).click();
  await expect(other.getByRole('region', { name: 'Read aloud' })).toBeHidden();
  await expect(other.getByRole('button', { name: 'Listen' })).toHaveAttribute('aria-expanded', 'false');
});
