/** Makes learner's layers in a worker thread (see learner-layers.ts): each one's kept file, made now or before. */
import { keptLayer, type Kept, type LayerTask } from '../site/kept-layers.ts';

export interface LayerBatch {
  dir: string;
  tasks: LayerTask[];
}

export default function makeLayers({ dir, tasks }: LayerBatch): Kept[] {
  return tasks.map((task) => keptLayer(dir, task));
}
