/**
 * The text-size control (site/text-size.ts): steps the article's text smaller or larger and
 * remembers the choice on this device, keeping the reader's place (place.ts) as the text
 * reflows. A button at the end of the steps says so (aria-disabled) and keeps the focus.
 */
import { SIZE_KEY, stepSize, textSize } from '../site/text-size.ts';
import { documentProperty, main } from './dom.ts';
import { place, target } from './place.ts';
import { remember } from './storage.ts';

const root = documentProperty('documentElement');
const buttons = [...(main?.querySelectorAll<HTMLButtonElement>(':scope > article > .title-block [data-size-step]') ?? [])];
const step = (button: HTMLButtonElement) => Number(button.dataset['sizeStep']);

function show(size: string): void {
  root.dataset['size'] = size;
  for (const button of buttons) button.ariaDisabled = String(stepSize(size, step(button)) === size);
}

if (buttons.length) show(textSize(root.dataset['size']));
for (const button of buttons) {
  button.addEventListener('click', () => {
    const size = stepSize(root.dataset['size'], step(button));
    const here = place();
    remember(SIZE_KEY, size);
    show(size);
    const [el] = here ? target(here.id) : [];
    if (el) scrollBy(0, el.getBoundingClientRect().top - here!.top);
  });
}
