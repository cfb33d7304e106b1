export * from './types';
export * from './grid';
export * from './a1';
export * from './normalize';
export * from './number';
export * from './parsed';
export * from './numerals';
