import type { Archetype } from './companies';
import { firstNames, surnames, type Person } from './names';
import type { Town } from './places';
import type { Rng } from './prng';
import { slug } from './text';
import type { DemoContactInput } from './types';

/** People at the client: names, roles, e-mail on the company domain, Italian phone numbers. */

export type EmailStyle = 'first.last' | 'f.last' | 'first';

const mailboxes: Record<string, string> = {
  Segreteria: 'segreteria',
  Amministrazione: 'amministrazione',
  Reception: 'reception',
  Accettazione: 'accettazione',
  'Ufficio Protocollo': 'protocollo',
  'Ufficio Acquisti': 'acquisti',
  'Ufficio acquisti': 'acquisti',
  'Ufficio traffico': 'traffico',
};

/** Roles reached on a mobile; the rest on the office line. */
const mobileRoles = /Titolare|Referente|Responsabile|Direttore|Dirigente|Amministratore|Presidente|Socio|Notaio|Capo|Coordinat|Animatore/;

const mobilePrefixes = ['320', '328', '329', '333', '334', '335', '338', '339', '340', '345', '347', '348', '349', '366', '380', '388', '389', '392', '393'];

const contactNotes = [
  'Preferisce essere contattato via e-mail.',
  'Autorizza interventi fino a 500 € senza preventivo.',
  'In sede solo al mattino.',
  'Ha le chiavi del locale tecnico.',
  'Da contattare per fatture e rinnovi.',
  'Reperibile nel fine settimana solo per emergenze.',
];

export class PeoplePicker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A name not yet used at this client; `last` fixes the surname (the family's head). */
  person(last?: string): Person {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const person = { first: this.rng.pick(firstNames), last: last ?? this.rng.pick(surnames) };
      const key = `${person.first} ${person.last}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return person;
      }
    }
    return { first: this.rng.pick(firstNames), last: this.rng.pick(surnames) };
  }
}

export function mobilePhone(rng: Rng): string {
  return `+39 ${rng.pick(mobilePrefixes)} ${rng.int(100, 999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

export function landline(rng: Rng, town: Town): string {
  const digits = 10 - town.area.length;
  const number = String(rng.int(10 ** (digits - 1) * 2, 10 ** digits - 1));
  return `+39 ${town.area} ${number}`;
}

export interface ContactContext {
  rng: Rng;
  people: PeoplePicker;
  domain: string;
  emailStyle: EmailStyle;
}

export function contact(context: ContactContext, role: string, town: Town, surname?: string): { contact: DemoContactInput; person: Person } {
  const { rng, domain, emailStyle } = context;
  const person = context.people.person(surname);
  const first = slug(person.first);
  const last = slug(person.last);
  const mailbox = mailboxes[role];
  const local =
    mailbox && rng.chance(0.5)
      ? mailbox
      : emailStyle === 'first.last'
        ? `${first}.${last}`
        : emailStyle === 'f.last'
          ? `${first[0]}.${last}`
          : first;
  return {
    person,
    contact: {
      name: `${person.first} ${person.last}`,
      role,
      email: `${local}@${domain}`,
      phone: mobileRoles.test(role) && rng.chance(0.8) ? mobilePhone(rng) : landline(rng, town),
      notes: rng.chance(0.12) ? rng.pick(contactNotes) : '',
    },
  };
}

/**
 * Client-level contacts: the head of the organisation always (carrying the family name when the
 * business is named after one), then one to three more roles.
 */
export function clientContacts(context: ContactContext, archetype: Archetype, town: Town, family?: string): { contacts: DemoContactInput[]; owner: Person } {
  const { rng } = context;
  const [head, ...others] = archetype.roles;
  const extra = rng.shuffle(others).slice(0, rng.int(1, Math.min(3, others.length)));
  const first = contact(context, head ?? 'Titolare', town, family);
  return { owner: first.person, contacts: [first.contact, ...extra.map((role) => contact(context, role, town).contact)] };
}
