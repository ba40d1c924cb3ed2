// Runs once in each server process before it handles requests (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installSocketAddressHeader } = await import("./lib/auth/socket-address");
    installSocketAddressHeader();
  }
}
