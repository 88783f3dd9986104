/** The API's `limit` and `offset` query parameters, clamped: limit 1 to 500 (default 100), offset 0 or more. */
export function listWindow(url: URL): { limit: number; offset: number } {
  const whole = (name: string) => {
    const raw = url.searchParams.get(name) ?? '';
    return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  };
  return {
    limit: Math.min(500, Math.max(1, whole('limit') ?? 100)),
    offset: whole('offset') ?? 0,
  };
}
