// Public surface of the quote clipboard's engine.
export * from './model';
export * from './fragment';
export * from './format';
export * from './exchange';
export * from './migrations';
export * from './list';
export * from './validate';
export * from './unicode';
export * from './rate';
