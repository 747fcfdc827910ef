/** The economics panel's pure functions: cost to serve, customer value, lifetime value, NPS. */
export * from './types';
export * from './rules';
export * from './journey-cost';
export * from './customer-value';
export * from './lifetime-value';
export * from './nps';
