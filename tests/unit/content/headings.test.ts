import { describe, expect, it } from 'vitest';
import { headingSlug } from '../../../src/content/headings.ts';

describe('headingSlug', () => {
  it('returns the slug of a text, without the hyphens left at its ends by emoji and punctuation', () => {
    expect(['History of 2025', '🚀 Launch', 'Launch 🚀', '合作的历史', 'Q & A'].map(headingSlug)).toEqual(['history-of-2025', 'launch', 'launch', '合作的历史', 'q--a']);
  });
  it('returns nothing for a text of emoji, punctuation or letters a slug leaves out', () => {
    expect(['???', '🚀', '— · —', '', '𓒎'].map(headingSlug)).toEqual(['', '', '', '', '']);
  });
});
