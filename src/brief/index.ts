/**
 * The morning briefing: analyses of a period → stories with who-said-what → Markdown or one
 * self-contained HTML file.
 */
export { buildBriefing, type BriefOptions } from './build.js';
export { escapeHtml, renderBriefingHtml } from './html.js';
export { escapeMarkdown, renderBriefingMarkdown } from './markdown.js';
export { GROUP_DEFAULTS, groupArticles, type GroupOptions } from './stories.js';
export type * from './types.js';
