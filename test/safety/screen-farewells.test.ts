import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';
import { hearsAs, staysQuiet } from '../support/screen-cases.ts';

// Round twenty-two: a wish to die said through goodbyes, arrangements and places (the dev file
// risk-dev-sideways heard 84 of 120 at first contact). Each message is written for the test; each
// look-alike shares the words of one and means no harm.

describe('crisis screen, round twenty-two: farewells and arrangements', () => {
  hearsAs('suicide', [
    "i'm on the wrong side of the railing. sorry for everything",
    "I'm at the bridge where we had our first date. Tell my dad I'm sorry",
    'the engine is running in the shut garage and I have written to her',
    "he rang me from the harbour saying he is going into the water and it's goodbye",
    "in five minutes I'll be gone. tell Sam the password is on the fridge",
    'hugged my boys goodnight for the last time tonight',
    "my daughter just texted 'sorry for everything mum' and her phone is off",
    "gave my records to my mates. I don't want my sister sorting through my things after",
    'sorted the bills and cancelled the phone contract before I check out for good',
    'left the playlist for my funeral in the kitchen drawer, she will find it',
    "i don't plan on seeing another christmas",
    'got as far as the roof last night. next time I will not turn back.',
    "I've picked the method and the date",
    'I keep looking up the multi storey car park, whether anyone would see and how far the drop is',
    "I've got a spot picked out in the forest where nobody would find me",
    'everyone would cope without me, they always do',
    "not sure I want to be around to find out if she forgives me",
    "who'd even come to my funeral",
  ]);

  staysQuiet([
    "we're at the pier, bye for now, love you all x",
    'the car is running in the garage to warm up while I load it, door open obviously',
    'going in the sea for a dip, bye x',
    "in 10 minutes I'll be gone to the airport, love you",
    'kissed my dog goodnight for the last time before the vet came',
    'hugged my ex for the last time at the station',
    "I texted him love you and he's not answering, probably at the gym",
    "put my grandad's medals in envelopes for the grandkids as he asked before he died",
    'tidying up the flat before I check out of the hotel',
    'left instructions for my funeral with my solicitor after the cancer diagnosis',
    'I do not plan on seeing him again after what he did',
    'next time I will not chicken out of asking her out',
    'done with it all for good, the affair is over and I am choosing my marriage',
    'everyone would cope without me at the office for a week',
    "I'm gonna do it on my birthday, propose I mean",
    'looked up how high the bridge is that we are bungee jumping off on our honeymoon',
    'what happens to my allowance if I go to my sister for christmas',
  ]);

  it('keeps a walk that ends on a ledge or at the cliffs an emergency: the ordinary reasons count only beside the match', () => {
    for (const text of [
      "I went for a walk to clear my head and now I'm on the ledge. bye",
      "took the dog for a walk, I'm at the cliffs now, don't try to find me",
      "I'm at the bridge. I went for a walk after the row. Tell my mum I'm sorry",
    ]) {
      expect(screenText(text), text).toMatchObject({ category: 'suicide', level: 'imminent' });
    }
  });

  it('hears a goodbye from someone close who then cannot be found as their danger now', () => {
    expect(screenText("my brother texted 'love you, look after mum' and now he's not answering")).toMatchObject({
      category: 'suicide',
      level: 'imminent',
      thirdParty: true,
    });
  });
});
