/**
 * The Listen and Learn controls of an article's title block load their code on first use: the
 * player (listen.ts) and the learner's tools (learn.ts), each one file, which then opens its
 * panel and answers the control from then on. A reader who left the learner's tools open finds
 * them open on the next Chinese page. iOS speaks only from a tap: the tap that loads the player
 * speaks an empty utterance, which lets the player speak once loaded.
 */
import { loadScript, main } from './dom.ts';
import { LEARN_KEY, recall } from './storage.ts';
import listen from './listen.ts?worker&url';
import learn from './learn.ts?worker&url';

const block = main?.querySelector(':scope > article > .title-block');
const listenControl = block?.querySelector('[data-listen]');
const learnControl = block?.querySelector('[data-learn]');

listenControl?.addEventListener(
  'click',
  () => {
    speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    loadScript(listen);
  },
  { once: true },
);
if (learnControl && recall(LEARN_KEY) === 'open') loadScript(learn);
else learnControl?.addEventListener('click', () => loadScript(learn), { once: true });
