/** Regenerates src/model/linalg/wasm/kernels.ts from kernels.wat. */
import { writeFileSync } from 'node:fs';
import { compileKernels, kernelsModule, TS_PATH } from './wasm';

const bytes = await compileKernels();
writeFileSync(TS_PATH, kernelsModule(bytes));
console.log(`${TS_PATH}: ${bytes.length} bytes`);
