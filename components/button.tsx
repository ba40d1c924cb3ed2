import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "quiet";
export type ButtonSize = "md" | "sm";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:cursor-not-allowed";

const SIZES: Record<ButtonSize, string> = {
  md: "min-h-10 px-4 py-2",
  sm: "min-h-8 px-3 py-1",
};

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-200 disabled:text-slate-600",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:border-slate-400 hover:bg-slate-50 disabled:text-slate-500",
  ghost: "text-brand-700 hover:bg-brand-50 disabled:text-slate-500",
  // Destructive but not shouting: the page stays calm until the user means it.
  danger:
    "border border-red-300 bg-white text-red-800 hover:border-red-400 hover:bg-red-50 disabled:text-slate-500",
  // The old name for ghost, kept so existing call sites read the same.
  quiet: "text-brand-700 hover:bg-brand-50 disabled:text-slate-500",
};

/** The classes of a button, for a link that should look like one (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md") {
  return `${BASE} ${SIZES[size]} ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}
