import type { Role } from './method';

/** Who is calling: a person signed in to the hub, the admin token, or the local desktop user. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/** The holder of the hub's admin bearer token (and of the one-time sign-in link it prints): not a person's account. */
export const tokenAdmin: Actor = { id: 'admin-token', name: 'Administrator', role: 'admin' };
