/** The numeric core of BPTT: pure float64 math, no UI. */
export * from './types';
export * from './linalg';
export * from './lanczos';
export * from './activation';
export * from './rng';
export * from './forward';
export * from './backward';
export * from './terms';
export * from './jacobian';
export * from './gradcheck';
export * from './examples';
export * from './parse';
export * from './results';
export * from './train';
export * from './sequence';
export * from './presets';
export * from './urlcodec';
