/**
 * Delivery of the briefing: by mail through SMTP (mail.ts, settings.ts) or posted as JSON to a
 * webhook (webhook.ts).
 */
export { parseRecipients, sendBriefingMail, type BriefingMail } from './mail.js';
export { resolveSmtpSettings, type SmtpSettings } from './settings.js';
export { checkWebhookUrl, displayWebhook, postWebhook, type WebhookOptions } from './webhook.js';
