/** Everything the `/forget` flow says. */
export const forgetCopy = {
  confirm: 'This erases everything I have stored about you: your answers, your progress and your journal. It cannot be undone. Erase it all?',
  yes: 'Yes, erase everything',
  no: 'No, keep it',
  kept: "Okay, nothing has been erased. Let's carry on.",
} as const;
