import { describe, expect, it } from 'vitest';
import { sizeScript, stepSize, textSize, TEXT_SIZES } from '../../../src/site/text-size.ts';

describe('text sizes', () => {
  it('reads a remembered size, and anything else as the default', () => {
    expect(textSize('xl')).toBe('xl');
    for (const value of [null, undefined, '', 'XL', 'huge', '1']) expect(textSize(value)).toBe('m');
  });

  it('steps one size at a time and stays at the ends', () => {
    expect(stepSize('m', 1)).toBe('l');
    expect(stepSize('m', -1)).toBe('s');
    expect(stepSize('s', -1)).toBe('s');
    expect(stepSize('xl', 1)).toBe('xl');
    expect(stepSize('junk', 1)).toBe('l');
    // From the smallest, as many steps up as there are sizes reach the largest, through each one.
    const sizes: string[] = [TEXT_SIZES[0]];
    for (let i = 1; i < TEXT_SIZES.length; i++) sizes.push(stepSize(sizes.at(-1), 1));
    expect(sizes).toEqual([...TEXT_SIZES]);
  });

  const run = (storage: () => string | null, window: object = {}) => {
    const dataset: Record<string, string> = {};
    new Function('document', 'localStorage', 'window', sizeScript)({ documentElement: { dataset } }, { getItem: storage }, window);
    return dataset;
  };
  it('sets the remembered size before the page renders, and the default when storage is off', () => {
    expect(run(() => 'l')['size']).toBe('l');
    expect(run(() => null)['size']).toBe('m');
    expect(
      run(() => {
        throw new Error('SecurityError');
      })['size'],
    ).toBe('m');
  });
  it('says whether the browser speaks, for the Listen control', () => {
    expect(run(() => null, { speechSynthesis: {} })['speech']).toBe('');
    expect(run(() => null)['speech']).toBeUndefined();
  });
});
