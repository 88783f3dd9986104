import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/auth/CreateTokenForm';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Badge } from '@/components/ui/Chip';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import { requireRecruiter } from '@/services/session';
import { createToken, revokeTokenAction } from './actions';
import { listApiTokens } from '@/services/auth';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API tokens' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export default async function TokensPage() {
  const recruiter = await requireRecruiter('/recruiter/tokens');
  const tokens = await listApiTokens(recruiter.id);

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">API tokens</h1>
        <p className="text-slate-700">
          Scripts use a token to call the recruiter API as you: send it as{' '}
          <code>Authorization: Bearer &lt;token&gt;</code>, for example{' '}
          <code className="break-all">
            curl -H &apos;Authorization: Bearer rf_…&apos; http://localhost:3000/api/jobs
          </code>
          . A token sees what you see; revoke it as soon as a script no longer needs it.
        </p>
      </div>

      <section aria-labelledby="new-token-heading" className="max-w-3xl space-y-3">
        <h2 id="new-token-heading" className="text-xl font-semibold">
          Create a token
        </h2>
        <Card>
          <CreateTokenForm action={createToken} />
        </Card>
      </section>

      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          Your tokens ({tokens.length})
        </h2>
        {tokens.length ? (
          <TableScroll label="Your API tokens">
            <Table className="min-w-[40rem]">
              <thead>
                <tr>
                  <Th>Name</Th>
                  <Th>Created</Th>
                  <Th>Last used</Th>
                  <Th>Status</Th>
                  <Th>
                    <span className="sr-only">Action</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id}>
                    <Td className="font-semibold break-all">{t.name}</Td>
                    <Td>{dateFormat.format(t.createdAt)}</Td>
                    <Td>
                      {t.lastUsedAt ? (
                        dateFormat.format(t.lastUsedAt)
                      ) : (
                        <span className="text-slate-600">Never</span>
                      )}
                    </Td>
                    <Td>
                      {t.revokedAt ? (
                        <Badge tone="neutral">Revoked</Badge>
                      ) : (
                        <Badge tone="success">Active</Badge>
                      )}
                    </Td>
                    <Td className="text-right">
                      {t.revokedAt ? null : (
                        <form action={revokeTokenAction}>
                          <input type="hidden" name="id" value={t.id} />
                          <Button type="submit" variant="secondary" aria-label={`Revoke ${t.name}`}>
                            Revoke
                          </Button>
                        </form>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableScroll>
        ) : (
          <Card>
            <p className="text-slate-700">No tokens yet.</p>
          </Card>
        )}
      </section>
    </div>
  );
}
