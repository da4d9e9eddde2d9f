/**
 * Public API of the LLM analysis stage. The CLI needs only this file:
 * `resolveLlmConfig` → `analyseArticle` / `translateArticle`; errors are VeilleErrors.
 */
export {
  analyseArticle,
  analysePromptVersion,
  type AnalyseOptions,
  type SummaryLength,
} from './analyse.js';
export {
  translateArticle,
  translatePromptVersion,
  TRANSLATE_BUDGET,
  type Translation,
  type TranslateOptions,
} from './translate.js';
export { FUZZY_THRESHOLD, groundQuote, type Grounding } from './grounding.js';
export {
  describeLlmConfig,
  displayUrl,
  LLM_DEFAULTS,
  resolveLlmConfig,
  type LlmConfig,
  type LlmFlags,
  type ResolveLlmConfigOptions,
} from '../llm/config.js';
export {
  createLlmClient,
  createSession,
  listModels,
  type FormatMemory,
  type ResponseMode,
  type Usage,
} from '../llm/client.js';
