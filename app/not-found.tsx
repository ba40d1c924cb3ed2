import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-brand-700 text-sm font-semibold">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="link mt-6 inline-block">
        Go to your home page
      </Link>
    </main>
  );
}
