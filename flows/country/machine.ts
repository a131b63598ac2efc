import { enqueueActions, setup } from 'xstate';
import { say } from '../../src/reply.ts';
import { inferRegion } from '../../src/safety/region.ts';
import { resourceDirectory } from '../../src/safety/resources.ts';
import type { FlowInput, FlowTypes } from '../flow.ts';
import { sayAll } from '../crisis/emit.ts';
import { countryCopy as copy } from './copy.ts';
import { regionChoices, regionOfChoice } from './regions.ts';

interface Context {
  /** The country or region code in use now (may be a country without its own file, e.g. `DE`). */
  region: string;
}

const KEEP = 'keep';

/** The region in use: the one chosen before, else what the platform's locale and time zone say. */
function currentRegion({ profile, args }: FlowInput): string {
  return inferRegion({ country: profile.country, locale: args.locale, timeZone: args.timeZone });
}

/**
 * `/country`: shows which country's crisis lines are in use and lets the person confirm or
 * change it. Every region file in the directory is a choice.
 */
export const countryMachine = setup({
  types: {} as FlowTypes<Context>,
  actions: {
    askRegion: enqueueActions(({ context, enqueue }) => {
      const file = resourceDirectory().region(context.region);
      const text = file.region === 'INTL' ? copy.unknown : copy.current(file.inSentence ?? file.name);
      const others = regionChoices().filter((choice) => choice.id !== `region:${file.region}`);
      const keep = file.region === 'INTL' ? [] : [{ id: KEEP, label: copy.keep }];
      sayAll(enqueue, [{ text, choices: [...keep, ...others] }]);
    }),
    saveRegion: enqueueActions(({ context, event, enqueue }) => {
      const region = event.type === 'CHOICE' ? (regionOfChoice(event.id) ?? context.region) : context.region;
      const file = resourceDirectory().region(region);
      enqueue.emit({ type: 'remember', patch: { country: region } });
      sayAll(enqueue, [say(copy.set(file.inSentence ?? file.name)), say(copy.emergency(file.emergency))]);
    }),
    sayUnchanged: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.unchanged)])),
    sayPick: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.pick)])),
  },
  guards: {
    isKeep: ({ event }) => event.type === 'CHOICE' && event.id === KEEP,
    isRegion: ({ event }) => event.type === 'CHOICE' && regionOfChoice(event.id) !== undefined,
  },
}).createMachine({
  id: 'country',
  context: ({ input }) => ({ region: currentRegion(input) }),
  initial: 'choosing',
  states: {
    choosing: {
      entry: 'askRegion',
      on: {
        CHOICE: [
          { guard: 'isKeep', target: 'done', actions: 'saveRegion' },
          { guard: 'isRegion', target: 'done', actions: 'saveRegion' },
        ],
        TEXT: { target: 'choosing', reenter: true, actions: 'sayPick' },
        BACK: { target: 'done', actions: 'sayUnchanged' },
      },
    },
    done: { type: 'final' },
  },
  output: () => ({}),
});

