import type { ReactNode } from "react";

import { Brand } from "./brand";
import { MainNav, type NavItem } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";

type AppShellProps = {
  children: ReactNode;
  nav?: NavItem[];
  homeHref?: string;
  projectSwitcher?: ReactNode;
  userMenu?: ReactNode;
};

export function AppShell({ children, nav = [], homeHref = "/", projectSwitcher, userMenu }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b bg-card/90 backdrop-blur supports-[backdrop-filter]:bg-card/75">
        <div className="mx-auto flex h-14 w-full max-w-7xl items-center gap-3 px-4 sm:px-6">
          <Brand href={homeHref} />
          {projectSwitcher ? <div className="hidden min-w-0 md:block">{projectSwitcher}</div> : null}
          <MainNav items={nav} />
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            {userMenu}
          </div>
        </div>
        {projectSwitcher || nav.length > 0 ? (
          <div className="border-t px-4 py-2 md:hidden">
            {/* The switcher takes its own line when the links leave it too little room for a name. */}
            <div className="flex flex-wrap items-center gap-2">
              {projectSwitcher}
              <MainNav items={nav} mobile />
            </div>
          </div>
        ) : null}
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
