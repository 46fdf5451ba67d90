import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { Queries } from './queries';

it('answers rows from get and all even after value read the same SQL', () => {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('a')");
  const queries = new Queries(db);
  expect(queries.value('SELECT name FROM t')).toBe('a');
  expect(queries.get('SELECT name FROM t')).toEqual({ name: 'a' });
  expect(queries.all('SELECT name FROM t')).toEqual([{ name: 'a' }]);
  expect(queries.value('SELECT name FROM t')).toBe('a');
});
