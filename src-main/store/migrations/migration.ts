export interface Migration {
  /** `NNNN_name`, in the order they apply. Never renamed or edited once released: add a new one. */
  name: string;
  sql: string;
}
