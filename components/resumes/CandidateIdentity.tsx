import type { Occupation } from '@/lib/occupation';
import type { Contact } from '@/lib/structure/contact';

/** "accountant" as ESCO writes it, with its ISCO-08 group: "Accountant · ISCO 2411 Accountants". */
export function occupationText(occupation: Occupation): string {
  const label = occupation.label.charAt(0).toUpperCase() + occupation.label.slice(1);
  return `${label} · ISCO ${occupation.isco} ${occupation.iscoLabel}`;
}

/**
 * Who the resume is about, as read from it: name, email, phone, location, links and the occupation its headline and
 * recent roles name. Says so when a field is not in the resume; under blind review only the occupation shows.
 */
export function CandidateIdentity({
  contact,
  occupation,
  blind = false,
}: {
  contact: Contact | null;
  occupation: Occupation | null;
  blind?: boolean;
}) {
  const missing = <span className="text-slate-600">Not found in the resume</span>;
  const rows: [string, React.ReactNode][] = [];
  if (blind) {
    rows.push(['Contact details', <span className="text-slate-600">Hidden for blind review</span>]);
  } else if (!contact) {
    rows.push(['Contact details', <span className="text-slate-600">Not read yet</span>]);
  } else {
    rows.push(['Name', contact.name ?? missing]);
    rows.push([
      'Email',
      contact.email ? (
        <a href={`mailto:${contact.email}`} className="text-blue-700 underline underline-offset-2">
          {contact.email}
        </a>
      ) : (
        missing
      ),
    ]);
    rows.push(['Phone', contact.phone ?? missing]);
    rows.push(['Location', contact.location ?? missing]);
    rows.push([
      'Links',
      contact.links.length ? (
        <ul className="space-y-0.5">
          {contact.links.map((link) => (
            <li key={link} className="break-all">
              {/* Read from the resume as a host and path (lib/structure/contact.ts): opened over https, never as a script. */}
              <a
                href={/^https?:\/\//i.test(link) ? link : `https://${link}`}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-blue-700 underline underline-offset-2"
              >
                {link}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        missing
      ),
    ]);
  }
  rows.push([
    'Occupation',
    occupation ? (
      occupationText(occupation)
    ) : (
      <span className="text-slate-600">No occupation named in the headline or recent roles</span>
    ),
  ]);
  return (
    <dl
      className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]"
      aria-label="Candidate details"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          {/* min-w-0 and anywhere: a long email or link wraps inside the column instead of widening the page. */}
          <dd className="min-w-0 [overflow-wrap:anywhere] text-slate-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
