/**
 * The article text's sizes, smallest first, which the text-size control steps through; `m` is the
 * default. The reader's choice is remembered on this device (localStorage, under SIZE_KEY) and set
 * on `<html data-size>`, where the style sheet reads it.
 */
export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const SIZE_KEY = 'size';
const DEFAULT: TextSize = 'm';

/** A remembered value as a size: anything unknown (or nothing) is the default. */
export function textSize(value: string | null | undefined): TextSize {
  return TEXT_SIZES.find((size) => size === value) ?? DEFAULT;
}

/**
 * The size one step smaller (-1) or larger (+1), staying at the ends.
 * @example stepSize('m', 1) // 'l'
 * @example stepSize('xl', 1) // 'xl'
 */
export function stepSize(value: string | null | undefined, step: number): TextSize {
  const at = TEXT_SIZES.indexOf(textSize(value)) + Math.sign(step);
  return TEXT_SIZES[Math.min(Math.max(at, 0), TEXT_SIZES.length - 1)]!;
}

/**
 * A script inline in an article page before its text, so the text is laid out at the remembered
 * size from the first paint, never moved. It always sets a size, which also tells the style
 * sheet that scripts run and the control can show, and says whether the browser speaks
 * (`data-speech`), for the Listen control. Its hash is in the policy (astro.config.ts).
 */
export const sizeScript = `var d=document.documentElement.dataset;d.size="${DEFAULT}";try{d.size=localStorage.getItem("${SIZE_KEY}")||d.size}catch(e){}if(window.speechSynthesis)d.speech=""`;
