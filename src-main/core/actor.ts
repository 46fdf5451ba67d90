import type { Role } from './method';

/** Who is calling: a person signed in to the hub, the admin token, or the local desktop user. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}
