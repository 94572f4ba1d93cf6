/** Makes learner's layers in a worker thread (see learner-layers.ts), each into its kept file. */
import { keptLayer, type LayerTask } from '../site/kept-layers.ts';

export interface LayerBatch {
  dir: string;
  tasks: LayerTask[];
}

export default function makeLayers({ dir, tasks }: LayerBatch): void {
  for (const task of tasks) keptLayer(dir, task);
}
