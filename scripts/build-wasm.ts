/** Regenerates src/model/linalg/wasm/kernels.ts and vectors.ts from their .wat files. */
import { writeFileSync } from 'node:fs';
import { compileKernels, kernelsModule, TS_PATH, VECTORS_TS_PATH, VECTORS_WAT_PATH } from './wasm';

const bytes = await compileKernels();
writeFileSync(TS_PATH, kernelsModule(bytes));
console.log(`${TS_PATH}: ${bytes.length} bytes`);
const vectors = await compileKernels(VECTORS_WAT_PATH);
writeFileSync(VECTORS_TS_PATH, kernelsModule(vectors, 'VECTORS_WASM', 'vectors.wat'));
console.log(`${VECTORS_TS_PATH}: ${vectors.length} bytes`);
