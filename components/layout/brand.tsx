import Link from "next/link";

export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="7" className="fill-primary" />
        <path
          d="M9 11c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zm0 0v10c0 1.7 3.1 3 7 3s7-1.3 7-3V11M9 16c0 1.7 3.1 3 7 3s7-1.3 7-3"
          fill="none"
          className="stroke-primary-foreground"
          strokeWidth="2"
        />
      </svg>
      <span>Cache Console</span>
    </Link>
  );
}
