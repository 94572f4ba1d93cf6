/**
 * Share a quote: when the reader selects text within one sentence group (a long press selects a
 * word on a touch screen), a "Share quote" button shows under the selection. It shares a link to
 * the sentence (site/quote.ts) as the share controls do, puts the sentence's id in the address
 * bar and lights the sentence. The button is the page's own, a child of `<main>` (see dom.ts).
 */
import { quoteUrl, wholeWords } from '../site/quote.ts';
import { shareUrl } from '../site/share.ts';
import { listen, main } from './dom.ts';
import { groupElements, idOf, light, sentenceAt, type Sentence } from './sentence-dom.ts';
import { announce, share } from './sharing.ts';

const button = main?.querySelector<HTMLButtonElement>(':scope > button[data-quote]');
const text = main?.querySelector(':scope > article > .prose');
let quoted: { sentence: Sentence; text: string } | undefined;

/** The selection's sentence group and text, when it lies within one group of the article. */
function selected(): typeof quoted {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !text?.contains(selection.anchorNode)) return undefined;
  const [a, b] = [sentenceAt(selection.anchorNode), sentenceAt(selection.focusNode)];
  const range = selection.getRangeAt(0);
  // Within one text node, whole words; else as selected.
  const node = range.startContainer;
  const quote = (node === range.endContainer && node.nodeType === Node.TEXT_NODE ? wholeWords(node.textContent!, range.startOffset, range.endOffset) : selection.toString()).trim();
  return a && b && a.block === b.block && a.n === b.n && quote ? { sentence: a, text: quote } : undefined;
}

if (button && text) {
  listen(document, 'selectionchange', () => {
    quoted = selected();
    button.hidden = !quoted;
    if (!quoted) return;
    const box = getSelection()!.getRangeAt(0).getBoundingClientRect();
    const width = button.offsetWidth;
    button.style.top = `${box.bottom + scrollY + 8}px`;
    button.style.left = `${Math.max(8, Math.min(box.left + scrollX, scrollX + innerWidth - width - 8))}px`;
  });
  // Pressing the button keeps the selection.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    if (!quoted) return;
    const { sentence, text: quote } = quoted;
    const id = idOf(sentence);
    history.replaceState(null, '', shareUrl(location.href, `#${encodeURIComponent(id)}`));
    light(groupElements(sentence.block, sentence.n));
    button.hidden = true;
    announce(await share(quoteUrl(location.href, id, quote)));
  });
}
