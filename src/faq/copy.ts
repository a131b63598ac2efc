/** Answers to the questions people ask most, in short messages. Edit freely; keep them honest. */
import { say, type Reply } from '../reply.ts';

/** The questions the FAQ recognises. */
export type FaqTopic = 'how-long' | 'infidelity' | 'cant-rebuild' | 'forgiveness' | 'therapist';

/** One answer per topic, one idea per message. */
export const ANSWERS: Record<FaqTopic, Reply[]> = {
  'how-long': [
    say('Honestly: usually months, sometimes a year or more. It depends on how deep the hurt went, how steady the repair is, and whether you both keep at it.'),
    say('It tends to come back in small steps, with setbacks on the way. A weekly /checkin helps you see movement you might otherwise miss.'),
  ],
  infidelity: [
    say('Yes — many relationships do recover after an affair, usually with full openness, steady effort from both people over a long time, and often a counsellor’s help.'),
    say('It tends to take longer than other hurts, and setbacks are normal. Whether to try is your choice alone, and leaving is a valid choice too.'),
  ],
  'cant-rebuild': [
    say("Sometimes trust can't be rebuilt — for instance when the hurt keeps repeating, or you don't feel safe. Then ending the relationship may be the healthiest choice."),
    say("That isn't failure. Putting your wellbeing and your boundaries first is a way of trusting yourself. A counsellor can help you think it through."),
  ],
  forgiveness: [
    say("No. Forgiveness can help, but it isn't required to rebuild trust, or to move on."),
    say("If it comes, it means loosening resentment's hold on you — not forgetting, and not saying it was OK. It happens at your own pace."),
  ],
  therapist: [
    say("It's often a good idea. For deep hurt, a counsellor — together, or just for you — gives you a steady structure, practical tools and a protected space to talk. I'm an automated coach, so I can't replace one."),
    say('It matters most when talks keep ending in fights, the betrayal was severe or repeated, or someone feels unsafe. Where someone feels controlled or afraid, start with counselling just for yourself.'),
    say('To find one: ask your doctor for a referral, search your country’s directory of licensed couples and family therapists, or check whether your workplace offers an employee assistance programme.'),
  ],
};
