import type { Reply } from '../../src/reply.ts';

/**
 * Renders replies as terminal lines: the text, then choices numbered from 1, then links and
 * attachments. Every line starts with `prefix` so a transcript tells bot and person apart.
 *
 * @example renderReplies([{ text: 'Ready?', choices: [{ id: 'y', label: 'Yes' }] }], 'bot: ')
 * // ['bot: Ready?', 'bot:   1. Yes']
 */
export function renderReplies(replies: readonly Reply[], prefix: string): string[] {
  const lines: string[] = [];
  for (const reply of replies) {
    for (const line of reply.text.split('\n')) lines.push(prefix + line);
    reply.choices?.forEach((choice, i) => lines.push(`${prefix}  ${i + 1}. ${choice.label}`));
    for (const link of reply.links ?? []) lines.push(`${prefix}  ↗ ${link.label}: ${link.url}`);
    if (reply.image) lines.push(`${prefix}  [image: ${reply.image.alt}]`);
    if (reply.attachment) {
      lines.push(`${prefix}  📎 ${reply.attachment.name}:`);
      for (const line of reply.attachment.content.split('\n')) lines.push(`${prefix}    ${line}`);
    }
  }
  return lines;
}
