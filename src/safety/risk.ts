/** The kinds of danger the crisis screen recognises. */
export type RiskCategory =
  | 'suicide'
  | 'self_harm'
  | 'partner_violence'
  | 'sexual_violence'
  | 'child_abuse'
  | 'emergency';

/**
 * How strongly a message signals danger:
 * `possible` — ambiguous; ask one direct, caring question.
 * `high` — clear risk; give resources and check in.
 * `imminent` — happening now or about to; urge emergency services first.
 */
export type RiskLevel = 'possible' | 'high' | 'imminent';

/** All categories, in the order resources are shown when several apply. */
export const RISK_CATEGORIES: readonly RiskCategory[] = [
  'emergency',
  'suicide',
  'self_harm',
  'partner_violence',
  'sexual_violence',
  'child_abuse',
];

/**
 * What the crisis screen found in one message.
 *
 * @example { category: 'suicide', level: 'high', timeframe: 'ongoing' }
 */
export interface Risk {
  /** The most urgent kind of danger found. */
  category: RiskCategory;
  /** How strong the signal is. */
  level: RiskLevel;
  /** Whether it is happening now or is about the past, when the screen can tell. */
  timeframe?: 'ongoing' | 'past';
  /** True when the message is about someone else ("asking for a friend", "my sister"). */
  thirdParty?: boolean;
  /**
   * True when the writer says they did the harm, or fear they will ("I slapped her", "I'm scared
   * of what I'll do to him"): someone else is in danger from the writer. `thirdParty` is true too.
   */
  byWriter?: boolean;
}

/**
 * Whose danger a crisis is about, for the people an operator routes crisis events to:
 * `own` — the writer's; `someone_else` — someone the writer tells of (a friend, a sister's child);
 * `caused_by_writer` — someone the writer says they hurt, or fear they will.
 */
export type DangerWhose = 'own' | 'someone_else' | 'caused_by_writer';

/**
 * Reads whose danger a risk is about from its flags.
 *
 * @example whoseDanger({ thirdParty: true, byWriter: true }) // 'caused_by_writer'
 */
export function whoseDanger(flags: { thirdParty?: boolean; byWriter?: boolean }): DangerWhose {
  if (flags.byWriter) return 'caused_by_writer';
  return flags.thirdParty ? 'someone_else' : 'own';
}

/**
 * The crisis screen's contract: a pure function of the text alone, with no stored state, so
 * it answers even when the session store is down. It must be fast (well under a millisecond).
 */
export type RiskScreen = (text: string) => Risk | null;
