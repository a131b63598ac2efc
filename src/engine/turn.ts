import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput } from '../../flows/flow.ts';
import type { Inbound } from '../inbound.ts';
import type { Reply } from '../reply.ts';
import type { Risk } from '../safety/risk.ts';
import type { FlowFrame, Session } from '../session.ts';
import { matchChoice } from './choice-match.ts';
import { looksLikeCommand, parseCommand, type ParsedCommand } from './commands.ts';
import { engineCopy } from './copy.ts';
import { sendToFlow, startFlow, type FlowStep } from './flow-runner.ts';
import { buildMenu, HELP_NOW_CHOICE, MENU_PREFIX } from './menu.ts';

/** Choice id that opens the main menu from any message's buttons. */
export const NAV_MENU_CHOICE = 'nav:menu';
/** How many journal entries are kept; the oldest go first. */
const JOURNAL_LIMIT = 500;

/** The flows a turn can run and the few the engine needs to know by role. */
export interface TurnFlows {
  /** Every registered flow by id. */
  byId: ReadonlyMap<string, FlowDefinition>;
  /** Every registered flow, in registration order (menu order comes from each flow's entry). */
  list: readonly FlowDefinition[];
  /** Slash commands that start a flow, e.g. `checkin`. */
  commands: ReadonlySet<string>;
  /** The flow that greets and sets a person up. */
  onboarding: string;
  /** The flow that interrupts everything when the crisis screen finds risk. */
  crisis: string;
  /** The flow that confirms and performs `/forget`. */
  forget: string;
}

/** Everything a turn needs besides the session and the message. */
export interface TurnContext {
  flows: TurnFlows;
  /** Answers common questions typed anywhere ("how long does this take?"), or returns null. */
  faq?: (text: string) => Reply[] | null;
  /** The time of the turn (ms since epoch). */
  now: number;
}

/** A safety event a flow raised, for the operator's escalation hook (no text). */
export type FlowEscalation = Omit<Extract<FlowEmitted, { type: 'escalate' }>, 'type'>;

/** What a turn produced. */
export interface TurnResult {
  /** The session to store (the same object, changed). */
  session: Session;
  /** What to send, in order. */
  replies: Reply[];
  /** True when the person confirmed `/forget`: erase instead of storing. */
  erase: boolean;
  /** Safety events the operator's escalation hook should hear about (no text). */
  escalations: FlowEscalation[];
}

/**
 * Runs one message through a session: global commands, the crisis interrupt, the running
 * flow, the menu. Pure apart from the session it changes — no I/O — so it is easy to test and
 * safe to retry when the store reports a conflict.
 *
 * @example const { replies } = runTurn(context, session, inbound, screenText(inbound.text ?? ''));
 */
export function runTurn(context: TurnContext, session: Session, inbound: Inbound, risk: Risk | null): TurnResult {
  const turn = new Turn(context, session, inbound);
  turn.run(risk);
  return { session, replies: turn.replies, erase: turn.erase, escalations: turn.escalations };
}

class Turn {
  readonly replies: Reply[] = [];
  readonly escalations: FlowEscalation[] = [];
  erase = false;

  constructor(
    private readonly context: TurnContext,
    private readonly session: Session,
    private readonly inbound: Inbound,
  ) {}

  run(risk: Risk | null): void {
    const { inbound, session } = this;
    session.updatedAt = this.context.now;
    if (risk) return this.crisis(risk);
    if (inbound.media) return this.media(inbound.media);
    if (inbound.choice !== undefined) return this.choice(inbound.choice);
    const text = inbound.text?.trim() ?? '';
    if (inbound.edited) return void this.replies.push({ text: engineCopy.edited });
    if (!text) {
      this.replies.push({ text: engineCopy.empty });
      return this.reshow();
    }
    const command = parseCommand(text, this.context.flows.commands);
    if (command) return this.command(command);
    if (looksLikeCommand(text)) {
      this.replies.push({ text: engineCopy.unknownCommand(text.split(/\s/)[0]!) });
      return this.reshow();
    }
    this.freeText(text);
  }

  // ── what arrives ────────────────────────────────────────────────────────────

  private crisis(risk: Risk): void {
    const top = this.top();
    const crisisId = this.context.flows.crisis;
    if (top?.flow === crisisId && risk.level !== 'imminent' && this.inbound.text) {
      if (this.deliver({ type: 'TEXT', text: this.inbound.text, at: this.context.now })) return;
    }
    if (top?.flow === crisisId) this.session.stack.pop();
    const args: Record<string, string> = { category: risk.category, level: risk.level };
    if (risk.timeframe) args.timeframe = risk.timeframe;
    if (risk.thirdParty) args.thirdParty = 'true';
    if (risk.byWriter) args.byWriter = 'true';
    this.start(this.context.flows.crisis, args);
  }

  private media(kind: NonNullable<Inbound['media']>): void {
    this.replies.push({ text: engineCopy.media[kind] });
    this.reshow();
  }

  private choice(id: string): void {
    if (id === HELP_NOW_CHOICE) return this.helpNow();
    if (id === NAV_MENU_CHOICE) return this.navigate('menu');
    if (id.startsWith(MENU_PREFIX)) return this.navigate(id.slice(MENU_PREFIX.length));
    if (!this.top()) {
      if (!this.session.profile.onboardedAt) return this.start(this.context.flows.onboarding);
      this.replies.push({ text: engineCopy.staleButton });
      return this.showMenu();
    }
    if (this.deliver({ type: 'CHOICE', id, at: this.context.now })) return;
    this.replies.push({ text: engineCopy.staleButton });
    this.reshow();
  }

  private command(command: ParsedCommand): void {
    if (command.kind === 'flow') return this.navigate(command.name);
    const profile = this.session.profile;
    switch (command.name) {
      case 'start':
        if (profile.paused) {
          profile.paused = false;
          this.replies.push({ text: engineCopy.unpaused });
        }
        if (this.holdsFloor()) return this.navigate('start');
        if (!profile.onboardedAt) {
          this.session.stack = [];
          return this.start(this.context.flows.onboarding);
        }
        this.replies.push({ text: engineCopy.welcomeBack });
        return this.navigate('menu');
      case 'menu':
        return this.navigate('menu');
      case 'help':
        this.replies.push({
          text: [engineCopy.help.join('\n'), engineCopy.helpCommandsExtra([...this.context.flows.commands])]
            .filter(Boolean)
            .join('\n'),
          choices: [{ id: HELP_NOW_CHOICE, label: engineCopy.menuHelpNow }],
        });
        return this.reshow();
      case 'help_now':
        return this.helpNow();
      case 'about':
        for (const text of engineCopy.about) this.replies.push({ text });
        return this.reshow();
      case 'stop':
        profile.paused = true;
        for (const text of engineCopy.stopped) this.replies.push({ text });
        return;
      case 'forget':
        return this.start(this.context.flows.forget);
      case 'back':
        if (!this.top()) return this.showMenu();
        if (this.deliver({ type: 'BACK', at: this.context.now })) return;
        if (this.holdsFloor()) return this.reshow();
        this.replies.push({ text: engineCopy.nothingToGoBack });
        return this.showMenu();
    }
  }

  private freeText(text: string): void {
    const top = this.top();
    if (!top && !this.session.profile.onboardedAt) return this.start(this.context.flows.onboarding);
    const choices = top ? top.prompt?.choices : this.session.lastPrompt?.choices;
    const exact = matchChoice(text, choices, false);
    if (exact !== undefined) return this.choice(exact);
    // A common question ("how long does this take?") is answered wherever it is typed. Where the
    // flow takes free text (a reflection), it still gets it, so nothing the person wrote is lost.
    const answer = this.context.faq?.(text) ?? [];
    const mark = this.replies.length;
    if (top && this.deliver({ type: 'TEXT', text, at: this.context.now })) {
      this.replies.splice(mark, 0, ...answer);
      return;
    }
    if (answer.length) {
      this.replies.push(...answer);
      return this.reshow();
    }
    const partial = matchChoice(text, choices, true);
    if (partial !== undefined) return this.choice(partial);
    this.replies.push({ text: top ? engineCopy.nudgeButtons : engineCopy.nudgeAtMenu });
    this.reshow();
  }

  // ── moving between flows ────────────────────────────────────────────────────

  private helpNow(): void {
    if (this.top()?.flow === this.context.flows.crisis) this.session.stack.pop();
    this.start(this.context.flows.crisis, { reason: 'help_now' });
  }

  /** Goes to `target` (a flow id, `menu` or `start`) unless a flow holds the floor. */
  private navigate(target: string): void {
    if (this.holdsFloor()) {
      if (!this.deliver({ type: 'NAVIGATE', to: target, at: this.context.now })) this.reshow();
      return;
    }
    this.session.stack = [];
    if (target === 'menu' || target === 'start') return this.showMenu();
    this.start(target);
  }

  private start(flowId: string, args: Record<string, string> = {}): void {
    const flow = this.context.flows.byId.get(flowId);
    if (!flow) return this.showMenu();
    this.session.stack.push({ flow: flow.id, version: flow.version, snapshot: undefined });
    // Every flow learns where the person is, so resources can fit their region.
    const where: Record<string, string> = {};
    if (this.inbound.locale) where.locale = this.inbound.locale;
    if (this.inbound.timeZone) where.timeZone = this.inbound.timeZone;
    this.apply(flow, startFlow(flow, this.input({ ...where, ...args })));
  }

  /** Sends an event to the top flow; false when its current state does not take it. */
  private deliver(event: FlowEvent): boolean {
    const frame = this.top();
    if (!frame) return false;
    const flow = this.context.flows.byId.get(frame.flow);
    if (!flow) {
      this.session.stack.pop();
      this.showMenu();
      return true;
    }
    const step = sendToFlow(flow, frame, this.input({}), event);
    if (!step.accepted && !step.restarted) return false;
    this.apply(flow, step);
    return true;
  }

  private apply(flow: FlowDefinition, step: FlowStep): void {
    const stack = this.session.stack;
    if (step.error !== undefined) {
      stack.pop();
      this.replies.push({ text: engineCopy.flowBroke });
      return this.showMenu();
    }
    if (step.restarted) this.replies.push({ text: engineCopy.restarted(flow.title) });
    const frame: FlowFrame = { ...step.frame, prompt: stack.at(-1)?.prompt };
    stack[stack.length - 1] = frame;
    for (const emitted of step.emitted) this.effect(emitted, frame);
    if (!step.done) return;
    stack.pop();
    const output = step.output ?? {};
    if (output.erase) {
      this.erase = true;
      for (const text of engineCopy.erased) this.replies.push({ text });
      return;
    }
    if (output.next) return output.next === 'menu' ? this.navigate('menu') : this.start(output.next, output.args);
    if (!stack.length) return this.showMenu();
    if (!this.deliver({ type: 'RESUME', at: this.context.now })) {
      // A flow that said goodbye already needs no second "let's pick up" line.
      if (!step.emitted.some((e) => e.type === 'reply')) this.replies.push({ text: engineCopy.resumed });
      this.reshow();
    }
  }

  private effect(emitted: FlowEmitted, frame: FlowFrame): void {
    const session = this.session;
    switch (emitted.type) {
      case 'reply':
        this.replies.push(emitted.reply);
        frame.prompt = emitted.reply;
        return;
      case 'remember':
        session.profile = { ...session.profile, ...emitted.patch };
        return;
      case 'journal':
        if (session.profile.consent === false) return;
        session.journal.push({ ...emitted.entry, at: this.context.now });
        if (session.journal.length > JOURNAL_LIMIT) session.journal.splice(0, session.journal.length - JOURNAL_LIMIT);
        return;
      case 'escalate':
        this.escalations.push({ category: emitted.category, level: emitted.level, whose: emitted.whose });
        return;
    }
  }

  // ── showing where we are ────────────────────────────────────────────────────

  private showMenu(): void {
    this.session.stack = [];
    const menu = buildMenu(this.context.flows.list, this.session.profile, this.context.flows.onboarding);
    this.session.lastPrompt = menu;
    this.replies.push(menu);
  }

  /** Shows the current question again (or the menu when nothing is running). */
  private reshow(): void {
    const top = this.top();
    if (!top) return this.showMenu();
    if (top.prompt) this.replies.push(top.prompt);
  }

  private top(): FlowFrame | undefined {
    return this.session.stack.at(-1);
  }

  private holdsFloor(): boolean {
    const top = this.top();
    return top !== undefined && this.context.flows.byId.get(top.flow)?.holdsFloor === true;
  }

  private input(args: Record<string, string>): FlowInput {
    return { profile: this.session.profile, journal: this.session.journal, now: this.context.now, args };
  }
}
