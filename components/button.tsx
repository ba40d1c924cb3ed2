import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "quiet";
export type ButtonSize = "md" | "sm";

// The classes themselves are written once, in app/globals.css (.btn and its sizes and variants).
const SIZES: Record<ButtonSize, string> = { md: "", sm: " btn-sm" };

const VARIANTS: Record<ButtonVariant, string> = {
  primary: " btn-primary",
  secondary: " btn-secondary",
  ghost: " btn-ghost",
  danger: " btn-danger",
  // The old name for ghost, kept so existing call sites read the same.
  quiet: " btn-ghost",
};

/** The classes of a button, for a link that should look like one (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md") {
  return `btn${SIZES[size]}${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return (
    <button
      className={className ? `${buttonClass(variant, size)} ${className}` : buttonClass(variant, size)}
      {...props}
    />
  );
}
