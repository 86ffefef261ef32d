import {
  applicableRegimes,
  breachDeadline,
  canSendMarketing,
  EU_GDPR,
  honourOptOutSignal,
  requestDeadline,
  SG_PDPA,
  UK_GDPR,
  US_CA_CCPA,
  US_CO_CPA,
  US_OR_OCPA,
  US_VA_VCDPA,
} from '@meridian-cx/privacy';

export const title = 'privacy: which law, by when (counted each law’s way), breaches, consent, GPC';

export default function section(): string {
  const lines: string[] = [];
  const business = {
    establishedIn: ['US'],
    annualRevenue: { amount: 3_000_000_000, currency: 'USD' },
  };
  for (const customer of [{ country: 'FR' }, { country: 'US', region: 'CA' }, { country: 'BR' }]) {
    const applying = applicableRegimes({ customer, business, at: '2026-03-02T10:00:00Z' }).filter(
      (r) => r.status === 'applies',
    );
    lines.push(
      `${customer.region ? `${customer.country}-${customer.region}` : customer.country}: ${applying.map((r) => r.regime).join(', ')}`,
    );
  }
  const gdpr = requestDeadline({
    regime: EU_GDPR,
    kind: 'access',
    receivedAt: '2027-01-31T09:00:00+01:00',
    zone: 'Europe/Paris',
  });
  lines.push(
    `\nGDPR access received 31 Jan 2027: due ${gdpr.dueOn} (28 Feb is a Sunday → ${gdpr.steps.find((s) => s.code === 'count.rolled-to-next-working-day')?.code})`,
  );
  const ca = requestDeadline({
    regime: US_CA_CCPA,
    kind: 'deletion',
    receivedAt: '2026-12-18T10:00:00-08:00',
    zone: 'America/Los_Angeles',
    holidays: ['2026-12-25', '2027-01-01'],
  });
  lines.push(
    `CCPA deletion received 18 Dec 2026: confirm by ${ca.acknowledgeOn} (10 business days), answer by ${ca.dueOn} (45 calendar days)`,
  );
  const co = breachDeadline({
    regime: US_CO_CPA,
    event: 'discovered',
    at: '2026-03-02T10:00:00-07:00',
  });
  lines.push(
    `\nColorado breach discovered: ${co.duties[0]?.status} — the 30 days start at "${co.duties[0]?.startsWith}"`,
  );
  const sg = breachDeadline({
    regime: SG_PDPA,
    event: 'assessed-notifiable',
    at: '2026-03-02T10:00:00+08:00',
    zone: 'Asia/Singapore',
  });
  lines.push(`Singapore breach assessed notifiable: notify the PDPC by ${sg.duties[0]?.dueBy}`);
  const mail = canSendMarketing({
    regime: UK_GDPR,
    channel: 'email',
    consent: 'none',
    at: '2026-03-02T10:00:00Z',
    existingCustomer: {
      lastPurchaseAt: '2026-01-10T10:00:00Z',
      similarProducts: true,
      offeredObjection: true,
    },
  });
  lines.push(
    `\nUK newsletter to an existing customer without consent: ${mail.verdict} (${mail.reasons[0]?.code})`,
  );
  // A regime is an import, passed as the object (ids go through regimeById).
  for (const regime of [US_CA_CCPA, US_VA_VCDPA, US_OR_OCPA]) {
    lines.push(
      `Sec-GPC: 1 under ${regime.id} on 2 March 2026: ${honourOptOutSignal({ regime, signal: { 'Sec-GPC': '1' }, at: '2026-03-02T10:00:00Z' }).verdict}`,
    );
  }
  return lines.join('\n');
}
