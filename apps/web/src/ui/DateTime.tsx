const dateTimeFormat = new Intl.DateTimeFormat("en-AU", { dateStyle: "medium", timeStyle: "short" });
const dateFormat = new Intl.DateTimeFormat("en-AU", { dateStyle: "medium" });

/** An ISO timestamp from the API, in the reader's time zone. */
export function DateTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <span>—</span>;
  return <time dateTime={value}>{(dateOnly ? dateFormat : dateTimeFormat).format(date)}</time>;
}
