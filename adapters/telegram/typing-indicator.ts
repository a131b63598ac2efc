/** How often Telegram needs the typing action repeated: it shows it for about five seconds. */
const REPEAT_MS = 4_500;

/**
 * Shows "typing…" while a slow turn runs: calls `showTyping` once the turn has taken
 * `afterMs`, then every few seconds until the returned function is called. Fast turns show
 * nothing. Failures of `showTyping` are ignored (it is only a courtesy).
 *
 * @example const stop = startTypingIndicator(() => bot.telegram.sendChatAction(chatId, 'typing'), 800); try { … } finally { stop(); }
 */
export function startTypingIndicator(showTyping: () => Promise<unknown>, afterMs: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    showTyping().catch(() => undefined);
    timer = setTimeout(tick, REPEAT_MS);
  };
  timer = setTimeout(tick, afterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
