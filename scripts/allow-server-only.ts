import { register } from "node:module";

// `server-only` throws unless bundled for React Server Components; a script run by tsx is server code too,
// so resolve it to an empty module. Import this first, then load lib/data with a dynamic import().
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export%20{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
