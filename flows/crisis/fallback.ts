import { say, type Reply } from '../../src/reply.ts';
import { inferRegion, type RegionHints } from '../../src/safety/region.ts';
import type { ResourceNeed } from '../../src/safety/resources.ts';
import type { Risk } from '../../src/safety/risk.ts';
import * as copy from './copy.ts';
import * as messages from './messages.ts';

/**
 * The crisis replies for a turn that has no stored state: the session store is down, or the
 * engine runs statelessly. Everything needed goes out at once — acknowledgement, what the bot
 * is, the lines for the person's region, and a direct question last, in plain words (no
 * buttons, since nothing can remember what they meant). `risk` is `null` for `/help now`.
 *
 * @example crisisFallback({ category: 'suicide', level: 'high' }, { timeZone: 'Europe/London' })
 */
export function crisisFallback(risk: Risk | null, where: RegionHints): Reply[] {
  const need: ResourceNeed = risk?.category ?? 'any';
  const s: messages.Situation = { need, region: inferRegion(where), thirdParty: (risk?.thirdParty ?? false) || risk?.byWriter === true, byWriter: risk?.byWriter === true };
  const coach = say(copy.automatedCoach);
  if (!risk) return [say(copy.acknowledge.any), ...messages.resources(s), coach, say(copy.safeQuestion)];
  if (risk.level === 'possible') return [coach, ...messages.resources(s), ...messages.clarify(s, 'plain')];
  if (s.thirdParty) {
    const [opening, question] = messages.thirdParty(s, { introduce: false, asking: 'plain' });
    return [opening!, coach, ...messages.thirdPartyHelp(s, risk.level === 'imminent'), question!];
  }
  if (risk.level === 'imminent') return [...messages.imminent(s, { introduce: true }).slice(0, -1), say(copy.safeQuestion)];
  if (messages.ABUSE_NEEDS.has(need)) return [say(copy.acknowledge[need]), coach, ...messages.resources(s), say(copy.safeToTalk)];
  return messages.askDirectly(s, { introduce: true, asking: 'plain' });
}
