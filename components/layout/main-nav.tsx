"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";

/** `match` is the path that marks the item current when `href` carries a query (the project, on /users). */
export type NavItem = { href: string; label: string; exact?: boolean; match?: string };

export function MainNav({ items, mobile = false }: { items: NavItem[]; mobile?: boolean }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  const path = (i: NavItem) => i.match ?? i.href;
  const activeHref = items
    .filter((i) =>
      i.exact ? pathname === path(i) : pathname === path(i) || pathname.startsWith(`${path(i)}/`),
    )
    .sort((a, b) => path(b).length - path(a).length)[0]?.href;
  return (
    <nav
      aria-label="Main"
      className={cn(mobile ? "flex flex-wrap md:hidden" : "hidden md:flex", "items-center gap-1")}
    >
      {items.map((item) => {
        const active = item.href === activeHref;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
              mobile ? "px-2" : "px-3",
              active && "bg-muted text-foreground",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
