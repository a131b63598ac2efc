import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECALL_TARGET_CATEGORIES, devFiles, evaluateRisk, heldoutFiles, targetFailures } from '../../scripts/eval-risk.ts';
import { screenText } from '../../src/safety/screen.ts';
import { hears, hearsAs, staysQuiet } from '../support/screen-cases.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('crisis screen: the issue’s named positives', () => {
  hears([
    ['kms', 'suicide'],
    ['I want to unalive myself', 'suicide'],
    ['I wish I could sleep forever', 'suicide'],
    ['everyone would be better off without me', 'suicide'],
    ['I need out. I can’t keep living like this', 'suicide'],
    ['k1ll mys3lf', 'suicide'],
    ['suicid thoughts again', 'suicide'],
    ['wanna die', 'suicide'],
    ['I want to end it all', 'suicide'],
    ['I want to be in a coffin ⚰️', 'suicide'],
    ['I want to cut 🔪🩸', 'self_harm'],
    ['my partner checks my phone and cut me off from my friends', 'partner_violence'],
    ['I’m scared of what he’ll do if he finds out', 'partner_violence'],
    ['he hit me', 'partner_violence'],
    ['he choked me', 'partner_violence'],
    ['he pushed me down the stairs', 'partner_violence'],
    ['he forced me', 'sexual_violence'],
    ['he touched me when I was a kid', 'child_abuse'],
    ['my dad hits my little brother', 'child_abuse'],
  ]);

  it('rates "I want to end it all" as high suicide risk', () => {
    expect(screenText('I want to end it all')).toMatchObject({ category: 'suicide', level: 'high' });
  });
});

describe('crisis screen: imminent danger', () => {
  it.each([
    ['I took a bunch of pills', 'emergency'],
    ['he’s outside with a knife', 'emergency'],
    ['I’m going to kill myself tonight', 'suicide'],
    ['I have the pills in my hand right now', 'suicide'],
    ['he’s hitting me right now help', 'emergency'],
    ['she is hurting me', 'emergency'],
  ] as const)('%s → %s, imminent', (text, category) => {
    expect(screenText(text)).toMatchObject({ category, level: 'imminent', timeframe: 'ongoing' });
  });

  it.each(['he is hitting me since years', 'my husband is beating me from long time', 'she is hurting me every day'])(
    'reads abuse that has gone on for a long time as partner violence, not an emergency this minute: %s',
    (text) => {
      expect(screenText(text)).toMatchObject({ category: 'partner_violence', level: 'high' });
    },
  );
});

describe('crisis screen: someone else in danger', () => {
  it('treats a partner who threatens suicide if I leave as suicide risk about them', () => {
    expect(screenText('my partner threatens to kill himself if I leave')).toMatchObject({
      category: 'suicide',
      level: 'high',
      thirdParty: true,
    });
  });

  it.each([
    ['my friend said she wants to die', 'suicide'],
    ['asking for a friend, how do you kill yourself painlessly', 'suicide'],
    ['my dad hits my little brother', 'child_abuse'],
    ['my friend’s husband beats her', 'partner_violence'],
  ] as const)('%s → %s about someone else', (text, category) => {
    expect(screenText(text)).toMatchObject({ category, thirdParty: true });
  });

  it('does not mark the speaker’s own disclosures as third party', () => {
    expect(screenText('he hit me')?.thirdParty).toBeUndefined();
    expect(screenText('I want to kill myself')?.thirdParty).toBeUndefined();
  });
});

describe('crisis screen: abuse of a child, or abuse today by an adult’s partner', () => {
  hears([
    ['I grew up in Leeds and my husband hits me', 'partner_violence'],
    ['growing up was rough, and now my boyfriend forces me to have sex', 'sexual_violence'],
    ['My sister’s husband beats her. Her son is 4.', 'partner_violence'],
    ['mi baby father beat me last night', 'partner_violence'],
    ['my kids’ dad hit me when he dropped them off', 'partner_violence'],
  ], 'a childhood or a child mentioned does not make a partner’s violence child abuse: %s → %s');

  hearsAs('child_abuse', [
    'growing up my dad beat me',
    'when I was 9 my mom’s boyfriend raped me',
    'im 15 and my boyfriend hits me',
    'my mum was a nasty drunk who broke my wrist when i was 8',
    'my dad hits my little brother',
  ], 'still names child abuse: %s');
});

describe('crisis screen: stories and the speaker’s own life', () => {
  it.each(['we watched a show where a man strangles his wife', 'that episode where he hits her made me cry', 'the show about suicide made me cry'])(
    'a story about other people stays quiet: %s',
    (text) => {
      expect(screenText(text)).toBeNull();
    },
  );

  it.each(['there was drama when he hit me last night', 'he has episodes where he chokes me', 'the police report where he admitted he choked me'])(
    'a story word does not hide harm to the speaker: %s',
    (text) => {
      expect(screenText(text)).toMatchObject({ category: 'partner_violence', level: 'high' });
    },
  );
});

describe('crisis screen: reaching for a helpline', () => {
  // Ringing a crisis line says the person was in crisis; volunteering on one, or being handed its
  // number, does not.
  hears([
    ['I rang the crisis line last night and hung up', 'suicide'],
    ['called the samaritans twice this week', 'suicide'],
    ['I was on hold with the domestic violence hotline for an hour', 'partner_violence'],
    ['I rang rape crisis yesterday', 'sexual_violence'],
  ]);

  staysQuiet([
    'my sister volunteers at a crisis line',
    'we did a charity run for the suicide prevention charity',
    'you keep giving me the suicide hotline number, I just want to talk about my marriage',
    'I called the helpline about my boiler',
  ]);
});

describe('crisis screen: timeframe', () => {
  it('marks childhood abuse as past', () => {
    expect(screenText('he touched me when I was a kid')?.timeframe).toBe('past');
  });

  it('marks repeated abuse as ongoing', () => {
    expect(screenText('he hits me every day')?.timeframe).toBe('ongoing');
  });
});

describe('crisis screen: ambiguous messages get one caring question', () => {
  it.each(['I just want it all to stop', 'I can’t do this anymore', 'what’s the point', 'I want to disappear'])(
    '%s → possible',
    (text) => {
      expect(screenText(text)).toMatchObject({ category: 'suicide', level: 'possible' });
    },
  );

  it('still hears the real thing next to those idioms', () => {
    expect(screenText('i just want to stop waking up')).toMatchObject({ category: 'suicide' });
    expect(screenText('i bang my head against the wall when im upset')).toMatchObject({ category: 'self_harm' });
  });

  it('does not let a laugh in an earlier sentence make a later one a joke', () => {
    expect(screenText('haha the party was fun. but honestly i want to die every day')).toMatchObject({ category: 'suicide', level: 'high' });
    expect(screenText('kill me. lol')).toBeNull();
  });

  it.each([
    ['no, i want to die', 'suicide'],
    ['no, he hits me when he drinks', 'partner_violence'],
    ['not really, i want to die', 'suicide'],
  ] as const)('reads a "no" or "not really" that answers a question as an answer, not a denial: %s', (text, category) => {
    expect(screenText(text)).toMatchObject({ category, level: 'high' });
  });

  it('hears a silence taken as consent as the speaker’s own, and someone else’s as theirs', () => {
    expect(screenText('he took my silence as consent')).toEqual({ category: 'sexual_violence', level: 'high' });
    expect(screenText('my sister says he took her silence as consent')).toMatchObject({ category: 'sexual_violence', thirdParty: true });
  });

  it('keeps a denial of self-harm as possible, never silent', () => {
    expect(screenText('I’m not going to hurt myself')).toMatchObject({ level: 'possible' });
    expect(screenText('I’m not going to kill myself, I just feel awful')).toMatchObject({ category: 'suicide', level: 'possible' });
    expect(screenText('im not really going to kill myself')).toMatchObject({ category: 'suicide', level: 'possible' });
  });
});

describe('crisis screen: idioms, jokes and ordinary relationship pain stay quiet', () => {
  it('hears a sports injury as one, and hurting oneself on purpose still as self-harm', () => {
    expect(screenText('i think i hurt myself at the gym')).toBeNull();
    expect(screenText('hurt myself deadlifting again')).toBeNull();
    expect(screenText('i hurt myself on purpose after the gym')).toMatchObject({ category: 'self_harm', level: 'high' });
    expect(screenText('i hurt myself at the gym. then i cut myself when i got home')).toMatchObject({ category: 'self_harm', level: 'high' });
  });

  staysQuiet([
    'this fight is killing me',
    'kill me lol',
    'I’m dead 😂',
    'she’ll murder me for forgetting',
    'I want to end it with him',
    'I’m done with him',
    'my mind is racing',
    'I could kill for a coffee',
    'that joke killed',
    'dying to see you',
    'I’m so stressed',
    'I need out of this relationship',
    'I checked his phone and found messages from another girl',
    'I took a bunch of pictures at the wedding',
    'she hit me with the news that she’s moving',
    'I’m scared he’ll find out I forgot his birthday gift',
    'he would never hurt me',
    'she is hurting me by ignoring me',
    'I need to stop waking up at 5am for work',
    'i said maybe to the trip and he took it as a yes',
    'banging my head against the wall trying to fix this code',
    'he’s hurting me so much with his lies',
    '',
  ]);
});

describe('crisis screen: spelling and formatting', () => {
  it.each(['K1LL   MYS3LF!!!', 'kiiiill myself', 'I wànt to díe', 'i want to d1e', 'self-harm again', 'un-alive myself'])(
    '%j is still caught',
    (text) => {
      expect(screenText(text)).not.toBeNull();
    },
  );

  it("reads the shorthand \"SA'd\" as sexual assault, and never a shouted \"SAD\"", () => {
    expect(screenText("i got SA'd at a party last year and never told anyone")?.category).toBe('sexual_violence');
    expect(screenText("he s/a'd me when i was asleep")?.category).toBe('sexual_violence');
    expect(screenText("I'M SO SAD he forgot our anniversary")).toBeNull();
    expect(screenText('so sad about the fight we had')).toBeNull();
  });
});

// Baselines are the scores when these tests were written: raise them as the screen improves,
// never lower them, and never edit a held-out file to make a test pass.
describe('crisis screen: measured against labelled text', () => {
  it('meets the held-out targets: recall ≥ 0.98 on suicide, partner, sexual and child abuse; false alarms ≤ 5%', () => {
    const evaluation = evaluateRisk(fixture('risk-heldout.jsonl'));
    expect(targetFailures(evaluation)).toEqual([]);
  });

  // Floors only rise: each is the best the shipped screen has scored on that file, starting
  // from the scores when the file was first used (its misses never read). False alarms: each
  // file may not get worse than measured, and pooled over every held-out negative they stay
  // within the 5%.
  const HELDOUT_FLOORS: Readonly<Record<string, { falseAlarms: number; anyRisk: number; suicide: number; partner_violence: number; sexual_violence: number; child_abuse: number }>> = {
    'risk-heldout-2.jsonl': { falseAlarms: 0, anyRisk: 1, suicide: 1, partner_violence: 0.941, sexual_violence: 1, child_abuse: 1 },
    'risk-heldout-3.jsonl': { falseAlarms: 0, anyRisk: 0.962, suicide: 0.916, partner_violence: 1, sexual_violence: 1, child_abuse: 1 },
    'risk-heldout-4.jsonl': { falseAlarms: 2, anyRisk: 0.955, suicide: 0.916, partner_violence: 1, sexual_violence: 0.9, child_abuse: 1 },
    'risk-heldout-5.jsonl': { falseAlarms: 4, anyRisk: 0.904, suicide: 0.844, partner_violence: 0.92, sexual_violence: 1, child_abuse: 0.75 },
    'risk-heldout-6.jsonl': { falseAlarms: 1, anyRisk: 0.875, suicide: 0.88, partner_violence: 0.766, sexual_violence: 0.9, child_abuse: 0.9 },
    'risk-heldout-7.jsonl': { falseAlarms: 0, anyRisk: 0.919, suicide: 0.88, partner_violence: 0.9, sexual_violence: 0.9, child_abuse: 0.8 },
    'risk-heldout-8.jsonl': { falseAlarms: 2, anyRisk: 0.955, suicide: 0.918, partner_violence: 0.931, sexual_violence: 1, child_abuse: 1 },
    'risk-heldout-9.jsonl': { falseAlarms: 3, anyRisk: 0.963, suicide: 0.94, partner_violence: 0.9, sexual_violence: 0.95, child_abuse: 0.95 },
    'risk-heldout-10.jsonl': { falseAlarms: 0, anyRisk: 0.941, suicide: 0.92, partner_violence: 0.966, sexual_violence: 0.85, child_abuse: 0.9 },
    'risk-heldout-11.jsonl': { falseAlarms: 1, anyRisk: 0.968, suicide: 0.933, partner_violence: 1, sexual_violence: 0.96, child_abuse: 1 },
    'risk-heldout-12.jsonl': { falseAlarms: 1, anyRisk: 0.968, suicide: 1, partner_violence: 0.933, sexual_violence: 0.96, child_abuse: 0.96 },
    'risk-heldout-13.jsonl': { falseAlarms: 1, anyRisk: 0.962, suicide: 1, partner_violence: 0.906, sexual_violence: 0.8, child_abuse: 0.916 },
    'risk-heldout-14.jsonl': { falseAlarms: 4, anyRisk: 0.969, suicide: 0.925, partner_violence: 0.968, sexual_violence: 1, child_abuse: 0.958 },
    'risk-heldout-15.jsonl': { falseAlarms: 2, anyRisk: 0.893, suicide: 0.875, partner_violence: 0.843, sexual_violence: 0.9, child_abuse: 0.875 },
    'risk-heldout-16.jsonl': { falseAlarms: 1, anyRisk: 0.909, suicide: 0.975, partner_violence: 0.843, sexual_violence: 0.8, child_abuse: 0.916 },
    'risk-heldout-17.jsonl': { falseAlarms: 1, anyRisk: 0.909, suicide: 0.875, partner_violence: 0.875, sexual_violence: 0.75, child_abuse: 1 },
    'risk-heldout-18.jsonl': { falseAlarms: 3, anyRisk: 0.924, suicide: 0.875, partner_violence: 0.843, sexual_violence: 0.75, child_abuse: 1 },
    'risk-heldout-19.jsonl': { falseAlarms: 6, anyRisk: 0.969, suicide: 1, partner_violence: 0.916, sexual_violence: 0.933, child_abuse: 0.888 },
    'risk-heldout-20.jsonl': { falseAlarms: 3, anyRisk: 0.901, suicide: 0.9, partner_violence: 0.843, sexual_violence: 0.8, child_abuse: 0.791 },
    'risk-heldout-21.jsonl': { falseAlarms: 4, anyRisk: 0.696, suicide: 0.725, partner_violence: 0.5, sexual_violence: 0.7, child_abuse: 0.625 },
    'risk-heldout-22.jsonl': { falseAlarms: 5, anyRisk: 0.643, suicide: 0.7, partner_violence: 0.562, sexual_violence: 0.4, child_abuse: 0.541 },
    'risk-heldout-23.jsonl': { falseAlarms: 9, anyRisk: 0.95, suicide: 0.9, partner_violence: 0.92, sexual_violence: 0.933, child_abuse: 0.933 },
    'risk-heldout-24.jsonl': { falseAlarms: 5, anyRisk: 0.772, suicide: 0.775, partner_violence: 0.625, sexual_violence: 0.8, child_abuse: 0.791 },
    'risk-heldout-25.jsonl': { falseAlarms: 2, anyRisk: 0.909, suicide: 0.9, partner_violence: 0.843, sexual_violence: 0.9, child_abuse: 0.833 },
    'risk-heldout-26.jsonl': { falseAlarms: 2, anyRisk: 0.856, suicide: 0.9, partner_violence: 0.718, sexual_violence: 0.8, child_abuse: 0.833 },
    'risk-heldout-27.jsonl': { falseAlarms: 6, anyRisk: 0.848, suicide: 0.725, partner_violence: 0.875, sexual_violence: 0.85, child_abuse: 0.791 },
    'risk-heldout-28.jsonl': { falseAlarms: 5, anyRisk: 0.939, suicide: 0.875, partner_violence: 0.937, sexual_violence: 0.85, child_abuse: 0.916 },
    'risk-heldout-29.jsonl': { falseAlarms: 0, anyRisk: 0.946, suicide: 0.925, partner_violence: 0.937, sexual_violence: 1, child_abuse: 0.875 },
    'risk-heldout-30.jsonl': { falseAlarms: 3, anyRisk: 0.893, suicide: 0.95, partner_violence: 0.687, sexual_violence: 0.9, child_abuse: 0.75 },
    'risk-heldout-31.jsonl': { falseAlarms: 5, anyRisk: 0.871, suicide: 0.8, partner_violence: 0.843, sexual_violence: 0.7, child_abuse: 0.833 },
    'risk-heldout-32.jsonl': { falseAlarms: 3, anyRisk: 0.924, suicide: 0.95, partner_violence: 0.875, sexual_violence: 1, child_abuse: 0.75 },
    'risk-heldout-33.jsonl': { falseAlarms: 2, anyRisk: 0.871, suicide: 0.8, partner_violence: 0.875, sexual_violence: 0.7, child_abuse: 0.875 },
    'risk-heldout-34.jsonl': { falseAlarms: 2, anyRisk: 0.909, suicide: 0.85, partner_violence: 0.843, sexual_violence: 0.85, child_abuse: 0.958 },
    'risk-heldout-35.jsonl': { falseAlarms: 0, anyRisk: 0.916, suicide: 0.825, partner_violence: 0.906, sexual_violence: 1, child_abuse: 0.833 },
    'risk-heldout-36.jsonl': { falseAlarms: 4, anyRisk: 0.848, suicide: 0.725, partner_violence: 0.906, sexual_violence: 0.85, child_abuse: 0.833 },
    'risk-heldout-37.jsonl': { falseAlarms: 3, anyRisk: 0.81, suicide: 0.7, partner_violence: 0.812, sexual_violence: 0.8, child_abuse: 0.791 },
    'risk-heldout-38.jsonl': { falseAlarms: 4, anyRisk: 0.878, suicide: 0.9, partner_violence: 0.812, sexual_violence: 0.9, child_abuse: 0.708 },
    'risk-heldout-39.jsonl': { falseAlarms: 2, anyRisk: 0.916, suicide: 0.85, partner_violence: 0.843, sexual_violence: 1, child_abuse: 0.833 },
    'risk-heldout-40.jsonl': { falseAlarms: 2, anyRisk: 0.886, suicide: 0.875, partner_violence: 0.906, sexual_violence: 0.8, child_abuse: 0.791 },
    'risk-heldout-41.jsonl': { falseAlarms: 2, anyRisk: 0.916, suicide: 0.925, partner_violence: 0.843, sexual_violence: 0.6, child_abuse: 0.875 },
    'risk-heldout-42.jsonl': { falseAlarms: 1, anyRisk: 0.81, suicide: 0.675, partner_violence: 0.812, sexual_violence: 0.7, child_abuse: 0.875 },
    'risk-heldout-43.jsonl': { falseAlarms: 1, anyRisk: 0.878, suicide: 0.75, partner_violence: 0.968, sexual_violence: 0.85, child_abuse: 0.875 },
    'risk-heldout-44.jsonl': { falseAlarms: 6, anyRisk: 0.969, suicide: 0.925, partner_violence: 0.875, sexual_violence: 1, child_abuse: 0.916 },
    'risk-heldout-45.jsonl': { falseAlarms: 5, anyRisk: 0.878, suicide: 0.825, partner_violence: 0.812, sexual_violence: 0.95, child_abuse: 0.833 },
    'risk-heldout-46.jsonl': { falseAlarms: 4, anyRisk: 0.924, suicide: 0.9, partner_violence: 0.843, sexual_violence: 0.85, child_abuse: 1 },
    'risk-heldout-47.jsonl': { falseAlarms: 7, anyRisk: 0.878, suicide: 0.825, partner_violence: 0.937, sexual_violence: 0.9, child_abuse: 0.666 },
    'risk-heldout-48.jsonl': { falseAlarms: 7, anyRisk: 0.848, suicide: 0.9, partner_violence: 0.875, sexual_violence: 0.9, child_abuse: 0.625 },
    'risk-heldout-49.jsonl': { falseAlarms: 3, anyRisk: 0.863, suicide: 0.85, partner_violence: 0.687, sexual_violence: 0.85, child_abuse: 0.833 },
    'risk-heldout-50.jsonl': { falseAlarms: 4, anyRisk: 0.704, suicide: 0.8, partner_violence: 0.593, sexual_violence: 0.55, child_abuse: 0.541 },
    'risk-heldout-51.jsonl': { falseAlarms: 8, anyRisk: 0.84, suicide: 0.825, partner_violence: 0.937, sexual_violence: 0.9, child_abuse: 0.708 },
    'risk-heldout-52.jsonl': { falseAlarms: 4, anyRisk: 0.712, suicide: 0.65, partner_violence: 0.656, sexual_violence: 0.65, child_abuse: 0.625 },
    'risk-heldout-53.jsonl': { falseAlarms: 4, anyRisk: 0.863, suicide: 0.85, partner_violence: 0.843, sexual_violence: 0.9, child_abuse: 0.666 },
    'risk-heldout-54.jsonl': { falseAlarms: 2, anyRisk: 0.856, suicide: 0.875, partner_violence: 0.937, sexual_violence: 0.85, child_abuse: 0.708 },
    'risk-heldout-55.jsonl': { falseAlarms: 5, anyRisk: 0.893, suicide: 0.925, partner_violence: 0.812, sexual_violence: 0.95, child_abuse: 0.666 },
    'risk-heldout-56.jsonl': { falseAlarms: 4, anyRisk: 0.901, suicide: 0.925, partner_violence: 0.875, sexual_violence: 0.65, child_abuse: 0.833 },
    'risk-heldout-57.jsonl': { falseAlarms: 4, anyRisk: 0.818, suicide: 0.775, partner_violence: 0.875, sexual_violence: 0.85, child_abuse: 0.791 },
    'risk-heldout-58.jsonl': { falseAlarms: 6, anyRisk: 0.909, suicide: 0.875, partner_violence: 0.812, sexual_violence: 0.95, child_abuse: 0.833 },
    'risk-heldout-59.jsonl': { falseAlarms: 8, anyRisk: 0.901, suicide: 0.85, partner_violence: 0.843, sexual_violence: 0.9, child_abuse: 0.916 },
    'risk-heldout-60.jsonl': { falseAlarms: 4, anyRisk: 0.901, suicide: 0.85, partner_violence: 0.875, sexual_violence: 1, child_abuse: 0.791 },
    'risk-heldout-61.jsonl': { falseAlarms: 7, anyRisk: 0.886, suicide: 0.85, partner_violence: 0.781, sexual_violence: 0.8, child_abuse: 0.791 },
    'risk-heldout-62.jsonl': { falseAlarms: 7, anyRisk: 0.818, suicide: 0.8, partner_violence: 0.718, sexual_violence: 0.85, child_abuse: 0.708 },
  };

  it('has a floor for every held-out file but the first, whose floor is the target itself', () => {
    expect(Object.keys(HELDOUT_FLOORS)).toEqual(heldoutFiles().slice(1));
  });

  it.each(Object.entries(HELDOUT_FLOORS))('does not fall below its recorded floor on %s (recall targets not yet met there)', (file, floor) => {
    const evaluation = evaluateRisk(fixture(file));
    const recall = (category: string): number | undefined => evaluation.categories.find((c) => c.category === category)?.recall;
    expect(evaluation.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    expect(evaluation.anyRiskRecall).toBeGreaterThanOrEqual(floor.anyRisk);
    expect(recall('suicide')).toBeGreaterThanOrEqual(floor.suicide);
    expect(recall('partner_violence')).toBeGreaterThanOrEqual(floor.partner_violence);
    expect(recall('sexual_violence')).toBeGreaterThanOrEqual(floor.sexual_violence);
    expect(recall('child_abuse')).toBeGreaterThanOrEqual(floor.child_abuse);
  });

  it('keeps false alarms within 5% over every held-out negative together', () => {
    const totals = heldoutFiles().map((f) => evaluateRisk(fixture(f))).reduce((t, e) => ({ alarms: t.alarms + e.falseAlarms, negatives: t.negatives + e.negatives }), { alarms: 0, negatives: 0 });
    expect(totals.negatives).toBeGreaterThan(300);
    expect(totals.alarms / totals.negatives).toBeLessThanOrEqual(0.05);
  });

  const CLEAN_DEV_FILES = ['risk-dev.jsonl', 'risk-dev-terse.jsonl', 'risk-dev-slang.jsonl', 'risk-dev-narrative.jsonl', 'risk-dev-behaviour.jsonl', 'risk-dev-voices.jsonl'];
  // The later dev files, at what the rules scored when they were last widened: the lowest recall
  // over suicide, partner, sexual and child abuse, and the false alarms allowed. Raise, never lower.
  // One exception, measured and chosen: in round sixteen a laugh stopped silencing the backstop,
  // which heard 18 more held-out disclosures (set 37 any risk 0.67 -> 0.79) with no new held-out
  // false alarm, and cost one joke each in the emotion, lives and vague files (caps 3, 1, 6 -> 4, 2, 7).
  const DEV_FLOORS: Readonly<Record<string, { recall: number; falseAlarms: number }>> = {
    'risk-dev-aftermath.jsonl': { recall: 0.943, falseAlarms: 1 },
    'risk-dev-asking.jsonl': { recall: 0.9, falseAlarms: 3 },
    'risk-dev-buried.jsonl': { recall: 0.9, falseAlarms: 2 },
    'risk-dev-calm.jsonl': { recall: 0.5, falseAlarms: 5 },
    'risk-dev-care.jsonl': { recall: 0.968, falseAlarms: 2 },
    'risk-dev-checkins.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-children.jsonl': { recall: 0.911, falseAlarms: 1 },
    'risk-dev-consent.jsonl': { recall: 0.857, falseAlarms: 5 },
    'risk-dev-control.jsonl': { recall: 0.941, falseAlarms: 0 },
    'risk-dev-dark-humour.jsonl': { recall: 0.75, falseAlarms: 1 },
    'risk-dev-dictation.jsonl': { recall: 0.95, falseAlarms: 1 },
    'risk-dev-digital.jsonl': { recall: 0.968, falseAlarms: 0 },
    'risk-dev-emotion.jsonl': { recall: 0.875, falseAlarms: 4 },
    'risk-dev-everyday-family.jsonl': { recall: 0.875, falseAlarms: 9 },
    'risk-dev-everyday-things.jsonl': { recall: 1, falseAlarms: 5 },
    'risk-dev-exercises.jsonl': { recall: 0.98, falseAlarms: 1 },
    'risk-dev-families.jsonl': { recall: 0.97, falseAlarms: 0 },
    'risk-dev-figurative.jsonl': { recall: 0.7, falseAlarms: 0 },
    'risk-dev-formal.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-forwarded.jsonl': { recall: 0.52, falseAlarms: 3 },
    'risk-dev-fragments.jsonl': { recall: 0.975, falseAlarms: 0 },
    'risk-dev-heavy.jsonl': { recall: 0.8, falseAlarms: 14 },
    'risk-dev-lgbtq.jsonl': { recall: 0.84, falseAlarms: 5 },
    'risk-dev-lives.jsonl': { recall: 1, falseAlarms: 2 },
    'risk-dev-long.jsonl': { recall: 0.875, falseAlarms: 0 },
    'risk-dev-masked.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-midchat-safe.jsonl': { recall: 0.785, falseAlarms: 8 },
    'risk-dev-midchat.jsonl': { recall: 0.96, falseAlarms: 1 },
    'risk-dev-minimising.jsonl': { recall: 1, falseAlarms: 1 },
    'risk-dev-new-parents.jsonl': { recall: 0.772, falseAlarms: 3 },
    'risk-dev-older-safe.jsonl': { recall: 0.833, falseAlarms: 12 },
    'risk-dev-older.jsonl': { recall: 0.95, falseAlarms: 5 },
    'risk-dev-onlookers.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-pasted.jsonl': { recall: 0.64, falseAlarms: 3 },
    'risk-dev-phones-money.jsonl': { recall: 0.85, falseAlarms: 1 },
    'risk-dev-plain-safe.jsonl': { recall: 0.928, falseAlarms: 8 },
    'risk-dev-plain.jsonl': { recall: 0.875, falseAlarms: 2 },
    'risk-dev-questions.jsonl': { recall: 1, falseAlarms: 1 },
    'risk-dev-quoted.jsonl': { recall: 0.708, falseAlarms: 0 },
    'risk-dev-recovery.jsonl': { recall: 0.941, falseAlarms: 1 },
    'risk-dev-migrant.jsonl': { recall: 0.636, falseAlarms: 2 },
    'risk-dev-rural.jsonl': { recall: 0.863, falseAlarms: 2 },
    'risk-dev-hurried.jsonl': { recall: 0.866, falseAlarms: 3 },
    'risk-dev-short.jsonl': { recall: 0.833, falseAlarms: 5 },
    'risk-dev-heated-safe.jsonl': { recall: 1, falseAlarms: 9 },
    'risk-dev-family-safe.jsonl': { recall: 0.7, falseAlarms: 9 },
    'risk-dev-teens.jsonl': { recall: 0.852, falseAlarms: 7 },
    'risk-dev-faith.jsonl': { recall: 0.833, falseAlarms: 1 },
    'risk-dev-grief.jsonl': { recall: 0.852, falseAlarms: 4 },
    'risk-dev-work.jsonl': { recall: 0.875, falseAlarms: 1 },
    'risk-dev-worried.jsonl': { recall: 0.708, falseAlarms: 0 },
    'risk-dev-survivors.jsonl': { recall: 0.843, falseAlarms: 8 },
    'risk-dev-harmers.jsonl': { recall: 0.6, falseAlarms: 9 },
    'risk-dev-shifts.jsonl': { recall: 0.583, falseAlarms: 9 },
    'risk-dev-men.jsonl': { recall: 0.833, falseAlarms: 1 },
    'risk-dev-money.jsonl': { recall: 0.708, falseAlarms: 1 },
    'risk-dev-childhood.jsonl': { recall: 0.825, falseAlarms: 3 },
    'risk-dev-sideways.jsonl': { recall: 0.916, falseAlarms: 10 },
    'risk-dev-kin.jsonl': { recall: 0.783, falseAlarms: 5 },
    'risk-dev-eggshells.jsonl': { recall: 0.858, falseAlarms: 8 },
    'risk-dev-occasions.jsonl': { recall: 0.983, falseAlarms: 10 },
    'risk-dev-lookalikes.jsonl': { recall: 0.928, falseAlarms: 19 },
    // 46 before review: two past markers (a month, "at school") also let "I'm going to kill myself at school
    // tomorrow. I'm genuinely ok" be settled as healed; they went, and three look-alikes alarm again.
    // Then 51: a loss by suicide with "how do I…" was quiet even when it was "how do I go on"; only
    // practical questions (how do I tell, is it normal) settle it now, so two grief questions are asked about.
    'risk-dev-suicide-safe.jsonl': { recall: 0.775, falseAlarms: 47 },
    'risk-dev-partner-safe.jsonl': { recall: 0.825, falseAlarms: 22 },
    'risk-dev-child-everyday.jsonl': { recall: 0.99, falseAlarms: 4 },
    'risk-dev-sexual-everyday.jsonl': { recall: 0.975, falseAlarms: 9 },
    'risk-dev-coaching-raw.jsonl': { recall: 0.916, falseAlarms: 9 },
    'risk-dev-partner-coaching.jsonl': { recall: 0.92, falseAlarms: 10 },
    'risk-dev-checkin-despair.jsonl': { recall: 0.987, falseAlarms: 4 },
    // Round 26, four files written blind to take false alarms on: first contact as recorded here.
    'risk-dev-ending-it.jsonl': { recall: 0.842, falseAlarms: 8 },
    'risk-dev-die-hyperbole.jsonl': { recall: 0.9, falseAlarms: 15 },
    'risk-dev-heavy-everyday.jsonl': { recall: 0.8, falseAlarms: 5 },
    'risk-dev-partner-lookalikes.jsonl': { recall: 0.909, falseAlarms: 6 },
    'risk-dev-regional-safe.jsonl': { recall: 0.916, falseAlarms: 6 },
    'risk-dev-regional.jsonl': { recall: 0.95, falseAlarms: 2 },
    'risk-dev-replies.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-reported.jsonl': { recall: 0.6, falseAlarms: 2 },
    'risk-dev-retold.jsonl': { recall: 0.72, falseAlarms: 4 },
    'risk-dev-reversed.jsonl': { recall: 0.88, falseAlarms: 2 },
    'risk-dev-runons.jsonl': { recall: 0.885, falseAlarms: 2 },
    'risk-dev-second-language.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-unheard.jsonl': { recall: 1, falseAlarms: 0 },
    'risk-dev-updates.jsonl': { recall: 1, falseAlarms: 12 },
    'risk-dev-vague.jsonl': { recall: 1, falseAlarms: 7 },
    'risk-dev-venting.jsonl': { recall: 1, falseAlarms: 2 },
    'risk-dev-young.jsonl': { recall: 1, falseAlarms: 0 },
  };

  it('gives every dev file a gate: the clean list or a floor', () => {
    const gated = new Set([...CLEAN_DEV_FILES, ...Object.keys(DEV_FLOORS)]);
    expect(devFiles().map((f) => f.split('/').pop()).filter((name) => !gated.has(name as string))).toEqual([]);
  });

  it.each(Object.entries(DEV_FLOORS))('keeps the development file %s at its floor', (file, floor) => {
    const evaluation = evaluateRisk(fixture(file));
    expect(evaluation.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    for (const c of evaluation.categories.filter((x) => RECALL_TARGET_CATEGORIES.includes(x.category))) {
      expect(c.recall, c.category).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  it.each(CLEAN_DEV_FILES)(
    'keeps the development file %s clean: no false alarms above 2% and recall ≥ 0.98 on every category',
    (file) => {
      const evaluation = evaluateRisk(fixture(file));
      expect(evaluation.falseAlarmRate).toBeLessThanOrEqual(0.02);
      for (const c of evaluation.categories) expect(c.recall, c.category).toBeGreaterThanOrEqual(0.98);
    },
  );
});
