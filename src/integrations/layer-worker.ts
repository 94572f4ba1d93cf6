/** Makes learner's layers and the glossary's parts in a worker thread (see learner-layers.ts), each into its kept file. */
import { keptGlossaryPart, type GlossaryFile } from '../site/kept-glossary.ts';
import { keptLayer, type LayerTask } from '../site/kept-layers.ts';

/** Some layers, or some of the glossary's parts, and the folder they are kept in. */
export type LearnerBatch = { dir: string; tasks: LayerTask[] } | { dir: string; glossary: GlossaryFile[] };

export default function makeLearnerFiles(batch: LearnerBatch): void {
  if ('glossary' in batch) for (const file of batch.glossary) keptGlossaryPart(batch.dir, file);
  else for (const task of batch.tasks) keptLayer(batch.dir, task);
}
