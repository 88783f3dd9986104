import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { loadConfig } from '@/lib/config';
import './globals.css';

const description =
  'Match resumes to jobs locally: ranked jobs for candidates, ranked candidates for recruiters.';

// Settings are read when a page renders, not when the module loads: importing the layout reads none.
export function generateMetadata(): Metadata {
  const { publicUrl } = loadConfig();
  return {
    title: { default: 'Rolefit', template: '%s · Rolefit' },
    description,
    // A link shared in chat or mail previews with the card in public/, when the app knows its own address.
    ...(publicUrl
      ? {
          metadataBase: new URL(publicUrl),
          openGraph: {
            siteName: 'Rolefit',
            description,
            images: [
              {
                url: '/social-card.png',
                width: 1200,
                height: 630,
                alt: 'Rolefit: resumes and jobs matched locally',
              },
            ],
          },
          twitter: { card: 'summary_large_image' },
        }
      : {}),
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-blue-700 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:px-4 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:py-8"
        >
          {children}
        </main>
        <footer className="border-t border-slate-200">
          <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-600">
            Rolefit runs on this machine: resumes and jobs are matched locally and no data leaves it.
          </p>
        </footer>
      </body>
    </html>
  );
}
