import type { Link, Reply } from '../../src/reply.ts';
import type { ResourceList, Service, Way } from '../../src/safety/resources.ts';
import * as copy from './copy.ts';
import * as writerCopy from './writer-copy.ts';

/**
 * One line describing how to reach a service, e.g.
 * "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org. Free, 24/7."
 */
export function serviceLine(service: Service): string {
  const parts = describeWays(service.ways);
  const ways = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, ${copy.ways.or} ${parts.at(-1)}` : (parts[0] ?? '');
  const note = service.note ? ` (${service.note})` : '';
  const hours = service.free && service.open247 ? copy.ways.free247 : service.free ? copy.ways.free : service.open247 ? copy.ways.open247 : '';
  return `${service.name}${note}: ${ways}.${hours ? ' ' + hours : ''}`;
}

function describeWays(ways: Way[]): string[] {
  const parts: string[] = [];
  for (const way of ways) {
    switch (way.how) {
      case 'call': {
        const number = way.letters ? `${way.number} (${way.letters})` : way.number;
        const alsoText = ways.some((w) => w.how === 'text' && w.number === way.number && !w.keyword);
        parts.push(alsoText ? copy.ways.callOrText(number) : copy.ways.call(number));
        break;
      }
      case 'text':
        if (!way.keyword && ways.some((w) => w.how === 'call' && w.number === way.number)) break;
        parts.push(copy.ways.text(way.number, way.keyword));
        break;
      case 'tty':
        parts.push(copy.ways.tty(way.number));
        break;
      case 'chat':
        parts.push(copy.ways.chat(hostOf(way.url)));
        break;
      case 'web':
        parts.push(copy.ways.web(hostOf(way.url)));
        break;
      case 'email':
        parts.push(copy.ways.email(way.address));
        break;
    }
  }
  return parts;
}

function hostOf(url: string): string {
  return url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/** Links a channel can render as buttons: tel:, sms: (with the keyword) and https:. */
export function serviceLinks(service: Service): Link[] {
  const links: Link[] = [];
  for (const way of service.ways) {
    if (way.how === 'call') links.push({ label: `Call ${service.name}`, url: `tel:${digits(way.number)}` });
    if (way.how === 'text') {
      const body = way.keyword ? `?body=${encodeURIComponent(way.keyword)}` : '';
      links.push({ label: `Text ${service.name}`, url: `sms:${digits(way.number)}${body}` });
    }
    if (way.how === 'chat' || way.how === 'web') links.push({ label: service.name, url: way.url });
  }
  return links;
}

function digits(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

/** Options for {@link resourceReplies}. */
export interface ResourceReplyOptions {
  /** The emergency number was already given first; don't repeat it at the end. */
  emergencySaid?: boolean;
  /** The person is asking for someone else. */
  forSomeoneElse?: boolean;
  /** The person says they hurt someone: the lines are for the one they hurt. */
  forWriter?: boolean;
}

/**
 * The messages that hand someone to real help: the services that fit, that texting works and
 * that reaching out doesn't automatically mean police, and the emergency number.
 */
export function resourceReplies(list: ResourceList, options: ResourceReplyOptions = {}): Reply[] {
  const international = list.region.region === 'INTL';
  const regionName = list.region.inSentence ?? list.region.name;
  const intro = options.forWriter ? writerCopy.servicesIntro(regionName, international) : copy.servicesIntro(regionName, options.forSomeoneElse ?? false, international);
  const lines = list.services.map((service) => `• ${serviceLine(service)}`);
  const replies: Reply[] = [{ text: [intro, ...lines].join('\n'), links: list.services.flatMap(serviceLinks) }];
  const canText = list.services.some((service) => service.ways.some((way) => way.how === 'text'));
  const reassurance = canText ? `${copy.textInstead} ${copy.notPolice}` : copy.notPolice;
  replies.push({ text: reassurance });
  if (!options.emergencySaid) replies.push({ text: copy.emergencyLine(list.emergency) });
  return replies;
}

/** The single most useful line of a list, for when there is room for only one. */
export function firstLine(list: ResourceList): string | undefined {
  const first = list.services[0];
  return first ? serviceLine(first) : undefined;
}
