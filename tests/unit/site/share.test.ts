import { describe, expect, it } from 'vitest';
import { shareUrl } from '../../../src/site/share.ts';

describe('shareUrl', () => {
  it('returns the page URL without a fragment for the whole page', () => {
    expect(shareUrl('https://example.org/en/a/#old-section')).toBe('https://example.org/en/a/');
  });
  it('returns the page URL with the section fragment', () => {
    expect(shareUrl('https://example.org/zh/a/', '#history')).toBe('https://example.org/zh/a/#history');
  });
  it('returns the path of the view the reader is on, base and all', () => {
    expect(shareUrl('http://localhost:4174/articles/en/a/bilingual/', '#history')).toBe(
      'http://localhost:4174/articles/en/a/bilingual/#history',
    );
  });
  it('returns the URL without its query', () => {
    expect(shareUrl('https://example.org/en/a/?utm_source=x&ref=y#z', '#p2')).toBe('https://example.org/en/a/#p2');
  });
  it('returns a fragment encoded as a URL needs it', () => {
    expect(shareUrl('https://example.org/en/a/', '#合作 的')).toBe('https://example.org/en/a/#%E5%90%88%E4%BD%9C%20%E7%9A%84');
  });
});
