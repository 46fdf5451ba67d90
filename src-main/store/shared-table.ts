/**
 * A table whose rows replicate between instances. Its rows are written only through
 * `WriteTx.insert/update`, which record each field change with a hybrid-logical-clock stamp.
 */
export interface SharedTable<Columns extends string> {
  name: string;
  columns: readonly Columns[];
}

export function sharedTable<const Columns extends string>(name: string, columns: readonly Columns[]): SharedTable<Columns> {
  return { name, columns };
}

export type RowOf<T> = T extends SharedTable<infer C> ? Partial<Record<C, unknown>> : never;
