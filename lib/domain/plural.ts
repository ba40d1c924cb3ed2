/** A count with its noun: "1 contact", "3 contacts", "2 people" (pass the plural when it isn't noun + s). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
