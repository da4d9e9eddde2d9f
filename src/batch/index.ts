export { batchInputs, type BatchItem, type FreshOptions } from './fresh.js';
export { formatSeconds, parseConcurrency, parseDuration } from './duration.js';
export { runPool } from './pool.js';
export { costOf, formatCost, readPrices, type Price, type PriceTable } from './prices.js';
export { BatchProgress, type Outcome, type ProgressOptions } from './progress.js';
export { BatchStore, type ObtainOptions, type Obtained } from './store.js';
