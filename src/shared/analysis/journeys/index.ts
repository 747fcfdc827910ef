/** Pure computations on customer journeys (no I/O): shared by the core, the UI and the bench. */
export * from './lens';
export * from './order';
export * from './switches';
export * from './consistency';
export * from './draft';
export * from './curve';
export * from './findings';
export * from './summary';
