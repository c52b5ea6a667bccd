import type { ReactNode } from "react";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** Plain text for the label shown beside each value when the table collapses into cards. */
  label: string;
  cell: (row: Row) => ReactNode;
  align?: "start" | "end";
  /** Hidden from the collapsed (phone) view when it adds nothing there, e.g. an actions column label. */
  hideLabelWhenCollapsed?: boolean;
}

export interface TableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footer?: ReactNode;
}

/**
 * A real <table> on wide screens; under 640px each row becomes a stacked card whose cells carry
 * their column label (data-label), so nothing scrolls sideways on a phone.
 */
export function Table<Row>({ caption, columns, rows, rowKey, footer }: TableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === "end" ? "align-end" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td
                  key={c.key}
                  data-label={c.hideLabelWhenCollapsed === true ? undefined : c.label}
                  className={c.align === "end" ? "align-end" : undefined}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer !== undefined && <div className="table-footer">{footer}</div>}
    </div>
  );
}
