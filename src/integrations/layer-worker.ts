/** Makes learner's layers and the glossary's parts in a worker thread (see learner-layers.ts), each into its kept file. */
import { keptGlossaryPart, type GlossaryFile } from '../site/kept-glossary.ts';
import { keptLayer, type LayerTask } from '../site/kept-layers.ts';

/** Some layers, each with the file it is kept in; or some of the glossary's parts, and the folder they are kept in. */
export type LearnerBatch = { layers: { file: string; task: LayerTask }[] } | { dir: string; glossary: GlossaryFile[] };

export default function makeLearnerFiles(batch: LearnerBatch): void {
  if ('glossary' in batch) for (const file of batch.glossary) keptGlossaryPart(batch.dir, file);
  else for (const { file, task } of batch.layers) keptLayer(file, task);
}
