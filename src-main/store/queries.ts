import type Database from 'better-sqlite3';

export type Params = readonly unknown[] | Record<string, unknown>;

/** Prepared statements cached by their SQL text, per connection. */
export class Queries {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(protected readonly connection: Database.Database) {}

  protected statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  get<T>(sql: string, params: Params = []): T | undefined {
    return this.statement(sql).pluck(false).get(params) as T | undefined;
  }

  all<T>(sql: string, params: Params = []): T[] {
    return this.statement(sql).pluck(false).all(params) as T[];
  }

  value<T>(sql: string, params: Params = []): T | undefined {
    // Statements are shared by SQL text, so each call sets the mode it needs.
    return this.statement(sql).pluck(true).get(params) as T | undefined;
  }
}

/** A connection opened read-only: a method declared `read` cannot write, SQLite refuses it. */
export class ReadDb extends Queries {}
