import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted } from '../../flows/flow.ts';
import { countryFlow } from '../../flows/country/index.ts';
import { countryMachine } from '../../flows/country/machine.ts';
import type { Profile } from '../../src/profile.ts';
import type { Reply } from '../../src/reply.ts';

type Patch = Extract<FlowEmitted, { type: 'remember' }>['patch'];

function run(profile: Profile = {}, args: Record<string, string> = {}) {
  const replies: Reply[] = [];
  const remembered: Patch[] = [];
  const actor = createActor(countryMachine, { input: { profile, journal: [], now: 0, args } });
  actor.on('reply', (e) => void replies.push(e.reply));
  actor.on('remember', (e) => void remembered.push(e.patch));
  actor.start();
  return {
    replies,
    remembered,
    choose: (id: string) => {
      const mark = replies.length;
      actor.send({ type: 'CHOICE', id, at: 1 });
      return replies.slice(mark);
    },
    actor,
  };
}

describe('/country', () => {
  it('is reached with /country', () => {
    expect(countryFlow).toMatchObject({ id: 'country', version: 1, commands: ['country'] });
  });

  it('shows the region in use and lists the others from the directory', () => {
    const flow = run({ country: 'GB' });
    expect(flow.replies[0]!.text).toBe('I show crisis lines for the United Kingdom. Is that where you are?');
    expect(flow.replies[0]!.choices?.map((c) => c.id)).toEqual(['keep', 'region:AU', 'region:CA', 'region:EU', 'region:IE', 'region:US', 'region:INTL']);
  });

  it('changes the region and says the emergency number there', () => {
    const flow = run({ country: 'GB' });
    const said = flow.choose('region:AU');
    expect(flow.remembered).toEqual([{ country: 'AU' }]);
    expect(said.map((r) => r.text)).toEqual(["Done — I'll show help for Australia.", 'In an emergency there, call 000.']);
    expect(flow.actor.getSnapshot().status).toBe('done');
  });

  it('confirms what the platform suggested, keeping the country itself', () => {
    const flow = run({}, { timeZone: 'Europe/Berlin' });
    expect(flow.replies[0]!.text).toMatch(/the European Union/);
    const said = flow.choose('keep');
    expect(flow.remembered).toEqual([{ country: 'DE' }]);
    expect(said.at(-1)!.text).toBe('In an emergency there, call 112.');
  });

  it('asks where they are when nothing is known', () => {
    const flow = run();
    expect(flow.replies[0]!.text).toMatch(/worldwide helpline directory/);
    expect(flow.replies[0]!.choices?.map((c) => c.id)).not.toContain('keep');
  });
});
