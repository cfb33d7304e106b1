export * from './sentences';
export * from './quantities';
export * from './itemized';
export * from './statements';
export * from './text-cells';
