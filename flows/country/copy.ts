/** What the `/country` flow says. */
export const countryCopy = {
  current: (name: string) => `I show crisis lines for ${name}. Is that where you are?`,
  unknown: "I don't know which country you're in yet, so I show a worldwide helpline directory. Where are you?",
  keep: "Yes, that's right",
  set: (name: string) => `Done — I'll show help for ${name}.`,
  emergency: (number: string | null) =>
    number ? `In an emergency there, call ${number}.` : 'In an emergency, call your local emergency number.',
  unchanged: 'Okay, nothing changed.',
  pick: 'Please pick one of the buttons, or type /back to leave it as it is.',
};
